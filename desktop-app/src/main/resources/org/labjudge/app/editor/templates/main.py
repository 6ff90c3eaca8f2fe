import sys


def main():
    data = sys.stdin.read().split()
    # Solve the problem here.
    print(" ".join(data))


main()
