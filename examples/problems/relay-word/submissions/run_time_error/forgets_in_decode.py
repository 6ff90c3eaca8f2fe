# Encodes well, then fails in the decode pass: the second run of the program crashes.
mode = input().strip()
if mode == "encode":
    number = 0
    for letter in input().strip():
        number = number * 27 + (ord(letter) - ord("a") + 1)
    print(number)
else:
    raise SystemExit("decode: not written yet")
