# `raise C(args)`: the exception is thrown from the frame of the raise, and a class whose
# construction only stores its arguments is instantiated without type.__call__. Everything a
# class can customise (metaclass __call__, __new__, __init__, __str__, __slots__, OSError's
# subclass choice, `from None`) must still happen as in CPython, in CPython's order.
import sys
import traceback


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(Exception, metaclass=Meta):
    pass


class WithInit(Exception):
    def __init__(self, a):
        print("WithInit.__init__", a)
        super().__init__(a, 2)


class WithNew(Exception):
    def __new__(cls, *args):
        print("WithNew.__new__", args)
        return super().__new__(cls, *args)


class Plain(Exception):
    pass


class PlainKey(KeyError):
    pass


class Slotted(Exception):
    __slots__ = ("a",)


class CustomStr(Exception):
    def __str__(self):
        return "custom str"


class LateInit(Exception):
    pass


class MyOS(OSError):
    pass


def arg(x):
    print("arg", x)
    return x


def show(e):
    print(type(e).__name__, repr(e), e.args, str(e))


for make in [
    lambda: WithMeta(arg("m")),
    lambda: WithInit(arg(1)),
    lambda: WithNew(arg(3)),
    lambda: Plain(),
    lambda: Plain(arg("p"), 2),
    lambda: PlainKey(arg("k")),
    lambda: Slotted(1, 2),
    lambda: CustomStr(),
    lambda: MyOS(2, "No such file", "f.txt"),
]:
    try:
        raise make()
    except Exception as e:
        show(e)


def raise_direct(kind):
    if kind == 0:
        raise WithMeta(arg("m"))
    if kind == 1:
        raise WithInit(arg(1))
    if kind == 2:
        raise WithNew(arg(3))
    if kind == 3:
        raise Plain(arg("p"), 2)
    if kind == 4:
        raise PlainKey(arg("k"))
    if kind == 5:
        raise Slotted(1, 2)
    if kind == 6:
        raise CustomStr()
    if kind == 7:
        raise MyOS(2, "No such file", "f.txt")
    if kind == 8:
        raise OSError(2, "No such file")
    if kind == 9:
        raise StopIteration(arg(7))
    if kind == 10:
        raise SystemExit(3)
    if kind == 11:
        raise Exception(*[1, 2])
    if kind == 12:
        raise LateInit(1, 2)


for kind in range(13):
    try:
        raise_direct(kind)
    except BaseException as e:
        show(e)
        print("context", repr(e.__context__), "cause", repr(e.__cause__), e.__suppress_context__)

# A class changed after it was made is constructed as it now is.
LateInit.__init__ = lambda self, *a: None
try:
    raise_direct(12)
except LateInit as e:
    print("LateInit args", e.args)
Plain.__init__ = lambda self, *a: Exception.__init__(self, "replaced")
try:
    raise_direct(3)
except Plain as e:
    show(e)

# `from None`, and the context it hides.
try:
    try:
        raise PlainKey(1)
    except KeyError:
        raise ValueError(arg("b")) from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        raise Plain("inner")
    except Plain as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

# Not an exception: the call is made (its arguments first), then TypeError.
def five():
    return 5


nothing = None
for bad in [lambda: five(), lambda: int("5"), lambda: nothing(arg("evaluated first"))]:
    try:
        raise bad()
    except TypeError as e:
        print("TypeError", e)

try:
    raise five()
except TypeError as e:
    print("TypeError", e)
try:
    raise nothing(arg("evaluated first"))
except TypeError as e:
    print("TypeError", e)


# Where the raise was: the traceback names the raising line.
def deep(n):
    if n == 0:
        raise Plain("at the bottom")
    deep(n - 1)


try:
    deep(3)
except Plain:
    lines = traceback.format_exc().splitlines()
    print(len(lines))
    for line in lines:
        print(line.replace(__file__, "<file>"))

try:
    raise_direct(4)
except KeyError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value))

# float() of words: a leading letter other than those of inf and nan fails at once.
for s in ["red", "x", "Z", "n/a", "nan", "NaN", "-nan", "inf", "Infinity", "iNF", "i", "n", "in", "e5", "E",
          "_1", "  red", "\tinf", "١.٥", "\u00e91", "", " ", "1e", "0x1f", "4e3", "+.5"]:
    try:
        v = float(s)
    except ValueError as e:
        v = "ValueError: %s" % e
    print(repr(s), v)
