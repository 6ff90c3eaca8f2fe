"""Interactor of Guess a Number: answers the program's questions about the secret in the input file.

Invoked as `interactor.py input answer feedback_dir < program_output > program_input`; exit 42 accepts, 43 rejects.
"""
import os
import sys


def finish(accepted, judge_message, team_message=""):
    feedback = sys.argv[3]
    with open(feedback + "judgemessage.txt", "w") as f:
        f.write(judge_message + "\n")
    if team_message:
        with open(feedback + "teammessage.txt", "w") as f:
            f.write(team_message + "\n")
    sys.exit(42 if accepted else 43)


def say(line):
    """One line to the program; a program that stopped reading has lost."""
    try:
        print(line, flush=True)
    except BrokenPipeError:
        # Nothing more can reach the program: stdout goes nowhere, so exiting does not fail on it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        finish(False, "the program stopped reading", "your program stopped reading the judge's answers")


def main():
    with open(sys.argv[1]) as f:
        n, secret = map(int, f.read().split())
    allowed = n.bit_length() + 1
    say(n)
    questions = 0
    while True:
        line = sys.stdin.readline()
        if not line:
            finish(False, "the program ended after %d questions without an answer" % questions,
                   "your program stopped without printing '! x'")
        parts = line.split()
        if len(parts) != 2 or parts[0] not in ("?", "!") or not parts[1].isdigit():
            finish(False, "malformed line %r" % line[:80], "expected '? k' or '! x'")
        k = int(parts[1])
        if parts[0] == "!":
            if k == secret:
                finish(True, "found %d after %d questions" % (secret, questions))
            finish(False, "answered %d, the number was %d" % (k, secret), "wrong answer")
        questions += 1
        if questions > allowed:
            finish(False, "more than %d questions" % allowed, "too many questions")
        if not 1 <= k <= n:
            finish(False, "asked about %d, outside 1..%d" % (k, n), "k must be between 1 and n")
        say("up" if secret > k else "down" if secret < k else "yes")


main()
