# Asks 1, 2, 3, ... : right answers, but far too many questions.
n = int(input())
k = 1
while True:
    print("?", k, flush=True)
    if input().strip() == "yes":
        print("!", k, flush=True)
        break
    k += 1
