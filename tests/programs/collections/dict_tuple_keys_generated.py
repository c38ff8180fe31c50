# Tuple keys in dicts: equal keys of different types find one entry, objects that equal a tuple
# (and hash like it) find the tuple's entry and the other way round, whatever the dict held before.

state = 12345


def rnd(n):
    """A small linear congruential generator, so the run is the same everywhere."""
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def variant(x):
    """An int as an equal int, float or bool (bools only for 0 and 1)."""
    r = rnd(3)
    if r == 1:
        return float(x)
    if r == 2 and x in (0, 1):
        return bool(x)
    return x


def random_item(depth):
    r = rnd(7)
    if r <= 2:
        return rnd(9) - 4
    if r == 3:
        return "s" + str(rnd(5))
    if r == 4 and depth < 2:
        return tuple(random_item(depth + 1) for _ in range(rnd(3)))
    if r == 5:
        return [None, 2 ** 40, -(2 ** 70), 0.5, -1][rnd(5)]
    return rnd(3)


def loosen(item):
    """An item equal to `item` but maybe of another type."""
    if isinstance(item, bool):
        return item
    if isinstance(item, int) and -(2 ** 53) < item < 2 ** 53:
        return variant(item)
    if isinstance(item, tuple):
        return tuple(loosen(x) for x in item)
    return item


class TupleLike:
    """Equal to a tuple (and hashing as it), as a key may be."""

    def __init__(self, t):
        self.t = t

    def __eq__(self, other):
        if isinstance(other, TupleLike):
            return self.t == other.t
        return self.t == other

    def __hash__(self):
        return hash(self.t)

    def __repr__(self):
        return "TupleLike(%r)" % (self.t,)


class Pair(tuple):
    pass


def check_random_dict(round_no):
    d = {}
    model = []  # list of [key, value], the reference
    for step in range(60):
        key = tuple(random_item(0) for _ in range(rnd(4)))
        op = rnd(5)
        if op <= 1:
            d[key] = step
            for entry in model:
                if entry[0] == key:
                    entry[1] = step
                    break
            else:
                model.append([key, step])
        elif op == 2:
            probe = loosen(key)
            expect = [v for k, v in model if k == probe]
            got = d.get(probe, "missing")
            if (expect[0] if expect else "missing") != got:
                print("MISMATCH get", round_no, step, probe, got, expect)
        elif op == 3:
            probe = loosen(key)
            present = any(k == probe for k, v in model)
            try:
                del d[probe]
                model = [e for e in model if e[0] != probe]
                if not present:
                    print("MISMATCH del", round_no, probe)
            except KeyError as e:
                if present:
                    print("MISMATCH keyerror", round_no, probe)
        else:
            for k, v in model:
                if d.get(loosen(k)) != v:
                    print("MISMATCH sweep", round_no, k)
    print(round_no, len(d), len(model), list(d.items())[:3])
    copy = dict(d)
    print("  copy equal", copy == d, dict((loosen(k), v) for k, v in d.items()) == d)
    if model:
        k0 = model[0][0]
        copy[TupleLike(k0)] = "via object"
        print("  object hits tuple entry", copy[k0], len(copy) == len(d), copy == d)
        print("  original untouched", d[loosen(k0)] == model[0][1])


for round_no in range(25):
    check_random_dict(round_no)

# Counting with tuple keys, the common pattern.
counts = {}
for i in range(40):
    for j in range(30):
        key = (i % 7, j % 5)
        counts[key] = counts.get(key, 0) + 1
print(len(counts), counts[(3, 4)], counts[(3.0, 4)], counts.get((True, False)), sum(counts.values()))
print((6, 4) in counts, (6.5, 4) in counts, (7, 0) in counts)

# Equal keys of different types hit the first key's entry and keep its repr.
d = {(1, 2): "a"}
d[(1.0, 2)] = "b"
d[(True, 2.0)] = "c"
print(d, len(d))
d = {(True, 0.0): 1}
d[(1, 0)] = 2
print(d)
print({((1, 2), "x"): 1} == {((1.0, 2), "x"): 1}, {(1, (2, 3)): 0}.get((1, (2.0, 3))))
print({(-1,): "m"}.get((-1.0,)), {(2 ** 40, 0): 1}.get((float(2 ** 40), 0)))
print({(2 ** 70, 1): "big"}.get((float(2 ** 70), 1)), {(None, ""): 5}.get((None, "")))

# An object equal to a tuple finds the tuple key, in either order, before or after other keys.
for prefill in range(4):
    d = {}
    for i in range(prefill * 5):
        d[(i, -i)] = i
    d[(1, 2)] = "tuple"
    print(prefill, d.get(TupleLike((1, 2))), TupleLike((1, 2)) in d, d.get(TupleLike((2, 1))))
    d[TupleLike((1, 2))] = "object wins value"
    print("  ", d[(1, 2)], len(d), list(d)[-1])
    d[(9, 9)] = "after"
    print("  ", d.get((9.0, 9)), d.get(TupleLike((9, 9))), d.get((1, 2.0)))
    del d[TupleLike((1, 2))]
    print("  ", (1, 2) in d, len(d))

d = {TupleLike((3, 4)): "object"}
print(d.get((3, 4)), d.get((3.0, 4)), (3, 4) in d)
d[(3, 4)] = "tuple"
print(d)
d[(5, 6)] = 1
print(d.get(TupleLike((5, 6))), d.get((5, 6)))


# A class whose hash is a tuple's, as a lambda.
class Odd:
    __hash__ = lambda self: hash((1, 2))

    def __eq__(self, other):
        return other == (1, 2) or isinstance(other, Odd)


d = {(1, 2): "one-two", (3, 4): "three-four"}
print(d.get(Odd()), Odd() in d)
d2 = {Odd(): "odd"}
print(d2.get((1, 2)), d2.get((1.0, 2)))

# tuple subclasses are value-equal to tuples.
d = {(1, 2): "t"}
print(d.get(Pair((1, 2))), Pair((1, 2)) in d)
d[Pair((7, 8))] = "pair"
print(d.get((7, 8)), d.get((7.0, 8)), d)

# frozenset and bytes keys next to tuples.
d = {(1, 2): 1, frozenset({1, 2}): 2, b"ab": 3, "ab": 4, 5: 5}
print(d[(1, 2)], d[frozenset({2, 1})], d[b"ab"], d["ab"], d[5.0], d.get((1, 2.0)))
del d[(1, 2)]
print(d, (1, 2) in d)

# Strs and ints next to tuples.
d = {}
for i in range(50):
    d[(i, str(i))] = i
    d[str(i)] = -i
    d[i] = i * i
print(len(d), d[(7, "7")], d["7"], d[7.0], d[True], d.get((7, 7)))

# Deletes and re-inserts keep order and find keys.
d = {}
for i in range(30):
    d[(i % 10, i // 10)] = i
for i in range(0, 30, 3):
    del d[(float(i % 10), i // 10)]
for i in range(0, 30, 6):
    d[(i % 10, i // 10)] = -i
print(list(d.items()))
print(len(d), all(d[k] == v for k, v in d.items()))

# Collisions in one bucket (equal-hash, unequal keys): many keys, then deletes.
d = {}
for i in range(200):
    d[(i, i * 7 % 13, "k")] = i
for i in range(0, 200, 2):
    del d[(i, i * 7 % 13, "k")]
print(len(d), d[(199, 199 * 7 % 13, "k")], sum(d.values()))
d.clear()
d[(1, 2)] = 0
print(d, d.get(TupleLike((1, 2))))
try:
    d[([1], 2)] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    print(d[(3, 4)])
except Exception as e:
    print(type(e).__name__, e)
import copy as copy_module
c = copy_module.copy(d)
c[(5, 6)] = 1
print(c, d, c == d, c.get((5.0, 6)))
nan = float("nan")
d = {(nan, 1): "nan key"}
print(d.get((nan, 1)), len(d))


# Items of int, float and str subclasses equal their values.
class F(float):
    pass


class S(str):
    pass


class I(int):
    pass


d = {(F(1.0), S("a"), I(3)): "subclassed"}
print(d.get((1, "a", 3)), d.get((True, "a", 3.0)), (F(1.5), 0) in {(1.5, 0): 1})
d = {(1, "a", 3): "plain", (2.5, "b"): "half"}
print(d.get((F(1.0), S("a"), I(3))), d.get((F(2.5), S("b"))), d)
