mode = input().strip()
if mode == "encode":
    number = 0
    for letter in input().strip():
        number = number * 27 + (ord(letter) - ord("a") + 1)
    print(number)
else:
    number = int(input())
    letters = []
    while number > 0:
        letters.append(chr(ord("a") + number % 27 - 1))
        number //= 27
    print("".join(reversed(letters)))
