# `*x` over a non-iterable in displays, calls and class bases: each context words it its own way.
import functools


def f(*args, **kwargs):
    return len(args), sorted(kwargs)


class Gadget:
    pass


class Iterable:
    def __iter__(self):
        return iter([1, 2])


class OldStyle:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


values = [5, None, 2.5, Gadget(), True, Iterable(), OldStyle(), "ab", (1,), {3: 4}, range(2), 3j]

contexts = [
    ("list", lambda x: [*x]),
    ("list after", lambda x: [0, *x]),
    ("list twice", lambda x: [*x, *x]),
    ("tuple", lambda x: (*x,)),
    ("tuple after", lambda x: (0, *x, 9)),
    ("set", lambda x: {*x}),
    ("set after", lambda x: {0, *x}),
    ("call", lambda x: f(*x)),
    ("call after", lambda x: f(1, *x)),
    ("print", lambda x: print(*x, sep="|")),
    ("partial", lambda x: functools.partial(f, *x)()),
    ("mapping", lambda x: {**x}),
    ("kw call", lambda x: f(**x)),
    ("dict kw", lambda x: dict(**x)),
    ("bases", lambda x: type(Gadget)("Made", (*x,), {}).__name__),
]

for value in values:
    for label, make in contexts:
        try:
            result = make(value)
            print(type(value).__name__, label, "->", result if label != "set" else sorted(result, key=repr))
        except TypeError as e:
            print(type(value).__name__, label, "TypeError:", e)
        except Exception as e:
            print(type(value).__name__, label, type(e).__name__)


def class_over(bases):
    class Made(*bases):
        pass
    return Made.__mro__[1].__name__


for bases in [(), (Gadget,), 7, None, [Iterable]]:
    try:
        print("class bases", class_over(bases))
    except TypeError as e:
        print("class bases TypeError:", e)

a, *rest = "xyz"
print(a, rest, [*rest, *"pq"], (*rest, *range(2)))
