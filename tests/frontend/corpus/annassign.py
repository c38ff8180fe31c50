x: int
y: int = 1
z: list[int] = []
(w): str = 'w'
obj.attr: float = 1.5
arr[0]: bytes
def f(a: int, b: 'str' = 'x', *args: int, c: float = 1.0, **kw: dict) -> None:
    v: tuple[int, ...] = ()
    return None
class C:
    field: int
    other: 'C | None' = None
t: tuple[int, str] = 1, 'a'
