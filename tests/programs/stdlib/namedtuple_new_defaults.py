# namedtuple's generated __new__ reports its defaults, name and doc as CPython's does.
from collections import namedtuple
from typing import NamedTuple

for defaults in [None, [0], (1, 2), [None, "x", 3], iter([5])]:
    try:
        P = namedtuple("P", "a b c", defaults=defaults)
        new = P.__new__
        print(new.__defaults__, new.__qualname__, new.__name__, new.__doc__, P._field_defaults)
        need = 3 - len(P._field_defaults)
        print(P(*range(need)), P(7, 8, 9))
    except Exception as e:
        print(type(e).__name__, e)


class T(NamedTuple):
    x: int
    y: int = 5
    z: str = "z"


print(T.__new__.__defaults__, T.__new__.__doc__, T(1), T(1, 2, "q"))
Q = namedtuple("Q", ["one"])
print(Q.__new__.__defaults__, Q.__new__.__doc__, Q.__doc__)
try:
    namedtuple("R", "a", defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)
