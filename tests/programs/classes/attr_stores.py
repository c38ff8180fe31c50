# Attribute stores: objects with a __dict__ take any attribute; builtin values refuse with CPython's
# AttributeError; the value is evaluated before the object; builtin methods are
# builtin_function_or_method with a qualified name.
import functools
import math


class Plain:
    pass


class Slotted:
    __slots__ = ("x",)


class ListChild(list):
    pass


def trace(label, value):
    print("eval", label)
    return value


def try_store(label, obj):
    try:
        obj.tag = 1
        print(label, "stored", obj.tag)
    except AttributeError as e:
        print(label, "AttributeError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)


class Holder:
    def m(self):
        return 1

    @classmethod
    def c(cls):
        return 2


def f():
    pass


@functools.wraps(f)
def wrapper():
    pass


samples = [
    ("object()", object()), ("int", 1), ("big int", 2 ** 70), ("float", 1.5), ("bool", True),
    ("None", None), ("str", "s"), ("bytes", b"b"), ("bytearray", bytearray(b"b")),
    ("list", [1]), ("tuple", (1,)), ("dict", {}), ("set", {1}), ("frozenset", frozenset()),
    ("range", range(2)), ("slice", slice(1)), ("list iterator", iter([])),
    ("generator", (i for i in ())), ("builtin function", len), ("builtin method", [].append),
    ("str method", "".join), ("bound method", Holder().m), ("classmethod", Holder.c),
    ("Plain()", Plain()), ("Slotted()", Slotted()), ("ListChild()", ListChild()),
    ("function", f), ("lambda", lambda: 0), ("wrapped", wrapper), ("class", Plain),
    ("exception", ValueError("v")), ("module", math), ("partial", functools.partial(f)),
]
for label, obj in samples:
    try_store(label, obj)

try:
    int.tag = 1
except TypeError as e:
    print("int class:", e)

# Augmented stores go the same way.
p = Plain()
p.n = 1
p.n += 2
print(p.n)
try:
    xs = [1]
    xs.n += 1
except AttributeError as e:
    print("augmented:", e)

# The value is evaluated before the object.
trace("object", p).v = trace("value", 5)
print(p.v)
trace("object", p).w, trace("dict", {})["k"] = trace("value", (1, 2))
print(p.w)

# setattr() and object.__setattr__ agree with the statement.
for obj in ([], 3, Plain()):
    try:
        setattr(obj, "q", 1)
        print("setattr ok", type(obj).__name__)
    except AttributeError as e:
        print("setattr:", e)

# Builtin methods, bound or not.
print(type([].append), type("".join), type({}.get), type(len), type(Holder().m))
print([].append.__qualname__, "x".upper.__qualname__, {}.get.__qualname__, len.__qualname__)
print(str.upper.__qualname__, list.append.__name__, ListChild().append.__qualname__)
print(dict.fromkeys.__qualname__, int.from_bytes.__qualname__, bytes.fromhex.__qualname__, {}.fromkeys.__qualname__)
print(repr(str.upper), repr(list.append))
