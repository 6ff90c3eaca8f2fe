# Every pair: right, and fast enough for the small group only (30 of 100 points).
n = int(input())
a = list(map(int, input().split()))
print(sum(1 for i in range(n) for j in range(i + 1, n) if a[i] > a[j]))
