# Reads n, then computes forever before its first question.
n = int(input())
x = 0
while True:
    x = (x * 31 + n) % 1000003
