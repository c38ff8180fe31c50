# str.find and index answer code-point positions: a hit in a long string is checked for
# surrogates through a memo of the last few strings searched, fresh strings or the same ones.

texts = [
    "http://example.com/users/12?v=1",
    "http://example.com/api/v1/items/99/reviews?q=term+1&page=2",
    "x" * 40 + "😀" + "y" * 40 + "//" + "z",
    "😀" + "a" * 50 + "//b",
    "ab//" + "😀" * 30,
    "a" * 31 + "😀" + "//" + "b" * 10,
    "a" * 32 + "//" + "😀" * 5,
    "a" * 33 + "//" + "😀" * 5,
    "a\ud800" + "b" * 40 + "//",
    "b" * 40 + "\udc00" + "//",
    "c" * 5000 + "😀" + "//",
    "c" * 5000 + "//" + "😀",
]
for t in texts:
    for sub in ["//", "/", "?", "a", "😀", "z", "b"]:
        print(len(t), repr(sub), t.find(sub), t.rfind(sub), t.count(sub), sub in t)

# The same strings searched again and again, in turns of more than the memo holds.
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-._~ABCDEFGHIJKLMNOPQRSTUVWXYZ"
WIDE = "😀" + ALPHABET
OTHER = ALPHABET[::-1] + "é"
FOURTH = "ÿ" * 3 + ALPHABET
FIFTH = "\ud7ff" + ALPHABET + "😀"
SIXTH = ALPHABET + ALPHABET
total = 0
lines = []
for round in range(3):
    for ch in "az09~.AZ-_q":
        row = []
        for alphabet in (ALPHABET, WIDE, OTHER, FOURTH, FIFTH, SIXTH):
            row.append(alphabet.find(ch))
            total += alphabet.find(ch)
        lines.append(row)
for row in lines[:11]:
    print(row)
print(total)

# Fresh strings each time, as parsed request targets are.
acc = 0
for i in range(3000):
    target = "http://example.com/" + ("😀" if i % 7 == 0 else "p") + "/items/" + str(i) + "?v=" + str(i)
    rest = target[target.find("//") + 2:]
    acc += rest.find("/") + rest.find("?") * 3 + target.find(str(i))
print(acc)

# index raises as find answers -1.
try:
    texts[0].index("#")
except ValueError as e:
    print("ValueError", e)
print(texts[3].index("//"), texts[2].index("//"))
