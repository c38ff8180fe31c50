# `t[a:b] = s[c:d:e]` statements: plain lists move items directly (in place for a reversal of the
# target's own range); every other case must behave as the two steps CPython performs.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def flips(perm):
    k = perm[0]
    n = 0
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n, perm


print(flips([3, 1, 0, 2]), flips([0, 1]), flips([4, 3, 2, 1, 0]))


def case(a, b, lo, hi, st, slo, shi, sst):
    a = list(a)
    a[lo:hi:st] = b[slo:shi:sst]
    return a


src = [10, 11, 12, 13, 14, 15]
for args in [(0, 3, None, 0, 3, None), (1, 4, None, 3, 0, -1), (None, None, None, None, None, -1),
             (-3, None, None, 0, 3, None), (0, 6, 2, 0, 3, None), (5, None, -2, 0, 3, None),
             (0, 2, None, 0, 5, None), (0, 5, None, 4, 5, None), (2, 2, None, 0, 2, None),
             (10, 20, None, 0, 2, None), (-100, 1, None, 100, -100, -1), (0, 6, 2, 0, 2, None),
             (0, 3, None, 0, 3, 0), (0, 3, 0, 0, 3, None), (0.5, 3, None, 0, 3, None),
             (0, 3, None, 1.5, 3, None), (True, 3, None, False, 2, None), (0, 2 ** 70, None, -(2 ** 70), 2, None)]:
    show(args, lambda: case(list(range(6)), src, *args))

# The same list on both sides, overlapping but not a reversal.
a = list(range(8))
i = 1
a[i:i + 3] = a[i - 1:3]
print(a)
a = list(range(8))
a[2:5] = a[6:1:-2] + []
print(a)
a = list(range(8))
j = 5
a[:j] = a[j - 1::-1]
print(a)
a = list(range(8))
j = 5
a[1:j] = a[j - 1:0:-1]
print(a)
a = list(range(8))
a[:] = a[::-1]
print(a)

# Not plain lists: tuples, strings, subclasses, bytearrays, dicts.
t = (1, 2, 3)
a = [0, 0, 0, 0]
a[1:] = t[::-1]
print(a)
s = "abc"
a[:2] = s[1:]
print(a)


class Loud(list):
    def __getitem__(self, key):
        print("Loud.__getitem__", key)
        return list.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("Loud.__setitem__", key, value)
        list.__setitem__(self, key, value)


x = Loud([1, 2, 3, 4])
y = [9, 8, 7, 6]
x[:2] = y[2:]
print(x)
y[:2] = x[2:]
print(y)
x[:2] = x[1::-1]
print(x)
ba = bytearray(b"abcd")
lst = [65, 66]
ba[:2] = lst[::-1]
print(ba)
d = {}
k = 1
show("dict", lambda: d.__setitem__(slice(0, k + 1), 1))
n = None
a = [1, 2, 3, 4]
a[n:2] = a[2:n]
print(a)


class Idx:
    def __init__(self, v, name):
        self.v = v
        self.name = name

    def __index__(self):
        print("index", self.name)
        return self.v


a = [1, 2, 3, 4, 5]
lo = Idx(1, "target")
hi = Idx(4, "source")
a[lo:3] = a[0:hi]
print(a)


def float_bound(a, f):
    a[:f + 1] = a[1::-1]


def float_source(a, f):
    a[:2] = a[f::-1]


show("float bound", lambda: float_bound([1, 2, 3, 4], 1.5))
show("float source", lambda: float_source([1, 2, 3, 4], 1.5))
show("float source first", lambda: float_bound([1, 2, 3, 4], "x"))
