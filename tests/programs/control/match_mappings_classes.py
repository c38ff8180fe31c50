class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **rest}:
            return f"{t} with {sorted(rest)}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case (a, b):
            return f"tuple {a} {b}"
    return "unknown"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9),
          {"type": "circle", "r": 2}, {"type": "sq", "side": 1, "z": 0}, 7, 2.5, "s", (1, 2), [3, 4], None]:
    print(where(p))
