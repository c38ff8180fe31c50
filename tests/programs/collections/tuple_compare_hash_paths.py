# Tuple comparisons, tuple hashes in sets and tuples of every kind of item, generated from a
# fixed linear congruential sequence: exact tuples take quick paths that subclasses with their
# own dunders, items with their own __eq__/__lt__/__hash__, NaNs and unorderable items must leave.

import heapq


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 8


def small_items(gen, n):
    """A mix of ints, floats, strs, None and nested tuples, picked by the sequence."""
    out = []
    for _ in range(n):
        k = next(gen) % 9
        v = next(gen) % 5
        if k <= 2:
            out.append(v - 2)
        elif k == 3:
            out.append(v / 2)
        elif k == 4:
            out.append("abcde"[v])
        elif k == 5:
            out.append(None)
        elif k == 6:
            out.append((v, "x"))
        elif k == 7:
            out.append(-1)
        else:
            out.append(float(v))
    return out


def compare_all(a, b):
    row = []
    for name, op in (("==", lambda p, q: p == q), ("!=", lambda p, q: p != q),
                     ("<", lambda p, q: p < q), ("<=", lambda p, q: p <= q),
                     (">", lambda p, q: p > q), (">=", lambda p, q: p >= q)):
        try:
            row.append(name + str(op(a, b))[0])
        except Exception as e:
            row.append(name + type(e).__name__[0])
    return " ".join(row)


gen = lcg(12345)
for i in range(60):
    na = next(gen) % 4
    nb = next(gen) % 4
    a = tuple(small_items(gen, na))
    b = tuple(small_items(gen, nb)) if i % 3 else a[:nb] + tuple(small_items(gen, 1))
    print(i, repr(a), repr(b), compare_all(a, b))

# The messages of comparisons that fail inside tuples.
for a, b in [((1, "a"), (1, 2)), (((1,), 2), ((1,), "x")), ((None,), (None,)), ((None, 1), (None, 2)),
             ((1, 2), [1, 2]), ((), ())]:
    for op, f in (("<", lambda p, q: p < q), ("==", lambda p, q: p == q), (">=", lambda p, q: p >= q)):
        try:
            r = f(a, b)
            print(repr(a), op, repr(b), r)
        except Exception as e:
            print(repr(a), op, repr(b), type(e).__name__, e)

# NaN: the same object is equal to itself inside a tuple; two NaNs are not.
nan = float("nan")
t = (nan, 1)
print(t == t, t == (nan, 1), (nan,) == (float("nan"),), t < (nan, 2), t <= t, [t] == [t])


# A subclass with its own comparisons is asked first, even against an exact tuple.
class Rev(tuple):
    def __lt__(self, other):
        print("Rev.__lt__", tuple(self), other)
        return tuple.__gt__(self, other)

    def __gt__(self, other):
        print("Rev.__gt__", tuple(self), other)
        return tuple.__lt__(self, other)

    def __eq__(self, other):
        print("Rev.__eq__", tuple(self), other)
        return False

    __hash__ = tuple.__hash__


r = Rev((1, 2))
print((1, 2) < r, r < (1, 2), (1, 2) == r, r == (1, 2), (0, r) == (0, (1, 2)), ((1, 2),) < (r,))


# Items with their own dunders are called, in CPython's order, with their results used.
class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Loud.__eq__", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v

    def __lt__(self, other):
        print("Loud.__lt__", self.v, getattr(other, "v", other))
        return self.v < other.v

    def __hash__(self):
        print("Loud.__hash__", self.v)
        return hash(self.v)


x, y = Loud(1), Loud(2)
print((0, x) < (0, y), (0, x) == (0, Loud(1)), (x, 1) > (x, 0), (x,) <= (Loud(1),))

# heapq over (priority, (x, y)) entries with many ties, and with Loud items in the second place.
h = []
gen = lcg(7)
for i in range(300):
    heapq.heappush(h, (next(gen) % 10, (next(gen) % 4, next(gen) % 4)))
    if len(h) > 40:
        heapq.heappop(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = []
for v in (3, 1, 2):
    heapq.heappush(h, (0, Loud(v)))
print([e[1].v for e in (heapq.heappop(h), heapq.heappop(h), heapq.heappop(h))])
h = []
try:
    heapq.heappush(h, (1, "a"))
    heapq.heappush(h, (1, 2))
except Exception as e:
    print(type(e).__name__, e)

# `p not in seen` then `seen.add(p)`: the set keeps CPython's order for ints (and -1), and items
# with their own __hash__ are hashed each time, as CPython does.
seen = set()
order = []
gen = lcg(99)
for i in range(400):
    p = (next(gen) % 13 - 6, next(gen) % 11 - 1)
    if p not in seen:
        seen.add(p)
        order.append(p)
print(len(seen), len(order), list(seen)[:25])
print(sorted(seen)[:10], (-1, -1) in seen, (-1, -2) in seen, hash((-1, -1)) == hash((-2, -2)))
s = set()
lx = Loud(5)
p = (1, lx)
if p not in s:
    s.add(p)
print(p in s, (1, Loud(5)) in s)
words = set()
for w in ("ab", "cd", "ab", "ef", "cd"):
    q = (w, len(w))
    if q not in words:
        words.add(q)
print(sorted(words))
fs = {(1.5, 2), (2, 1.5), (0.5, -1)}
print(sorted(fs), (1.5, 2) in fs, (1.5, 2.0) in fs, hash((1.5, 2)) == hash((1.5, 2.0)))

# Tuples of floats, of ints, of objects and mixed hold and hash alike whichever way they are made.
floats = tuple(v / 4 for v in range(6))
ints = tuple(range(6))
mixed = tuple(zip(ints, floats))
print(floats, ints, mixed[:3], floats[1:4], floats + ints, ints[::2] + floats[::3])
print(hash(floats) == hash(tuple(list(floats))), hash(ints) == hash((0, 1, 2, 3, 4, 5)))
print(list(enumerate(floats))[:3], list({1.5: 2, "a": None}.items()), (1.5,) * 3)
print({floats: 1, ints: 2}[tuple(v / 4 for v in range(6))], {(0.0, 1): "z"}[(0, 1.0)])
