# A tuple key looked up and then stored again (`d[k] = d.get(k, 0) + 1`), with equal keys made
# apart, keys of equal values of other types, entries removed in between, and keys that are not
# plain values.
import sys

counts = {}
values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]
for i in range(len(values) - 1):
    key = (values[i] % 4, values[i + 1] % 4)
    counts[key] = counts.get(key, 0) + 1
print("counts", sorted(counts.items()))

# Two displays of equal tuples: the second finds the entry the first one made.
dist = {}
for step in range(12):
    x, y = step % 3, step % 2
    d = dist.get((x, y), 1 << 30)
    if step < d:
        dist[(x, y)] = step
print("dist", sorted(dist.items()))

# The first key object stays the key, as in CPython.
a = tuple([1, 2])
b = tuple([1, 2])
print("distinct", a is b, a == b)
kept = {a: "first"}
kept.get(b)
kept[b] = "second"
print("kept", kept, next(iter(kept)) is a, next(iter(kept)) is b)

# Deleted between the lookup and the store: the new object becomes the key.
gone = {a: 1}
print(gone.get(b))
del gone[a]
gone[b] = 2
print("after del", gone, next(iter(gone)) is b, next(iter(gone)) is a)
pop = {a: 1}
pop.get(b)
pop.pop(a)
pop[b] = 3
print("after pop", pop, next(iter(pop)) is b)
item = {a: 1}
item.get(b)
item.popitem()
item[b] = 4
print("after popitem", item, next(iter(item)) is b)
cleared = {a: 1}
cleared.get(b)
cleared.clear()
cleared[b] = 5
print("after clear", cleared, next(iter(cleared)) is b)

# Equal values of other types are the same key: 1, 1.0 and True.
mixed = {}
mixed[(1, 2)] = "int"
print(mixed.get((1.0, 2)), mixed.get((True, 2)), (True, 2.0) in mixed)
mixed[(True, 2)] = "bool"
mixed[(1.0, 2.0)] = "float"
print("mixed", mixed, len(mixed))
nested = {((1, 2), "s"): 0}
for i in range(5):
    k = ((1, 2), "s")
    nested[k] = nested.get(k, 0) + i
nested[((1.0, 2), "s")] += 100
print("nested", nested)
print("none and str", {(None, "a"): 1}.get((None, "a")), {(None, "a"): 1}.get((None, "b")))

# A NaN item: the same tuple object finds its entry, an equal-looking other tuple does not.
nan = float("nan")
t = (nan, 1)
nd = {t: "nan"}
print("nan", nd.get(t), nd.get((nan, 1)), len(nd))
nd[t] = "again"
print("nan again", len(nd), nd[t])


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("  eq", self.v, getattr(other, "v", other))
        return isinstance(other, Key) and self.v == other.v or other == self.v

    def __repr__(self):
        return f"Key({self.v})"


user = {}
k1 = (Key(1), 2)
user[k1] = user.get(k1, 0) + 1
k2 = (Key(1), 2)
user[k2] = user.get(k2, 0) + 1
print("user", user)
print("user int", user.get((1, 2)))
user[(1, 2)] = 7
print("user after", user)


class Flaky:
    """An __eq__ whose answer changes: a lookup must ask it each time."""

    def __init__(self):
        self.calls = 0

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.calls += 1
        return self.calls % 2 == 1


f = Flaky()
fd = {(f, 1): "a"}
print("flaky", fd.get((Flaky(), 1)), fd.get((f, 1)), f.calls)

for bad in ([1], {2: 3}, {4}):
    try:
        {}.get((1, bad))
    except TypeError as e:
        print("TypeError", e)
    try:
        d = {}
        d[(bad, 1)] = 1
    except TypeError as e:
        print("TypeError", e)

# A dict whose tuple keys are counted in a loop long enough to matter.
grid = {}
for i in range(3000):
    p = (i % 37, i % 23)
    grid[p] = grid.get(p, 0) + 1
    if i % 500 == 0:
        del grid[p]
print("grid", len(grid), sum(grid.values()), max(grid.items()))
sub = {}
for i in range(50):
    p = (i % 5, str(i % 3))
    if p in sub:
        sub[p] += 1
    else:
        sub[p] = 1
    sub.setdefault((i % 2, "x"), i)
print("sub", sorted(sub.items()))
sys.stdout.flush()
