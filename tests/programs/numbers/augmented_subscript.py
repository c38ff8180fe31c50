# `x[k] op= v` reads x[k] and stores back: lists and dicts take the inline paths, everything
# else (tuples, subclasses with their own __getitem__/__setitem__, strings, bad keys) goes to the
# helpers, with CPython's errors.


def bump(xs, k, v):
    xs[k] += v
    return xs


print(bump([1, 2, 3], 0, 10), bump([1, 2, 3], -1, 5), bump([1.5, 2], 0, 1), bump([10**20, 1], 0, 1))
print(bump({"a": 1}, "a", 2), bump({1: 2.5}, 1, 0.5), bump({(1, 2): "x"}, (1, 2), "y"))
counts = [0] * 4
for i in range(20):
    counts[i % 4] += i
    counts[-1] -= 1
print(counts)

for target, key in (((1, 2, 3), 0), ((1, 2, 3), 5), ([1, 2], 2), ([1, 2], -3), ([1, 2], "a"),
                    ({"a": 1}, "b"), ("abc", 0), ([1, 2], 1.0), (frozenset(), 0)):
    try:
        bump(target, key, 1)
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)


class Logged(list):
    def __getitem__(self, k):
        print("get", k)
        return list.__getitem__(self, k) * 10

    def __setitem__(self, k, v):
        print("set", k, v)
        list.__setitem__(self, k, v)


class Tup(tuple):
    def __getitem__(self, k):
        return 100


class Counter(dict):
    def __missing__(self, k):
        return 0


print(bump(Logged([1, 2, 3]), 1, 5))
print(bump(Counter(), "z", 3))
try:
    bump(Tup((1, 2)), 0, 1)
except TypeError as e:
    print("TypeError", e)
t = ([1], [2])
t[0][0] += 5
print(t)
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError", e, t)
