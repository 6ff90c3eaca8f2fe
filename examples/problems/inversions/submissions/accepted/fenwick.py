import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:1 + n]))
    # Rank the values, then count with a Fenwick tree how many earlier ones are larger.
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(values)))}
    size = len(ranks)
    tree = [0] * (size + 1)
    inversions = 0
    for seen, v in enumerate(values):
        r = ranks[v]
        not_larger = 0
        i = r
        while i > 0:
            not_larger += tree[i]
            i -= i & -i
        inversions += seen - not_larger
        i = r
        while i <= size:
            tree[i] += 1
            i += i & -i
    print(inversions)


main()
