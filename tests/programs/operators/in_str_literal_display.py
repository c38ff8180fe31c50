# `x in (...)` / `not in` against tuple, list and set displays of str literals, for items of
# many types: exact str, str subclasses (with and without their own __eq__), other types,
# unhashable items against a set display, and left operands with side effects.

class Loud(str):
    def __eq__(self, other):
        print("  Loud.__eq__", repr(str(self)), repr(other))
        return str.__eq__(self, other)
    __hash__ = str.__hash__


class Quiet(str):
    pass


class Always:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__


def word(seed):
    letters = "abxn/ "
    out = ""
    while seed:
        out += letters[seed % len(letters)]
        seed //= len(letters)
    return out


def check(x):
    return (
        x in ("", "n/a", "x"),
        x not in ("", "n/a", "x"),
        x in ["a", "b", "ab", "ba"],
        x not in ["a"],
        x in {"x", "xx", "b a"},
        x not in {"n", "/"},
        x in ("ab",),
    )


state = 7
samples = []
for i in range(60):
    state = (state * 1103515245 + 12345) % 2147483648
    samples.append(word(state % 400))
for s in samples:
    print(repr(s), check(s))

for x in [Quiet("x"), Quiet("zz"), 0, 1.5, None, b"x", ("x",), Always(), True]:
    print(type(x).__name__, check(x))

print("Loud")
print(check(Loud("ab")))

for bad in [["x"], {"x": 1}, {"x"}]:
    try:
        print(bad in {"x", "y"})
    except Exception as e:
        print(type(e).__name__, e)
    print(bad in ("x", "y"), bad not in ["x"])

calls = []


def pick(v):
    calls.append(v)
    return v


print(pick("b") in ("a", "b"), pick("c") not in ["a", "b"], pick(3) in {"3"})
print(calls)

d = {"k": "n/a", "j": "y"}
hits = [k for k in sorted(d) if d[k] in ("n/a", "none")]
print(hits)
if d["j"] not in ("n/a", "none"):
    print("j kept")
while d["k"] in ["n/a"]:
    d["k"] = "done"
print(d)
print("x" in ("x", "y") == True, "\ud800" in ("\ud800",), "\U0001f600" in ("\U0001f600", "a"))
