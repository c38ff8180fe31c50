# Tuples as dict keys and set elements: equal tuples find each other whatever their items' types,
# subclasses keep tuple's hash unless they define their own, and item __hash__/__eq__ run as often
# as in CPython.

d = {}
for i in range(6):
    for j in range(4):
        d[(i % 3, j % 2)] = d.get((i % 3, j % 2), 0) + 1
print(d)
print((1, 1) in d, (1.0, True) in d, (3, 0) in d, d[(2.0, 1)])

# -1 hashes as -2: (-1,) and (-2,) share a hash but are different keys.
e = {(-1,): "a", (-2,): "b", (-1, -2): "c", (-2, -1): "d"}
print(e[(-1,)], e[(-2,)], e[(-1, -2)], e[(-2, -1)], hash((-1,)) == hash((-2,)))

# Big ints, floats, strings, None, nested tuples and frozensets as items.
keys = [(2**64, 1), (1.5, -0.0), ("a", ("b", 2)), (None, True), ((1, 2), (3, (4,))), (frozenset({1, 2}), 0), (10**30, -10**30)]
m = {k: i for i, k in enumerate(keys)}
print([m[k] for k in [(2**64, 1), (1.5, 0.0), ("a", ("b", 2)), (None, 1), ((1, 2), (3, (4,))), (frozenset({2, 1}), False), (10**30, -10**30)]])

# A NaN item: only the same float object matches (identity before ==).
nan = float("nan")
n = {(nan, 1): "x"}
print((nan, 1) in n, (float("nan"), 1) in n)

class T(tuple):
    pass

class H(tuple):
    def __hash__(self):
        return hash(tuple(self))

class Odd(tuple):
    def __hash__(self):
        return 7

t = {(1, 2): "plain"}
print(t[T((1, 2))], t[H((1, 2))], (1, 2) in {T((1, 2)): 0}, H((1, 2)) in {(1, 2)}, Odd((1, 2)) in t)
t[T((1, 2))] = "sub"
print(t, type(list(t)[0]).__name__)

class Item:
    hashes = 0
    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Item.hashes += 1
        return self.v % 3

    def __eq__(self, other):
        Item.eqs += 1
        return isinstance(other, Item) and self.v == other.v

    def __repr__(self):
        return f"Item({self.v})"

items = {}
for v in range(8):
    items[(Item(v), v)] = v
print(Item.hashes, Item.eqs)
print(items[(Item(4), 4)], (Item(4), 5) in items, Item.hashes, Item.eqs)
s = {(Item(1), 1), (Item(1), 1), (Item(2), 1)}
print(len(s), Item.hashes, Item.eqs)

# An unhashable item.
for bad in [([1], 2), (1, {}), (1, (2, [3]))]:
    try:
        d[bad] = 1
    except TypeError as ex:
        print("TypeError:", ex)
    try:
        print(bad in {(1, 2)})
    except TypeError as ex:
        print("TypeError:", ex)

# Delete and insert again; pop and setdefault.
g = {(i, -i): i for i in range(10)}
for i in range(0, 10, 3):
    del g[(i, -i)]
g[(0, 0)] = "back"
print(g, g.pop((1, -1)), g.setdefault((2, -2), None), g.setdefault((20, 20), "new"), len(g))

# Sets of tuples print in CPython's order.
seen = set()
for i in range(5):
    for j in range(5):
        if (j, i) not in seen:
            seen.add((i, j))
print(seen)
print({(i, -i, 2**40 + i) for i in range(8)}, {(i * 0.5, i) for i in range(6)})
print(sorted(seen) == sorted({(i, j) for i in range(5) for j in range(i + 1)}))
fs = frozenset((i, i + 1) for i in range(6))
print(fs, hash(fs) == hash(frozenset((i, i + 1) for i in reversed(range(6)))))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((2**70, -1)), hash((1.5, True)))
