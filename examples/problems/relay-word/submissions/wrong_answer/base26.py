# Base 26 with a = 0: "a", "aa" and "b" collide, and a leading "a" is lost.
mode = input().strip()
if mode == "encode":
    number = 0
    for letter in input().strip():
        number = number * 26 + (ord(letter) - ord("a"))
    print(number)
else:
    number = int(input())
    letters = []
    while number > 0:
        letters.append(chr(ord("a") + number % 26))
        number //= 26
    print("".join(reversed(letters)) or "a")
