# Slices of lists without a slice object: every bound kind, assignment that grows, shrinks or
# keeps the length, extended slices, self-assignment, evaluation order, and the fallbacks
# (subclasses, tuples, strings, __index__ bounds, errors).


def show(label, value):
    print(label, value)


xs = list(range(10))
show("plain", [xs[2:5], xs[:3], xs[7:], xs[:], xs[::2], xs[::-1], xs[8:2:-2], xs[-3:], xs[:-3]])
show("clamped", [xs[-100:3], xs[5:100], xs[100:], xs[3:1], xs[::-100], xs[-1:-100:-3]])
show("big bounds", [xs[2**70:], xs[:2**70], xs[-2**70:2], xs[::2**70]])
show("bool bounds", [xs[True:], xs[:False], xs[::True]])


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


show("__index__", xs[Idx(1):Idx(4):Idx(1)])
show("None parts", xs[None:None:None])

for bad in [1.5, "a", []]:
    try:
        xs[bad:]
    except TypeError as e:
        print("TypeError", e)
try:
    xs[::0]
except ValueError as e:
    print("ValueError", e)

# assignment
a = list(range(8))
a[2:4] = ["x", "y"]
show("same length", a)
a[2:4] = "abc"
show("grow from str", a)
a[1:6] = (9,)
show("shrink from tuple", a)
a[:0] = [-1, -2]
show("insert at front", a)
a[len(a):] = range(3)
show("append range", a)
a[:] = a
show("self", a)
a[1:3] = a
show("self into middle", a)
a[::2] = [0] * len(a[::2])
show("extended", a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
b = list(range(6))
b[5:1:-1] = "wxyz"
show("extended reversed", b)
b[4:1] = [7, 7]
show("empty slice stop < start", b)
big = [0] * 5
big[1:2] = list(range(200000))
show("big splice", [len(big), big[:3], big[-3:]])

# fannkuch's flip: reverse a prefix in place
perm = [3, 1, 4, 0, 2]
k = perm[0]
perm[:k + 1] = perm[k::-1]
show("flip", perm)


def f(label, v):
    print("eval", label)
    return v


c = list(range(5))
c[f("lower", 1):f("upper", 3)] = f("value", ["v"])
show("order", c)
show("load order", c[f("lo", 0):f("hi", 4):f("step", 2)])


class MyList(list):
    def __getitem__(self, i):
        print("MyList.__getitem__", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("MyList.__setitem__", i, v)
        list.__setitem__(self, i, v)


m = MyList([1, 2, 3, 4])
show("subclass get", m[1:3])
m[0:2] = [9]
show("subclass set", m)
show("subclass result type", type(m[1:]).__name__)
t = (1, 2, 3, 4, 5)
show("tuple", [t[1:3], t[::-1], type(t[1:]).__name__])
show("str", ["hello"[1:4], "hello"[::-1], "héllo"[1:3]])
show("range", [range(10)[2:8:2]])
try:
    (1, 2)[0:1] = [3]
except TypeError as e:
    print("TypeError", e)
try:
    nothing = None
    nothing[1:2]
except TypeError as e:
    print("TypeError", e)

# list.pop and list.insert move items by hand
p = list(range(6))
show("pops", [p.pop(0), p.pop(2), p.pop(), p.pop(-2), p])
p.insert(0, "a")
p.insert(2, "b")
p.insert(100, "end")
p.insert(-1, "before end")
p.insert(-100, "start")
show("inserts", p)
q = []
q.insert(5, 1)
show("insert into empty", q)
for args in [(), (9,)]:
    try:
        q.pop(*args) if q else [].pop(*args)
    except IndexError as e:
        print("IndexError", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError", e)
r = list(range(5))
for _ in range(5):
    r.insert(1, r.pop(0))
show("rotate", r)
