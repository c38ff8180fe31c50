# `for i, x in enumerate(xs)` in its many shapes: start values, else/break/continue, nested
# targets, attribute and subscript targets, lists growing or shrinking under the loop, strings,
# dicts, generators, iterators shared with the loop, a rebound `enumerate`, and errors.


def show(*args):
    print(*args)


xs = ["a", "b", "c", "d"]
for i, x in enumerate(xs):
    show("plain", i, x)
for i, x in enumerate(xs, 10):
    show("start", i, x)
for i, x in enumerate(xs, 0):
    if i == 1:
        continue
    if x == "d":
        show("last", i)
else:
    show("else after", i, x)
for i, x in enumerate(xs):
    if x == "b":
        break
else:
    show("never")
show("after break", i, x)

for i, x in enumerate([]):
    show("empty body")
else:
    show("empty else")
i = "unchanged"
for i, x in enumerate(()):
    pass
show("targets untouched", i)

grow = [1, 2, 3]
for i, v in enumerate(grow):
    if len(grow) < 8:
        grow.append(v * 10)
    show("grow", i, v)
shrink = list(range(8))
for i, v in enumerate(shrink):
    shrink.pop()
    show("shrink", i, v, len(shrink))


class Box:
    pass


box = Box()
store = [None, None]
for box.index, (a, (b, c)) in enumerate([(1, (2, 3)), (4, (5, 6))]):
    show("nested", box.index, a, b, c)
for store[0], store[1] in enumerate("xyz"):
    show("subscript targets", store)
for [k, v] in enumerate({"p": 1, "q": 2}):
    show("list target over dict", k, v)
for i, ch in enumerate("héllo😀", 1):
    show("chars", i, ch)
for i, t in enumerate((1, 2)):
    show("tuple", i, t)


def gen(n):
    try:
        for k in range(n):
            yield k * k
    finally:
        show("gen finally")


g = gen(4)
for i, sq in enumerate(g):
    show("gen", i, sq)
shared = iter(range(10))
for i, v in enumerate(shared):
    if i == 2:
        break
show("shared iterator continues at", next(shared))
for i, sq in enumerate(x * 2 for x in range(3)):
    show("genexp", i, sq)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


for i, v in enumerate(Countdown(3)):
    show("user iterator", i, v)


class OldStyle:
    def __getitem__(self, k):
        if k >= 3:
            raise IndexError(k)
        return k * 100


for i, v in enumerate(OldStyle()):
    show("getitem iteration", i, v)

for bad in [5, None, 2.5]:
    try:
        for i, v in enumerate(bad):
            show("unreachable")
    except TypeError as e:
        show("TypeError", e)

try:
    for i, (a, b) in enumerate([(1, 2), (3,)]):
        show("pair", i, a, b)
except ValueError as e:
    show("ValueError", e)


def inner_rebinding():
    enumerate = lambda seq: [("own", s) for s in seq]
    for i, x in enumerate([7, 8]):
        show("rebound", i, x)


inner_rebinding()


def counts(seq):
    total = 0
    for i, v in enumerate(seq, 1):
        total += i * v
    return total


show("counts", counts([3, 4, 5]), counts(range(5)), counts(b"ab"))


def walrus():
    data = [1, 2, 3]
    for i, v in enumerate(data):
        if (n := i + v) > 3:
            show("walrus", i, v, n)
    return i, v


show("returned", walrus())
