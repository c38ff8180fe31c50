# str comparison is by code point: a character above U+FFFF sorts after every BMP character
# (U+E000..U+FFFF included), and a lone surrogate is its own code point.
# Lone high surrogates only: a high one next to a low one would be read as a pair.
POOL = ["a", "\ud7ff", "\ud800", "\udbff", "\ud83d", "\ue000", "\uff01", "\ufffd", "\uffff",
        "\U00010000", "\U0001f600", "\U0010ffff"]
x = 2024
words = []
for _ in range(400):
    n = 1 + x % 4
    w = ""
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w += POOL[(x >> 16) % len(POOL)]
    words.append(w)
ordered = sorted(words)
print([[hex(ord(c)) for c in w] for w in ordered[:12]])
print(sum(1 for a, b in zip(words, words[1:]) if a < b), sum(1 for a, b in zip(words, words[1:]) if a <= b))
print(sum(1 for a, b in zip(words, words[1:]) if a > b), sum(1 for a, b in zip(words, words[1:]) if a >= b))
print([hex(ord(c)) for c in min(words)], [hex(ord(c)) for c in max(words)])
print(hash(tuple(ordered)) == hash(tuple(sorted(words, key=lambda w: [ord(c) for c in w]))))
print("\ud800" < "\ue000", "\ud800" < "\U0001f600", "\ufffd" < "\U00010000", "\udc00" < "\U0001f600")
