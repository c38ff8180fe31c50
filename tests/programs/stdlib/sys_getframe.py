# sys._getframe and inspect.currentframe: the running frames with their names, lines, globals and
# callers; and what the standard library names after its caller's module through them
# (namedtuple and NewType made in one module carry that module's name).
import inspect
import sys
import typing
from collections import namedtuple
from urllib.parse import urlparse


def inner():
    # A frame's f_lineno follows its code: the callers' lines are read while they wait here.
    return sys._getframe(), chain(sys._getframe())


def outer():
    frame, lines = inner()
    return frame, lines, sys._getframe(1), inspect.currentframe()


def chain(frame):
    names = []
    while frame is not None:
        names.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return names


here, lines, caller, current = outer()
print(type(here).__name__, here.f_code.co_name, here.f_code.co_filename.endswith("sys_getframe.py"))
print(lines, [name for name, line in chain(here)])
print(caller.f_code.co_name, current.f_code.co_name, current.f_back.f_code.co_name)
print(here.f_globals is globals(), here.f_globals["__name__"], caller.f_globals["outer"] is outer)
print([sys._getframe().f_code.co_name for _ in range(1)], [f() for f in [lambda: sys._getframe().f_code.co_name]])


def depth_errors():
    for bad in (10_000, -1):
        try:
            sys._getframe(bad)
        except ValueError as e:
            print("ValueError", e)
    try:
        sys._getframe("0")
    except TypeError as e:
        print("TypeError", e)


depth_errors()


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


print(list(gen()))


class Meta:
    def method(self):
        return chain(sys._getframe())[:2]


print(Meta().method())

# the module a namedtuple or NewType belongs to is its caller's
Point = namedtuple("Point", "x y")
UserId = typing.NewType("UserId", int)
print(Point.__module__, UserId.__module__, UserId, repr(UserId(3)))
print(type(urlparse("http://a/b")).__module__, type(urlparse("http://a/b")).__name__)


def factory():
    return namedtuple("Made", "a")


print(factory().__module__)
Pair = typing.NamedTuple("Pair", [("left", int), ("right", str)])
Single = typing.NamedTuple("Single", value=float)
print(Pair, Single, Pair.__module__, Pair(1, "a"))
