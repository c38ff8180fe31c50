# A class pattern whose "class" is no class: CPython 3.11 refuses it when the case is tried.
import typing
from collections import namedtuple


def parse(s):
    return int(s)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


Alias = list[int]
P = namedtuple("P", "a b")
candidates = [
    ("function", lambda s: 0),
    ("named function", parse),
    ("builtin function", len),
    ("generic alias", Alias),
    ("typing alias", typing.List[int]),
    ("typing.Any", typing.Any),
    ("typing.Union", typing.Union),
    ("union", int | str),
    ("instance", Point(1, 2)),
    ("int value", 5),
    ("None", None),
    ("str", "Point"),
    ("method", Point.__init__),
]


def try_case(label, cls, subject):
    try:
        match subject:
            case cls():
                return "matched"
            case _:
                return "no match"
    except TypeError as e:
        return f"TypeError: {e}"


for label, cls in candidates:
    for subject in (5, "text", [1], Point(1, 2)):
        print(f"{label:16} {type(subject).__name__:6} {try_case(label, cls, subject)}")

# The check happens only when the case is reached: an earlier case that matches hides it.
def first_wins(subject):
    match subject:
        case int():
            return "int"
        case parse():
            return "unreachable for ints"


print(first_wins(3))
try:
    print(first_wins("3"))
except TypeError as e:
    print("TypeError:", e)

# Real classes still work, including with positional and keyword sub-patterns.
for subject in (Point(1, 2), Point(0, 0), P(3, 4), 7, "s", [1, 2]):
    match subject:
        case Point(0, 0):
            print("origin")
        case Point(x, y=2):
            print("on y=2 at", x)
        case P(a, b=4):
            print("P with b=4, a =", a)
        case int(n) | str(n):
            print("scalar", n)
        case list([a, b]):
            print("pair list", a, b)
