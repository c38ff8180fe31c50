def area(w: float, h: float = 1.0) -> float:
    """Return the area of a rectangle."""
    return w * h
print(area(3, 4), area(2))
print(area.__doc__)
print(area.__name__)
def nodoc():
    return None
print(nodoc.__doc__)
x: int = 5
y: list
print(x)
def typed(a: "str", *args: int, k: bool = False, **kw: str) -> None:
    print(a, args, k, kw)
typed("s", 1, 2, k=True, z="q")
class Pt:
    """A point."""
    x: int
    y: int = 0
print(Pt.__doc__, Pt.y)
