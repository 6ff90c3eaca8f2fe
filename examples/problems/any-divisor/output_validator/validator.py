"""Accepts any proper divisor of n: the answer file holds one of them, which the judges
may read in judgemessage.txt, but the output need not match it."""
import sys

input_file, answer_file, feedback = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(open(input_file).read())
reference = open(answer_file).read().strip()
words = sys.stdin.read().split()


def reject(for_team, for_judge):
    with open(feedback + "teammessage.txt", "w") as f:
        f.write(for_team)
    with open(feedback + "judgemessage.txt", "w") as f:
        f.write(for_judge + f" (n = {n}, one correct answer: {reference})")
    sys.exit(43)


if len(words) != 1:
    reject("print exactly one number", f"{len(words)} tokens")
if not words[0].isdigit():
    reject("print a positive integer", f"not an integer: {words[0][:40]!r}")
d = int(words[0])
if not 1 < d < n:
    reject("the divisor must be greater than 1 and less than n", f"out of range: {d}")
if n % d != 0:
    reject("that number does not divide n", f"{d} does not divide n")
sys.exit(42)
