# Sorting by tuple keys (and sorting tuples themselves): keys of numbers and strs compared
# position by position, and the keys that must take the general comparison: NaN, bools, big
# ints, integral floats, -0.0, strs with surrogates, nested tuples, tuple subclasses, a str
# against a number at one position, keys of different lengths; stability and reverse.


def gen(n, seed):
    x = seed
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(("w%d" % (x % 23), (x >> 8) % 7, i))
    return out


rows = gen(400, 3)
by_count = sorted(rows, key=lambda r: (-r[1], r[0]))
print(by_count[:6], by_count[-3:])
# Stability: rows with equal keys keep their order (their third item increases).
print(all(a[2] < b[2] for a, b in zip(by_count, by_count[1:]) if (a[1], a[0]) == (b[1], b[0])))
rev = sorted(rows, key=lambda r: (r[1], r[0]), reverse=True)
print(rev[:4], all(a[2] < b[2] for a, b in zip(rev, rev[1:]) if (a[1], a[0]) == (b[1], b[0])))
print(sorted(rows)[:4], sorted(rows, reverse=True)[:4])
copy = list(rows)
copy.sort(key=lambda r: (r[0], -r[2]))
print(copy[:4])
pairs = [(r[1], r[0]) for r in rows]
pairs.sort()
print(pairs[:5], pairs[-2:])
pairs.sort(reverse=True)
print(pairs[:3])

# Floats, mixed ints and floats at one position, negative zero, different lengths.
print(sorted([(1.5, "a"), (1, "b"), (-0.0, "c"), (0, "d"), (2.0, "e"), (1.25, "f")]))
print(sorted([(1, 2, 3), (1, 2), (1,), (), (0, 9), (1, 2, 2)]))
print(sorted([("b",), ("a", 1), ("a",), ("a", 0)], reverse=True))
# Big ints and bools in keys.
print(sorted([(2**60, "x"), (2**60 + 1, "a"), (-(2**70), "m"), (5, "q")]))
print(sorted([(True, "t"), (0, "z"), (False, "f"), (1, "o")]))
# NaN: comparisons with it are all False, so CPython's result depends on the merge order.
nan = float("nan")
print(sorted([(3, "c"), (nan, "n"), (1, "a"), (2, "b")], key=lambda t: t))
print(sorted([(1, nan), (1, 0.5), (0, nan), (1, -1.0)]))
# Strs with surrogate pairs and lone surrogates order by code point.
print([ascii(t) for t in sorted([("\U0001f600", 1), ("\uffff", 2), ("\ud800", 3), ("a", 4)])])
# Nested tuples and tuple subclasses.
print(sorted([((2, "b"), 1), ((1, "z"), 2), ((2, "a"), 3)]))


class T(tuple):
    def __lt__(self, other):
        order.append("T.__lt__")
        return tuple.__lt__(other, self)


order = []
print(sorted([T((1, "a")), T((2, "b")), T((0, "c"))]), len(order) > 0)
order.clear()
print(sorted([(1, "a"), T((2, "b")), (0, "c")]), len(order) > 0)


# A str against a number at one position raises only if that position is compared.
for keys in ([(1, "a"), ("x", "b")], [(1, "a"), (1, 2)], [(1, "a"), (2, 5)], [(1, "a"), (1, "a", 3)]):
    try:
        print(sorted(keys))
    except TypeError as e:
        print("TypeError", e)


# Keys whose items have their own comparisons.
class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return "Rev(%r)" % self.v


print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))
print(sorted(["b", "a", "c"], key=lambda s: (Rev(s),)))
