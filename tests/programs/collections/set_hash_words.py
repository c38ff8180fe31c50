# Set tables keep each hash as two 32-bit words: iteration order of sets of tuples, big ints,
# floats and negative numbers (whose hashes use all 64 bits and reach the perturbed probes), the
# reserved -1, equal numbers of different types, nan, unhashable items and their messages, and
# sets changed during iteration.


def order(items):
    s = set()
    for x in items:
        s.add(x)
    return list(s)


print(order([(x, y) for x in range(-3, 4) for y in range(3)]))
print(order([(x * 37, -y) for x in range(12) for y in range(12)])[:40])
print(order([2**61 - 1, 2**61, 2**62 + 5, -2**63, 2**64 + 1, -1, -2, 2**31, -2**31, 2**32 - 1]))
print(order([0.5, -0.5, 1.5, 1e300, -1e-300, 2.0, -1.0, float("inf"), float("-inf")]))
print(order([(1, 2.5), (-1, 3), ((1, 2), (3, 4)), (), (True, False), (2**70, -2**70)]))
print({-1, -2}, {-1: "a", -2: "b"}, hash(-1), hash(-2), hash((-1,)) == hash((-2,)))
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {2**53, float(2**53)}, len({(1, 2), (1.0, 2.0), (True, 2)}))
s = {(1, 2), (3, 4)}
print((1.0, 2.0) in s, (True, 2) in s, (1, 2, 3) in s, frozenset(s) == s)
nan = float("nan")
t = {nan, nan, 1}
print(len(t), nan in t, float("nan") in t, len({float("nan"), float("nan")}))
for bad in ([1], {1: 2}, {3}, (1, [2]), ((1, {}),)):
    try:
        {bad}
    except TypeError as e:
        print("set display:", e)
    try:
        set().add(bad)
    except TypeError as e:
        print("add:", e)
    try:
        print(bad in {1, 2})
    except TypeError as e:
        print("in:", e)
    try:
        {}.get(bad)
    except TypeError as e:
        print("dict get:", e)
print({1, 2} in {frozenset({1, 2})}, frozenset({(1, 2)}) in {frozenset({(1, 2)})})
fs = {frozenset({1, 2}), 3}
fs.discard({1, 2})
print(fs)
try:
    fs.remove({7})
except KeyError as e:
    print("KeyError", e)
for op in (lambda: {1}.difference([{2}]), lambda: {1}.isdisjoint([{2}]), lambda: set([{1}]), lambda: frozenset([[1]])):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
s = {(i, -i) for i in range(50)}
for i in range(0, 50, 3):
    s.discard((i, -i))
s.update((i, i) for i in range(60, 70))
print(sorted(s)[:5], len(s), list(s)[:12])
print(s.pop(), s.pop(), len(s))
try:
    for x in s:
        s.add((x, x))
except RuntimeError as e:
    print("RuntimeError:", e)
u = {(1, 2), (2, 3)} | {(2, 3), (4, 5)}
print(sorted(u), sorted({(1, 2), (2, 3)} & {(2, 3)}), sorted({(1, 2), (2, 3)} ^ {(2, 3), (9, 9)}))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({-1, 2**64})), hash(frozenset()))


class Key:
    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v


# Equal low 32 bits, different high bits: CPython compares the whole hash first, so no __eq__.
a, b = Key("a", 5), Key("b", 5 + 2**32)
c = Key("c", 5)
ks = {a, b}
print(len(ks), c in ks, Key("a", 5) in ks, Key("z", 5 + 2**40) in ks)
print(len({Key(i, -1) for i in range(3)}), hash(Key(0, -1)))
d = {(x, y): x * y for x in range(5) for y in range(5)}
print(d[(3, 4)], d.get((3.0, 4)), (4, 4) in d, d.get((5, 5), "none"), len(d))
d[(True, 2)] = "t"
print(d[(1, 2)], list(d)[5:8])
