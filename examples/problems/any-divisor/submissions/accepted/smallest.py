n = int(input())
d = 2
while n % d != 0:
    d += 1
print(d)
