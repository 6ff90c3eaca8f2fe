# n divides n, but a proper divisor must be less than n.
print(int(input()))
