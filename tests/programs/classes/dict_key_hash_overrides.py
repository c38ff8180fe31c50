# Dict keys whose class overrides __hash__ (with or without __eq__), including str and int
# subclasses: the hash runs (side effects, errors) and the subclass's equality decides lookups.


class CIStr(str):
    def __eq__(self, other):
        return self.casefold() == str(other).casefold()

    def __hash__(self):
        return hash(self.casefold())


d = {CIStr("Hello"): 1}
print(d.get(CIStr("hello")), CIStr("hello") in d, CIStr("HELLO") in {CIStr("hello")}, d[CIStr("HELLO")])
d[CIStr("HELLO")] = 2
print(len(d), list(d.values()), type(list(d)[0]).__name__)


class Mod10(int):
    def __eq__(self, other):
        return int(self) % 10 == int(other) % 10

    def __hash__(self):
        return int(self) % 10


print({Mod10(13): "x"}.get(Mod10(3)), Mod10(23) in {Mod10(3): 0}, {Mod10(5): 1}.get(Mod10(6)))


class PlainStr(str):
    pass


class PlainInt(int):
    pass


print({PlainStr("a"): 1}["a"], {"a": 2}[PlainStr("a")], {PlainInt(3): 1}[3], {3: 2}[PlainInt(3)])


class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")


for label, action in [
    ("store", lambda: {}.__setitem__(BadHash(), 1)),
    ("display", lambda: {BadHash(): 1}),
    ("in", lambda: BadHash() in {1: 2}),
    ("get", lambda: {1: 2}.get(BadHash())),
    ("fromkeys", lambda: dict.fromkeys([BadHash()])),
    ("set", lambda: {BadHash()}),
    ("hash", lambda: hash(BadHash())),
]:
    try:
        action()
        print(label, "no error")
    except RuntimeError as e:
        print(label, "RuntimeError", e)


class Counting:
    calls = 0

    def __hash__(self):
        Counting.calls += 1
        return 7


k = Counting()
dd = {k: 1}
dd[k]
k in dd
dd.get(k)
dict.fromkeys([k])
dd.pop(k)
print("hash calls", Counting.calls)


class WrongType:
    def __hash__(self):
        return "seven"


try:
    {WrongType(): 1}
except TypeError as e:
    print("TypeError", e)

# Generated: case-insensitive keys against a reference built from casefolded strs.
seed = 11
words = ["Apple", "apple", "APPLE", "Berry", "berry", "Cherry", "CHERRY", "date"]
ci = {}
ref = {}
for i in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    w = words[(seed >> 8) % len(words)]
    op = (seed >> 4) % 3
    if op == 0:
        ci[CIStr(w)] = i
        ref[w.casefold()] = i
    elif op == 1:
        assert (CIStr(w) in ci) == (w.casefold() in ref), w
    else:
        assert ci.get(CIStr(w)) == ref.get(w.casefold()), w
print(sorted(v for v in ci.values()) == sorted(ref.values()), len(ci), len(ref))

seed = 5
mk = {}
mref = {}
for i in range(60):
    seed = (seed * 48271) % 2147483647
    n = seed % 100
    mk[Mod10(n)] = mk.get(Mod10(n), 0) + 1
    mref[n % 10] = mref.get(n % 10, 0) + 1
print(sorted((int(k) % 10, v) for k, v in mk.items()) == sorted(mref.items()), len(mk))
