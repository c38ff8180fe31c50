# s.split() and `for w in s.split():` over long generated texts: every kind of Python whitespace
# at every position, words shorter and longer than a few characters, texts of one-byte and
# two-byte characters, and texts long enough to be searched differently from short ones.

OTHER_SPACES = ["\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0",
                "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
                "\u2007", "\u2008", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f",
                "\u3000"]
# Characters that are not whitespace, some of them near whitespace in value; the wide ones only
# go into texts meant to hold characters above U+00FF.
NOT_SPACES = ["\x84", "\x86", "\x9f", "\xa1", "\x08", "\x0e", "\x1b", "!", "~", "\x7f", "\xff"]
WIDE_NOT_SPACES = ["\u200b", "\u180e", "\ufeff", "\u2010", "\u3001", "\u0100"]
LETTERS = "abcdefghijklmnopqrstuvwxyz"
WIDE = "\u0436\u00e9\u4e2d\U0001F600"


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def below(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 8) % n


def word(rng, wide):
    n = 1 + rng.below(40) if rng.below(4) == 0 else 1 + rng.below(8)
    out = []
    for _ in range(n):
        r = rng.below(50)
        if r == 0:
            out.append(NOT_SPACES[rng.below(len(NOT_SPACES))])
        elif wide and r == 1:
            out.append(WIDE[rng.below(len(WIDE))])
        elif wide and r == 2:
            out.append(WIDE_NOT_SPACES[rng.below(len(WIDE_NOT_SPACES))])
        else:
            out.append(LETTERS[rng.below(26)])
    return "".join(out)


def text(rng, words, wide, other):
    parts = []
    if rng.below(3) == 0:
        parts.append(" " * rng.below(4))
    for i in range(words):
        parts.append(word(rng, wide))
        sep = " " * (1 + rng.below(2)) if rng.below(5) else " "
        parts.append(sep)
    if other is not None:
        at = rng.below(len(parts) + 1)
        parts.insert(at, other)
    if rng.below(2) == 0:
        parts.pop()
    return "".join(parts)


def digest(words):
    h = 0
    for w in words:
        for ch in w:
            h = (h * 31 + ord(ch)) % 1000000007
        h = (h * 7 + len(w)) % 1000000007
    return h


def by_hand(t):
    # The words as defined by str.isspace, found one character at a time.
    out = []
    cur = []
    for ch in t:
        if ch.isspace():
            if cur:
                out.append("".join(cur))
                cur = []
        else:
            cur.append(ch)
    if cur:
        out.append("".join(cur))
    return out


rng = Lcg(2024)
cases = 0
for round_ in range(3):
    for wide in (False, True):
        for other in [None] + OTHER_SPACES:
            t = text(rng, 40 + rng.below(120), wide, other)
            listed = t.split()
            walked = []
            for w in t.split():
                walked.append(w)
            expected = by_hand(t)
            cases += 1
            if listed != expected or walked != expected:
                print("MISMATCH", round_, wide, ascii(other), len(t))
            if round_ == 0:
                print(len(t), len(listed), digest(listed), ascii(listed[0]), ascii(listed[-1]),
                      ascii(other))
print("cases", cases)

# Texts made only of one kind of whitespace, or of none at all, long and short.
for n in (0, 1, 15, 16, 17, 255, 256, 257, 1000):
    print(n, "a" * n == "".join(("a" * n).split()), len((" " * n).split()),
          len(("x" + " " * n + "y").split()))
    for sp in OTHER_SPACES:
        t = ("w" + sp) * n
        assert t.split() == ["w"] * n, ascii(sp)
        got = [w for w in t.split()]
        assert got == ["w"] * n, ascii(sp)

# One long word, at the start, the middle and the end of a long text.
for size in (15, 16, 17, 31, 32, 33, 300, 5000):
    long_word = "".join(LETTERS[i % 26] for i in range(size))
    for t in (long_word + " tail" * 60, "head " * 60 + long_word + " tail" * 60,
              "head " * 60 + long_word, long_word, "  " + long_word + "  "):
        walked = [w for w in t.split()]
        listed = t.split()
        print(size, len(t), len(listed), walked == listed, max(len(w) for w in listed))

# A loop over the words of the same text several times, and over a text that changes.
base = " ".join(word(rng, False) for _ in range(3000))
counts = []
for _ in range(4):
    n = 0
    for w in base.split():
        n += len(w)
    counts.append(n)
print(counts, len(base.split()))
grown = ""
for k in range(5):
    grown += " ".join(word(rng, k % 2 == 1) for _ in range(200)) + OTHER_SPACES[k * 5]
    print(k, len(grown.split()), digest(grown.split()), digest([w for w in grown.split()]))
