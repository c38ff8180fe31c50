# A dict finds a key equal to the one it is given even when the two have different types:
# numbers of every kind (int, bool, float, complex, Fraction, Decimal, big ints), strs and
# objects whose class defines __eq__ and __hash__ to equal them.
from decimal import Decimal
from fractions import Fraction


class Key:
    """A case-insensitive key, equal to the str it names in any case."""

    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s.lower())

    def __eq__(self, other):
        return self.s.lower() == (other.s.lower() if isinstance(other, Key) else other)

    def __repr__(self):
        return f"Key({self.s!r})"


class Num:
    """A number wrapper equal to (and hashing as) the number it holds."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Num) else other)

    def __repr__(self):
        return f"Num({self.v!r})"


prices = {0.5: "half", 2**60: "big", -1: "minus one", -2: "minus two"}
print(prices.get(Fraction(1, 2)), prices.get(Decimal("0.5")), Decimal(2**60) in prices)
print(prices.get(Num(-1)), prices.get(Num(-2)), prices.get(Num(2**60)), prices.get(Num(0.25)))
d = {0.5: 1}
d[Fraction(1, 2)] = 2
print(d)
print({"apple": 1}.get(Key("APPLE")), Key("APPLE") in {"apple"})
print({Fraction(1): 1}.get(1 + 0j), {Decimal(1): 1}.get(1 + 0j), {Num(2.5): 1}.get(2.5 + 0j))
print({2**53: "x"}.get(Decimal(2**53)), {2**53: "x"}.get(Fraction(2**53)), {2**70: "y"}.get(Fraction(2**70)))

# str keys first, then objects equal to them; the first key object stays.
d = {"a": 1, "B": 2, "c": 3}
print(Key("A") in d, d.get(Key("b")), d.get(Key("C")))
d[Key("A")] = 10
print(d)
del d["a"]
print(Key("a") in d, d)
d["a"] = 5
print(d[Key("A")], d)
d.pop("c")
print(Key("c") in d, d)
k, v = d.popitem()
print(k, v, Key(k) in d)
d[Key("Z")] = 0
print(d.get("z"), d.get("Z"), d)
d.clear()
d["q"] = 1
print(d.get(Key("Q")), d)

# bool, int, float and complex keys that are equal collapse into the first key object.
e = {1: "one", True: "T", 1.0: "f"}
print(e, e.get(Num(1)), e.get(Fraction(1)))
e[Fraction(1)] = "frac"
e[Num(True)] = "num"
print(e)
ints = {i: i for i in range(10)}
ints[Num(3)] = "n3"
ints[Num(100)] = "n100"
print(ints)
print(ints.get(100), 100 in ints, ints.get(Num(100)))
del ints[100]
print(ints, Num(100) in ints)
print({"x": 1, 2.5: 2}.keys() >= {Fraction(5, 2)}, Fraction(5, 2) in {"x": 1, 2.5: 2}.keys())


# A seeded walk of inserts, deletes and lookups with mixed key kinds.
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed >> 8


def make_key(r):
    n = r % 12
    kind = (r >> 4) % 9
    if kind == 0:
        return n
    if kind == 1:
        return n / 2
    if kind == 2:
        return Fraction(n, 2)
    if kind == 3:
        return Decimal(n) / 2 if n % 2 == 0 else Decimal(n)
    if kind == 4:
        return Num(n)
    if kind == 5:
        return "k%d" % n
    if kind == 6:
        return Key("K%d" % n)
    if kind == 7:
        return n == 1
    return complex(n, 0)


rand = lcg(2024)
table = {}
log = []
for step in range(600):
    r = next(rand)
    key = make_key(r >> 6)
    op = r % 5
    if op < 2:
        table[key] = step
    elif op == 2:
        log.append(table.pop(key, None))
    elif op == 3:
        log.append(key in table)
    else:
        log.append(table.get(key, "-"))
print(len(table))
print(sorted((repr(k), v) for k, v in table.items()))
print(log[:60])
print(log[60:120])
print(sum(1 for x in log if x is True), sum(1 for x in log if x is None))
