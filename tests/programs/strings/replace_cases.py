# str.replace over many generated strings: no match, one or many matches, matches at both ends,
# overlapping candidates, a count, `$` patterns (JS replace syntax must not leak through),
# empty old, surrogate pairs and lone surrogates, long strings, str subclasses.

_state = 77


def rand(n):
    global _state
    _state = (_state * 1103515245 + 12345) % 2147483648
    return _state % n


ALPHABET = "ab&<>\"'$ é😀"


def make(n):
    return "".join(ALPHABET[rand(len(ALPHABET))] for _ in range(n))


olds = ["a", "&", "ab", "ba", "aa", "$", "$&", "😀", "é", " ", "<>", "xyz", ""]
reps = ["", "X", "&amp;", "$&", "$1", "$$", "[$`]", "😀"]
total = 0
for n in [0, 1, 2, 5, 12, 13, 40, 300]:
    for trial in range(6):
        s = make(n)
        results = []
        for old in olds:
            rep = reps[rand(len(reps))]
            for count in (-1, 0, 1, 2):
                r = s.replace(old, rep, count)
                results.append(r)
                total += len(r)
            results.append(s.replace(old, rep))
        if n <= 13:
            print(repr(s), results[:10])
        else:
            print(n, trial, sum(len(r) for r in results), results[rand(len(results))][:60])
print("total", total)


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


for t in ["plain", "a<b>c", "&&&", "'\"", "<" * 20, "tail&", "&head", "x" * 50 + "&" + "y" * 50]:
    print(escape(t))
big = "line one & two\n" * 3000
print(len(big.replace("&", "&amp;")), big.replace("\n", "\r\n").count("\r\n"), big.replace("one", "1", 5)[:80])
HI, LO = chr(0xD83D), chr(0xDE00)
# (a lone high surrogate followed by a lone low one is not built here: memphisc's strs are UTF-16)
print(ascii(("x" + HI + "y").replace(HI, "P")), ascii("😀😀".replace("😀", HI)), ascii((HI + "a" + HI).replace(HI, LO)))
print(ascii("😀a😀".replace("a", "")), ascii(("😀" + LO).replace(LO, "L")), ascii((HI + "😀").replace(HI, "H")))


class Tagged(str):
    pass


t = Tagged("a-b-c")
r = t.replace("-", "+")
print(r, type(r).__name__, type(t.replace("z", "y")).__name__, t.replace("-", "+", 1))
try:
    "abc".replace(1, "x")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".replace("a")
except TypeError as e:
    print("TypeError", e)
print("abc".replace("b", Tagged("B")), "aaa".replace("a", "b", True))
