# tuple(x) with the builtin tuple and one positional argument: every kind of argument, the
# errors, and a name rebound or shadowed.
import sys


def show(label, value):
    print(label, type(value).__name__, value)


show("list", tuple([1, 2, 3]))
show("empty list", tuple([]))
t = (4, 5, 6)
print("same object", tuple(t) is t)
show("str", tuple("abc"))
show("astral str", tuple("a\U0001F600b"))
show("range", tuple(range(2, 12, 3)))
show("dict", tuple({"b": 1, "a": 2}))
show("dict items", tuple({"b": 1, "a": 2}.items()))
show("set of ints", tuple(sorted(tuple({3, 1, 2}))))
show("bytes", tuple(b"hi"))
show("nested", tuple([(1, 2), [3], "x"]))
show("generator", tuple(i * i for i in range(5)))


def gen(n):
    for i in range(n):
        yield i
    return "done"


show("generator function", tuple(gen(4)))


class MyList(list):
    def __iter__(self):
        yield "overridden"


class MyTuple(tuple):
    pass


show("list subclass", tuple(MyList([1, 2])))
mt = MyTuple((1, 2))
r = tuple(mt)
print("tuple subclass", type(r).__name__, r, r is mt, r == mt)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


show("old-style sequence", tuple(Seq()))


class Iter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


show("iterator class", tuple(Iter()))


for bad in (5, 2.5, None, len):
    try:
        tuple(bad)
    except TypeError as e:
        print("TypeError", e)


def failing():
    yield 1
    raise ValueError("boom in the middle")


try:
    tuple(failing())
except ValueError as e:
    print("ValueError", e)


class BadIter:
    def __iter__(self):
        raise KeyError("no iter")


try:
    tuple(BadIter())
except KeyError as e:
    print("KeyError", e)

# Keywords and argument counts still go through the type call.
try:
    tuple(iterable=[1])
except TypeError as e:
    print("TypeError", e)
try:
    tuple([1], [2])
except TypeError as e:
    print("TypeError", e)
show("no argument", tuple())


def shadowed(tuple):
    return tuple([1, 2])


print("shadowed parameter", shadowed(lambda xs: ["called", xs]))


def local_rebind():
    tuple = list
    return tuple("ab")


show("local rebind", local_rebind())

import builtins

original = builtins.tuple
builtins.tuple = lambda xs: ["rebound", list(xs)]
print("builtins rebound", tuple((1, 2)))
builtins.tuple = original
show("restored", tuple([7]))

# The tuple made by a loop over a list that changes while the tuple is built.
xs = [1, 2, 3]


def grow():
    for x in xs:
        if len(xs) < 6:
            xs.append(x * 10)
        yield x


show("growing source", tuple(grow()))
total = 0
for i in range(200):
    total += len(tuple(range(i % 7)))
print("loop total", total)
print("isinstance", isinstance(tuple([1]), tuple), type(tuple([1])) is tuple)
sys.stdout.flush()
