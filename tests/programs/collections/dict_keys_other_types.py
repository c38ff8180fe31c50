# A key is found by any equal object whose hash is the same, whatever its type: an int key by an
# object that equals it, an object key by the int or str it equals; the first key object stays.


class Num:
    """Equal to its value, hashed like it."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return (other.v if isinstance(other, Num) else other) == self.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Num({self.v!r})"


class Ratio:
    """A tiny rational: equal to an int when its denominator divides its numerator."""

    def __init__(self, n, d=1):
        self.n, self.d = n, d

    def __eq__(self, other):
        if isinstance(other, Ratio):
            return self.n * other.d == other.n * self.d
        if isinstance(other, (int, float)):
            return self.n == other * self.d
        return NotImplemented

    def __hash__(self):
        return hash(self.n // self.d) if self.n % self.d == 0 else hash((self.n, self.d))

    def __repr__(self):
        return f"Ratio({self.n}, {self.d})"


# int keys looked up, set and deleted through equal objects
d = {3: "three", -1: "minus one", 0: "zero", True: "one"}
print(d[Ratio(6, 2)], d[Num(-1)], d.get(Ratio(0, 5)), d[Num(1)], Num(True) in d)
d[Ratio(9, 3)] = "THREE"
print(d)
del d[Num(0)]
print(d, len(d))
print(d.pop(Ratio(-2, 2)), d)
print(Ratio(7) in d, d.get(Num(99), "missing"))

# object keys found through the int, bool, float or str they equal
e = {Ratio(4, 2): "r", Num("a"): "s", (1, 2): "t", Num(5): "five"}
print(e[2], e[2.0], e[True + 1], 2 in e, e["a"], "a" in e, e.get(5), e[(1, 2)])
e[2] = "R"
e["a"] = "S"
e[5.0] = "FIVE"
print(e)
del e[2]
print(e, 2 in e, e.get(2))
print(e.setdefault("a", "unused"), e.setdefault(7, "seven"), e)

# first key object kept, last value wins, in displays and updates
print({1: "a", Num(1): "b"}, {Num(1): "b", 1: "a"}, {Num("k"): 1, "k": 2})
f = {}
f.update({Num(10): "x"})
f.update({10: "y", 10.0: "z"})
print(f)
g = dict.fromkeys([Ratio(8, 4), 2, 2.0, Num(2)], 0)
print(g)

# equality of dicts whose equal keys have different types
print({3: 1} == {Ratio(3): 1}, {Ratio(3): 1} == {3: 1}, {3.0: 1} == {Num(3): 1})
print({(1, 2): 1, 3: 2} == {3: 2, (1, 2): 1}, {Num(4): 1} == {4: 2}, {Num(4): 1} != {4: 1})

# a generated sweep: every int key of a dict with mixed keys found through Num and Ratio
keys = {}
x = 12345
for i in range(300):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 200 - 100
    keys[k] = i
keys[(0, 0)] = "pair"
keys[Num("s")] = "str-like"
found = sum(1 for k in list(keys) if isinstance(k, int) and keys[Num(k)] == keys[Ratio(3 * k, 3)] == keys[k])
print(len(keys), found, sorted(k for k in keys if isinstance(k, int))[:5])
for k in range(-100, 100, 7):
    keys[Ratio(k * 2, 2)] = -k
print(sum(v for v in keys.values() if isinstance(v, int)), len(keys))
