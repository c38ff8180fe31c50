# Keys that are equal across types, floats that are not ordinary, tuples, and dicts that change
# while they are read.

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d[1], d[1.0], d[True])
d = {True: "t"}
d[1] = "one"
print(d, list(d.keys()), 1 in d, 1.0 in d, True in d, 2 in d)
d = {0: "zero"}
d[-0.0] = "negzero"
d[False] = "false"
print(d, d.get(0.0), d.get(-0.0), -0.0 in d)
d = {-0.0: "nz"}
print(d, d[0], repr(list(d)[0]))
nan = float("nan")
d = {nan: 1}
d[nan] = 2
print(len(d), d[nan], nan in d)
d = {(1, 2): "a", (1, 2.0): "b", (1, (2,)): "c"}
print(d, d[(1.0, 2)], (True, 2) in d)
d = {2**53: "big", 2**53 + 1: "bigger", float(2**53): "float"}
print(d, d[9007199254740992], len(d))
d = {10**20: "huge"}
print(d[10**20], d.get(1e20), 10**20 == 1e20)
print({1: "a", 1.5: "b", "1": "c", b"1": "d"})

# order with deletes and re-inserts
d = dict.fromkeys("abcdef", 0)
del d["b"]
del d["e"]
d["b"] = 1
d["a"] = 2
print(list(d.items()))
d.pop("c")
d["c"] = 3
d.popitem()
print(list(d), d.setdefault("z", 9), list(d))
x = {1: 1, 2: 2}
del x[1]
x[1] = 1
print(x, x == {2: 2, 1: 1}, list(x) == [2, 1])

# changing size while iterating
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)

# unhashable keys
for key in ([1], {1: 2}, {3}):
    try:
        {}[key] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print({(1, [2]): 3})
except TypeError as e:
    print(type(e).__name__, e)

# get and counting with mixed key types
freq = {}
for w in [1, 1.0, True, "1", 2, 2.0, "x", "x"]:
    freq[w] = freq.get(w, 0) + 1
print(freq)
