# str.replace over generated subjects: short ones (built from slices) and long ones, with
# overlapping and adjacent matches, `$` patterns in the replacement, counts, empty parts,
# astral characters and lone high surrogates, and str subclass receivers and arguments.

ALPHABET = ["a", "b", "&", "<", "$", "'", "\"", " ", "\U0001F600", "\ud83d", "é", "ab", "aa"]


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state


def make(gen, size):
    return "".join(ALPHABET[next(gen) % len(ALPHABET)] for _ in range(size))


def digest(s):
    # A compact fingerprint of a result: length, code point sum and a few code points.
    total = 0
    for i, ch in enumerate(s):
        total = (total * 31 + ord(ch) * (i + 1)) % 1000000007
    return (len(s), total)


gen = lcg(2024)
olds = ["a", "&", "aa", "ab", "$", "\ud83d", "\ude00", "\U0001F600", "<", "b&", "zz"]
reps = ["", "&amp;", "$&", "$1", "$$", "$'", "$`", "x", "\U0001F600", "\ud83d"]
checks = 0
for size in (0, 1, 3, 7, 12, 13, 20, 60, 255, 256, 257, 400, 1000):
    for round_ in range(6):
        s = make(gen, size)
        for old in olds:
            rep = reps[next(gen) % len(reps)]
            r = s.replace(old, rep)
            print(size, round_, ascii(old), ascii(rep), digest(r), s.count(old))
            for count in (0, 1, 2, -1):
                print(" ", count, digest(s.replace(old, rep, count)))
            checks += 1
print("checks", checks)

# Results are ordinary str values: slicing, searching and joining them.
for s in ["<b>&amp;</b>", "a&b&c", "&&&&", "x" * 300 + "&" + "y" * 10, "&" * 257]:
    r = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    print(len(r), r[:30], r[-12:], r.count("&amp;"), r.find("&lt;"), "|".join([r[:5], r[-5:]]))

# Matches next to each other and overlapping candidates go left to right.
for s, old, rep in [("aaaa", "aa", "b"), ("aaa", "aa", "-"), ("abab", "ab", "ba"), ("ababa", "aba", "X"),
                    ("\U0001F600\U0001F600", "\U0001F600", "."), ("\ud83d\U0001F600", "\ud83d", "?")]:
    print(ascii(s.replace(old, rep)), ascii(s.replace(old, rep, 1)))


class S(str):
    def replace(self, old, new, count=-1):
        return "S.replace(" + str.replace(self, old, new, count) + ")"


class T(str):
    pass


print(S("a&b").replace("&", "+"), type(S("a&b").replace("&", "+")).__name__)
t = T("x&y&z")
r = t.replace("&", T("!"))
print(r, type(r).__name__, type(t.replace("q", "!")).__name__, str.replace(t, "&", "-"))
print(type(str.replace(T("abc"), "b", "B")).__name__)

for bad in [(1, "x"), ("x", 1), ("x",), ("x", "y", "z"), ("x", "y", 1.5)]:
    try:
        print("a".replace(*bad))
    except Exception as e:
        print(type(e).__name__, e)
