"""Multi-pass validator of Relay a Word.

Pass 1 (input starts with "encode"): the output must be one number; it becomes the next pass's input.
Pass 2 (input starts with "decode"): the output must be the word in the answer file.
Invoked as `relay.py input answer feedback_dir < program_output`; exit 42 accepts (with nextpass.in: run again).
"""
import sys


def finish(accepted, judge_message, team_message=""):
    feedback = sys.argv[3]
    # Appended: the feedback directory persists across the passes of one test.
    with open(feedback + "judgemessage.txt", "a") as f:
        f.write(judge_message + "\n")
    if team_message:
        with open(feedback + "teammessage.txt", "w") as f:
            f.write(team_message + "\n")
    sys.exit(42 if accepted else 43)


def main():
    with open(sys.argv[1]) as f:
        mode = f.readline().strip()
    with open(sys.argv[2]) as f:
        word = f.read().strip()
    tokens = sys.stdin.read().split()
    if mode == "encode":
        if len(tokens) != 1 or not tokens[0].isdigit() or int(tokens[0]) > 10 ** 18:
            finish(False, "pass 1: expected one number up to 10^18, got %r" % " ".join(tokens)[:80],
                   "the encode pass must print one number")
        with open(sys.argv[3] + "nextpass.in", "w") as f:
            f.write("decode\n%d\n" % int(tokens[0]))
        finish(True, "pass 1: %s -> %s" % (word, tokens[0]))
    if tokens != [word]:
        finish(False, "pass 2: expected %r, got %r" % (word, " ".join(tokens)[:80]), "the word came back wrong")
    finish(True, "pass 2: %s came back" % word)


main()
