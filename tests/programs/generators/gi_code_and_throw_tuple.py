# gi_code is the generator function's code object; throw(Type, tuple) builds the exception from
# the tuple's items, as throw(type, value) does in CPython.


def g():
    yield


def counter(start, step=1):
    n = start
    while True:
        yield n
        n += step


class Box:
    def items(self):
        yield from range(2)


print(g().gi_code.co_name, g().gi_code is g.__code__)
print(counter(1).gi_code.co_name, counter(1).gi_code.co_argcount, counter(1).gi_code.co_varnames[:2])
print(Box().items().gi_code.co_qualname, type(g().gi_code).__name__)
gen = counter(5)
next(gen)
gen.close()
print(gen.gi_code.co_name)


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)


class Custom(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)


c = catcher()
next(c)
c.throw(ValueError, ("a", "b"))
c.throw(ValueError, ())
c.throw(ValueError, ((1, 2),))
c.throw(ValueError, "s")
c.throw(ValueError, [1, 2])
c.throw(KeyError, ("k",))
c.throw(Custom, (1, 3))
c.throw(Custom, (7,))
c.throw(ValueError, None)
c.throw(ValueError(9))
c.throw(ValueError, ValueError("kept"))


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (2 ** 31)
        yield state


rand = lcg(5)
for trial in range(8):
    args = tuple(next(rand) % 50 for _ in range(next(rand) % 4))
    c.throw(RuntimeError, args)

# A constructor that fails: its error is what the generator receives.
c.throw(Custom, (1, 2, 3))
c.throw(Custom, ())


class Picky(Exception):
    def __init__(self, x):
        if x < 0:
            raise ValueError("negative")
        super().__init__(x)


c.throw(Picky, -1)
c.throw(Picky, (4,))
fresh = catcher()
try:
    fresh.throw(Picky, (-1,))
except ValueError as e:
    print("unstarted", type(e).__name__, e)
