class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r):
        self.center, self.r = c, r
def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"neg int {n}"
        case int() | float() as num:
            return f"num {num}"
        case "hello" | "hi":
            return "greeting"
        case str(s) if len(s) > 3:
            return f"long str {s}"
        case str():
            return "short str"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, 2, *rest]:
            return f"starts 1 2 rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "point"
        case Circle(Point(x, y), r=radius):
            return f"circle at {x},{y} r={radius}"
        case _:
            return f"other {type(v).__name__}"
tests = [None, True, False, 0, 0.0, -5, 7, 2.5, "hi", "hello world", "abc", [], [9], [1, 2, 3, 4], [5, 6, 7],
         (1, 2), {"type": "user", "name": "ann", "age": 3}, {"type": "x"}, {"a": 1}, {},
         Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 4), {1, 2}, "ab", b"xy"]
for t in tests:
    print(repr(t) if not isinstance(t, (Point, Circle)) else type(t).__name__, "->", describe(t))
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit"]:
            return "bye"
        case _:
            return "?"
for c in ["go north", "go west", "take a b", "take", "quit", ""]:
    print(c, "=>", cmd(c))
match (1, [2, 3]):
    case (a, [b, c]):
        print(a, b, c)
x = 5
match x:
    case 1:
        pass
    case other:
        print("captured", other)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
