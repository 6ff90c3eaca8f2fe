n = int(input())
print("?", (1 + n) // 2, flush=True)
answer = input().strip()
raise RuntimeError("gave up after the answer " + answer)
