# Builtins and syntax that iterate a container must go through an overridden __iter__,
# even when the object is a subclass of list, tuple, dict or str.


class Rev(list):
    def __iter__(self):
        return iter(list.__getitem__(self, slice(None, None, -1)))


class Doubled(list):
    def __iter__(self):
        for v in list.__iter__(self):
            yield v * 2


class RevTuple(tuple):
    def __iter__(self):
        return iter(tuple.__getitem__(self, slice(None, None, -1)))


class UpperKeys(dict):
    def __iter__(self):
        return iter([k.upper() for k in dict.keys(self)])


class Spaced(str):
    def __iter__(self):
        return iter(["<" + c + ">" for c in str.__str__(self)])


r = Rev([1, 2, 3])
d = Doubled([1, 2, 3])
t = RevTuple((1, 2, 3))
u = UpperKeys(a=1, b=2)
s = Spaced("ab")


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "error", type(e).__name__, e)


for name, x in [("list", r), ("doubled", d), ("tuple", t), ("dict", u), ("str", s)]:
    print("--", name)
    show("list", lambda: list(x))
    show("tuple", lambda: tuple(x))
    show("sorted", lambda: sorted(x, key=str))
    show("set", lambda: sorted(set(x), key=str))
    show("frozenset", lambda: sorted(frozenset(x), key=str))
    show("fromkeys", lambda: dict.fromkeys(x))
    show("zip", lambda: list(zip(x, "xyz")))
    show("enumerate", lambda: list(enumerate(x)))
    show("map", lambda: list(map(str, x)))
    show("filter", lambda: list(filter(None, x)))
    show("len", lambda: len(x))
    show("iter", lambda: list(iter(x)))
    show("next", lambda: next(iter(x)))
    show("star", lambda: [*x])
    show("star-tuple", lambda: (*x,))
    show("star-set", lambda: sorted({*x}, key=str))
    show("call", lambda: (lambda *a: a)(*x))
    show("for", lambda: [v for v in x])
    show("genexp", lambda: list(v for v in x))
    show("setcomp", lambda: sorted({v for v in x}, key=str))
    show("any", lambda: any(v == 6 or v == "A" for v in x))
    show("all", lambda: all(x))
    show("list.extend", lambda: [0] + list(x))
    show("join", lambda: "-".join(str(v) for v in x))
    show("str.join", lambda: ",".join(x) if name in ("dict", "str") else "skip")
    show("min", lambda: min(x))
    show("max", lambda: max(x))
    show("sum", lambda: sum(x) if name in ("list", "doubled", "tuple") else "skip")


print("-- unpack")
a, b, c = r
print(a, b, c)
a, *rest = d
print(a, rest)
a, b, c = t
print(a, b, c)
k1, k2 = u
print(k1, k2)
c1, c2 = s
print(c1, c2)
for v in r:
    print("for", v)
for v in t:
    print("for", v)
for k in u:
    print("for", k)
for ch in s:
    print("for", ch)

print("-- in")
print(3 in r, 6 in d, 2 in d, 1 in t)
print("A" in u, "a" in u)
print("a" in s, "<a>" in s)

print("-- storage readers")
print(r == [1, 2, 3], r, repr(r), r[0], len(r), r + [9], r * 2, r[::-1])
print(d == [1, 2, 3], d.copy(), d.index(2), d.count(2), bool(d))
print(t == (1, 2, 3), t, t[0], len(t), t + (9,))
print(u == {"a": 1, "b": 2}, u, list(u.keys()), list(u.items()), list(u.values()), dict(u))
print(s == "ab", s, s.upper(), str(s), len(s), s + "c", list(s[0]))

print("-- dict from subclass")
print(dict(Rev([("k", 1), ("j", 2)])))
print(dict(u))
print({**u})
print(list(reversed(r)))

print("-- str.join")
print(",".join(Rev(["x", "y", "z"])))
print(",".join(RevTuple(("x", "y", "z"))))
print(",".join(UpperKeys(p=1, q=2)))
print("".join(Spaced("hi")))

print("-- bytes/bytearray")
print(bytes(Rev([65, 66, 67])), bytearray(RevTuple((65, 66, 67))))

print("-- list methods with subclass arg")
x = [0]
x.extend(r)
print(x)
x += d
print(x)
x[1:2] = r
print(x)
print(sorted(r), sorted(t), sorted(d))
print(list(map(lambda p, q: p + q, r, d)))
print(max(r, key=lambda v: -v), min(d, default=0))

print("-- pairs from subclasses")
print(dict([Rev(["v", "k"]), RevTuple(("w", "j"))]))
print(dict([Doubled([1, 2])]))


class Short(list):
    def __len__(self):
        return 1


sh = Short([1, 2, 3])
print("-- __len__ override", len(sh), list(sh), bool(sh))
