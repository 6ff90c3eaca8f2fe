import sys

sys.setrecursionlimit(100)


def find(n, d):
    return d if n % d == 0 else find(n, d + 1)


# Recurses once per candidate: too deep for n with a large smallest factor.
print(find(int(input()), 2))
