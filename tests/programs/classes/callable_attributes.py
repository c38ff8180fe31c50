# Calling an attribute that holds a callable object rather than a function: an instance with
# __call__, a functools.partial, a bound method, a class, a lambda, on the instance or its class,
# with positional, keyword and star arguments; and the errors for attributes that are not callable.
import functools


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale


class Other:
    def method(self, v):
        return ("method", v)


class Holder:
    shared = Adder(100)
    part = functools.partial(max, 0)
    kind = Other

    def __init__(self):
        self.add = Adder(1)
        self.power = functools.partial(pow, 2)
        self.bound = Other().method
        self.fn = lambda *a, **k: (a, sorted(k.items()))
        self.number = 42
        self.nothing = None


h = Holder()
print(h.add(1), h.add(1, 2, 3), h.add(1, scale=10), h.add(*[1, 2], scale=2), h.add(**{"x": 5}))
print(h.power(10), h.power(*[3]), h.bound(7), h.fn(1, 2, z=3), h.fn())
print(h.shared(1), Holder.shared(2), h.part(-5), Holder.part(9, 3), h.kind().method(1))
args = (4,)
print(h.add(*args), h.shared(*args, 1, scale=3))
for name in ["number", "nothing"]:
    try:
        getattr(h, name)
        if name == "number":
            h.number(1)
        else:
            h.nothing()
    except TypeError as e:
        print(e)
try:
    h.number(x=1)
except TypeError as e:
    print(e)
try:
    h.add()
except TypeError as e:
    print(e)
