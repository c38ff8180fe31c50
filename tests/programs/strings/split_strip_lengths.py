# str.split with a separator on strings shorter and longer than the length where the runtime
# switches from its own loop to the engine's split, and str.strip(chars) where the text has
# surrogate pairs or lone surrogates at its ends and `chars` has none (or has them).

SEP_CASES = [",", ", ", "\r\n", "ab", "\U0001F600", "\ud83d", "\ude00", "x"]


def pieces(n, sep):
    words = []
    total = 0
    i = 0
    while total < n:
        word = "w" * (1 + i % 5) + ("\U0001F600" if i % 7 == 3 else "") + str(i)
        words.append(word)
        total += len(word) + len(sep)
        i += 1
    return sep.join(words)


for n in [0, 1, 10, 100, 500, 511, 512, 513, 2000]:
    for sep in SEP_CASES:
        s = pieces(n, sep)
        parts = s.split(sep)
        assert sep.join(parts) == s
        print(n, ascii(sep), len(s), len(parts), ascii(parts[:2]), ascii(parts[-1:]),
              len(s.split(sep, 3)), s.rsplit(sep, 2)[-1:] == parts[-1:])

# A separator that is half of a surrogate pair does not cut the pair.
print(ascii("a\U0001F600b\ud83dc".split("\ud83d")))
print(ascii("a\U0001F600b\ude00c".split("\ude00")))
print(ascii(("x\U0001F600" * 300 + "\ud83d" + "y" * 300).split("\ud83d")[-1][:5]))
print(ascii(",a,,b,".split(",")), ascii("".split(",")), ascii(",".split(",")))
for bad in ["", None]:
    try:
        print(ascii("a b".split(bad)))
    except ValueError as e:
        print("ValueError", e)

STRIP_CASES = [
    ("  \U0001F600 x \U0001F600  ", " "),
    ("\U0001F600\U0001F600abc\U0001F600", "\U0001F600"),
    ("\ud83d\ud83dabc\ud83d", "\ud83d"),
    ("\ude00xyz\ude00", "\ude00x"),
    ("\U0001F600xyz\U0001F600", "\ud83d"),
    ("\U0001F600xyz\U0001F600", "\ude00"),
    ("\ud83d \t value \t\ude00", " \t"),
    (" \t value \t", " \t"),
    ("xxyyxx", "x"),
    ("", "ab"),
    ("abc", ""),
]
for s, chars in STRIP_CASES:
    print(ascii(s.strip(chars)), ascii(s.lstrip(chars)), ascii(s.rstrip(chars)))

# ord of one UTF-16 unit (a lone surrogate included) and of a pair.
print(ord("a"), ord("\xe9"), ord("\u20ac"), ord("\ud800"), ord("\udfff"), ord("\U0001F600"))
for bad in ["", "ab", "\U0001F600x"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
