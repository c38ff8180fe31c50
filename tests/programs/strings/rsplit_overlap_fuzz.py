# split/rsplit with separators that can overlap themselves, over generated strings: str, bytes
# and bytearray, with and without maxsplit, compared against rebuilding from the pieces.

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


ALPHABET = "ab-= "
SEPS = ["a", "aa", "aaa", "aba", "--", "---", "-", "==", "  ", "ab", "abab", " ", "=-=", "x"]


def make(n):
    return "".join(ALPHABET[rand(len(ALPHABET))] for _ in range(n))


def check(s, sep, maxsplit):
    r = s.rsplit(sep, maxsplit)
    l = s.split(sep, maxsplit)
    assert sep.join(r) == s and sep.join(l) == s
    b = s.encode()
    bs = sep.encode()
    assert b.rsplit(bs, maxsplit) == [p.encode() for p in r], (s, sep, maxsplit)
    assert bytearray(b).rsplit(bs, maxsplit) == [bytearray(p.encode()) for p in r]
    assert b.split(bs, maxsplit) == [p.encode() for p in l]
    return r, l


total = 0
differ = 0
for round in range(400):
    s = make(rand(14))
    sep = SEPS[rand(len(SEPS))]
    r, l = check(s, sep, -1)
    if r != l:
        differ += 1
    if round < 60:
        print(repr(s), repr(sep), r, l)
    for m in range(4):
        r2, l2 = check(s, sep, m)
        if round < 20:
            print("  ", m, r2, l2)
    total += 1
print("checked", total, "rsplit differs from split in", differ)

print("a   b   c".rsplit("  "), "2024--01---15".rsplit("--"), "aaa".rsplit("aa"))
print(b"aaa".rsplit(b"aa"), bytearray(b"aaaa").rsplit(b"aa"), b"a==b===c".rsplit(b"=="))
print("x".rsplit("x"), "".rsplit("ab"), "abab".rsplit("aba"), "ababab".rsplit("abab"))
print(" a  b ".rsplit(), " a  b ".rsplit(None, 1), b" a  b ".rsplit())
print("a\u00e9\u00e9\u00e9b".rsplit("\u00e9\u00e9"), "\U0001f600" * 3 + "x", ("\U0001f600" * 3).rsplit("\U0001f600" * 2))
for bad in ["", b""]:
    try:
        ("abc" if isinstance(bad, str) else b"abc").rsplit(bad)
    except Exception as e:
        print(type(e).__name__, e)
