import math

x = float(input())
print(math.copysign(abs(x) ** (1 / 3), x))
