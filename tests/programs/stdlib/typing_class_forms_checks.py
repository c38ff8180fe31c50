# NamedTuple class bodies, TypedDict checks, the IO classes, Any as a class and special forms
# in isinstance().
import io
from typing import get_type_hints, is_typeddict, no_type_check_decorator, TypeVar, NamedTuple
import typing
from typing import *


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


# --- NamedTuple: the body's docstring and methods carry over; namedtuple's own names cannot be replaced.
T = TypeVar("T")
class Point(NamedTuple):
    """A 2-D point."""
    x: int
    y: int = 0
print(Point.__doc__, Point.__qualname__)
class Q(NamedTuple):
    a: int
print(Q.__doc__)
class G(NamedTuple, Generic[T]):
    "gdoc"
    a: T
def f():
    class Inner(NamedTuple):
        z: int
    return Inner
print(f().__qualname__, f()(1))
for key in ['__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source', '__repr__', '_other', '__doc__']:
    try:
        ns = {key: 5}
        exec(f"class K(NamedTuple):\n    a: int\n    {key} = 5\n", {'NamedTuple': NamedTuple}, ns)
        K = ns['K']
        print(key, "ok", repr(getattr(K, key)))
    except Exception as e:
        print(key, type(e).__name__, e)
class G2(NamedTuple, Generic[T]):
    "gdoc"
    a: T
print(G2.__doc__, G2[int])

# --- TypedDict: annotations are checked as type arguments; instance and class checks refuse.
for ann in ["int", None, 3, (1,2), ClassVar[int], Final[int], Union, Generic, Any, Optional[int], "list[int]", Required[int], Final, ClassVar]:
    try:
        TD = TypedDict("TD", {"a": ann})
        print(repr(ann), "->", TD.__annotations__, TD.__module__)
    except Exception as e:
        print(repr(ann), type(e).__name__, e)
try:
    class X(TypedDict):
        a: ClassVar[int]
except Exception as e: print(type(e).__name__, e)
class Y(TypedDict):
    a: "int"
    b: "Y"
print(Y.__annotations__, Y.__module__)
print(typing.get_type_hints(Y))
for x in [{}, {"a": 1}, 3, Y, dict]:
    for fn in (isinstance, issubclass):
        try:
            print(fn(x, Y))
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
try: print(issubclass(dict, TypedDict))
except TypeError as e: print(e)
print(is_typeddict(Y), is_typeddict(dict))
show("isinstance({}, TypedDict)", lambda: isinstance({}, TypedDict))

# --- IO, TextIO and BinaryIO are classes.
for c in (typing.IO, typing.TextIO, typing.BinaryIO):
    print(c, c.__name__, sorted(k for k in vars(c) if not k.startswith('__') or k in ('__enter__', '__exit__')), c.__parameters__, c.__orig_bases__)
print(typing.IO[str], typing.TextIO.__module__, typing.IO.write.__isabstractmethod__, typing.TextIO.__mro__)
print(isinstance(io.StringIO(), typing.TextIO), isinstance(typing.TextIO, type), typing.IO[bytes] == typing.IO[bytes])
try: typing.TextIO[int]
except TypeError as e: print(e)

# --- Any is a class in 3.11; the other special forms refuse isinstance() and issubclass().
print(repr(typing.Any), typing.Any | int, int | typing.Any, typing.Optional[typing.Any], typing.Union[int, typing.Any], list[typing.Any], typing.List[typing.Any])
try: typing.Any()
except TypeError as e: print(e)
try: typing.Any[int]
except TypeError as e: print(e)
class M(typing.Any): pass
print(type(M()).__name__, M.__mro__)
for f, a in [(isinstance, 1), (issubclass, int)]:
    for t in [typing.Any, typing.Union, typing.ClassVar, typing.Optional, typing.NoReturn, M]:
        try: print(f(a, t))
        except TypeError as e: print(e)
print(typing.get_origin(typing.Any), typing.get_args(typing.Any), typing.Any.__module__, typing.Any.__name__)
def f(x: typing.Any) -> typing.Any: ...
print(typing.get_type_hints(f))


def deco(fn):
    def wrapped(*args):
        return ("wrapped", fn(*args))
    return wrapped


nd = no_type_check_decorator(deco)
print(nd.__name__, nd.__wrapped__ is deco)
@nd
def add(a: int, b: int) -> int:
    return a + b
print(add(1, 2), "no_type_check_decorator" in typing.__all__)
