# Long joins (left as ropes of chunks), count over a whole string, str slices with int bounds
# and splitlines on "\n" alone: the fast paths and the cases they hand back (surrogates, big or
# bool bounds, steps, other line boundaries).

words = ["w%d" % i for i in range(5000)]
big = ",".join(words)
print(len(big), big[:30], big[-30:], big.count(","), big.count("w1"), hash(big) == hash(str(big)))
assert big.split(",") == words

long_item = "x" * 40000
mixed = ["a", long_item, "b", long_item + "y", "", "c" * 33000, "d"]
for sep in ["", "-", "<>", "\U0001F600"]:
    j = sep.join(mixed)
    print(repr(sep), len(j), j[:3], j[-3:], j.count("x"), j.count(sep) if sep else 0, j[40000:40004])

rows = ["<tr><td>%d</td><td>%s</td></tr>" % (i, "n&m" * (i % 5)) for i in range(4000)]
page = "".join(["<html>", "\n".join(rows), "</html>"])
print(len(page), page.count("&"), page.count("<tr>"), page.count(""), len(page.splitlines()))
print(page.splitlines()[-1][-40:])

astral = ["\U0001F600" * 3, "a\ud800b", "\udc00"] * 3000
ja = "|".join(astral)
print(len(ja), ja.count("\U0001F600"), ja.count("\ud83d"), ja.count("\ude00"), ja.count("|"), ja[-10:] == "|".join(astral)[-10:])

try:
    ",".join(words + [5])
except TypeError as e:
    print(e)
try:
    ",".join(["a" * 40000, None])
except TypeError as e:
    print(e)
print(repr("".join([])), repr(",".join(["only"])), len("".join(["z" * 70000])))

# count: whole string, with bounds, empty and surrogate subs
s = "abcabcab\U0001F600c\U0001F600"
for sub in ["ab", "c", "", "\U0001F600", "\ud83d", "\ude00", "abcabcab\U0001F600c\U0001F600x"]:
    print(repr(sub), s.count(sub), s.count(sub, 2), s.count(sub, 1, -2), s.count(sub, None, 5))
print("aaaa".count("aa"), "".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 10))

# slices with int bounds
t = "hello world"
for a in [None, 0, 3, -3, 11, 20, -20, True]:
    for b in [None, 0, 4, -1, 11, 30, -30, False]:
        print(repr(t[a:b]), end=" ")
    print()
u = "a\U0001F600b\U0001F601c"
print(u[1:3], u[:-1], u[-2:], u[1:], len(u[:4]), u[::2], u[::-1][:2])
print(t[2 ** 70:], t[:2 ** 70], t[-(2 ** 70):3], t[1:8:2], t[::-1])


class Idx:
    def __index__(self):
        return 2


print(t[Idx():], t[:Idx()])
try:
    t["a":]
except TypeError as e:
    print(e)

# splitlines: '\n' alone takes the native split; any other boundary the general scan
for text in ["", "\n", "\n\n", "a", "a\n", "a\nb", "a\n\nb\n", "a\r\nb", "a\rb\n", "a\vb\fc", "a\x1cb\x1dc\x1ed",
             "a\x85b", "a\u2028b\u2029c", "\na", "x\n" * 3 + "y", "caf\u00e9\n\U0001F600\n"]:
    print(repr(text), text.splitlines(), text.splitlines(True), text.splitlines(keepends=False))
print(len(page.splitlines()), page.splitlines()[0][:20], len(("\n" * 5000).splitlines()))
