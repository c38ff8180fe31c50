# str.join of a few items (up to eight are concatenated one by one, more go through one native
# join): every count around that boundary, empty and non-empty separators, non-ASCII and astral
# text, str subclass items and separators, items that are not str, and iterables that are not lists.


class S(str):
    pass


words = ["", "a", "caf\u00e9", "\U0001f600", "x y", "", "\u00fc\u00df", "end", "9", "\u20ac"]
for sep in ["", ", ", "\u2014", "\U0001f389", "\r\n"]:
    for n in range(len(words) + 1):
        joined = sep.join(words[:n])
        print(n, len(joined), ascii(joined))

print(repr("".join([])), repr("-".join([])), repr("-".join(["only"])), repr("".join(["", ""])))
one = "".join([S("sub")])
print(type(one).__name__, one)
mixed = "+".join(["a", S("b"), "c"])
print(type(mixed).__name__, mixed)
print(type(S("/").join(["x", "y"])).__name__, S("/").join(["x", "y"]))
print(type(S("/").join(["x"])).__name__)
print("".join(("t", "u", "p")), ",".join(c for c in "gen"), "|".join({"k1": 1, "k2": 2}), "".join("str"))
parts = ["GET ", "/path", " HTTP/1.1"]
line = "".join(parts)
table = {line: 1}
print(table["GET /path HTTP/1.1"], line == "GET /path HTTP/1.1", hash(line) == hash("GET /path HTTP/1.1"))
for bad in [["a", 1], ["a", "b", None, "c"], [b"x"], ["a"] * 8 + [2.5], ["a"] * 9 + [[]]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "".join(5)
except TypeError as e:
    print(type(e).__name__, e)
lone = "".join(["a", "\ud800", "b"])
print(len(lone), ascii(lone))


class NotAnIterator:
    def __iter__(self):
        return 5


class RaisesInIter:
    def __iter__(self):
        raise TypeError("inner")


class RaisesOther:
    def __iter__(self):
        raise KeyError("other")


for joiner in ["", b"", bytearray(b"-")]:
    for arg in [5, None, NotAnIterator(), RaisesInIter(), RaisesOther(), int]:
        try:
            joiner.join(arg)
        except (TypeError, KeyError) as e:
            print(type(joiner).__name__, type(e).__name__, e, e.__context__)
print(b"-".join([b"a", bytearray(b"b")]), bytearray(b"+").join((b"x", b"y")), b"".join(x for x in [b"g", b"en"]))
