# typing.get_type_hints evaluates string annotations (and those of from __future__ import
# annotations) in their module and class: forward references, nested ones, Literal and Annotated.
from __future__ import annotations
import typing
from typing import get_type_hints, Optional, List, Dict, Callable, Union
import collections

class Node:
    value: int
    next: Optional[Node]
    kids: list[Node]
    meta: dict[str, "int | None"]
    def link(self, other: Node, *, weight: float = 1.0) -> Node | None: ...

def f(a: int, b: "str" = "x", c: List[Dict[str, int]] = None, d: Callable[[int, str], bool] = None, e: typing.Any = 0, g: collections.OrderedDict = None) -> list[int]: ...
def h(x: "Undefined"): ...
print(get_type_hints(f))
print(get_type_hints(Node))
print(get_type_hints(Node.link))
print(f.__annotations__["b"], Node.__annotations__["next"])
try:
    get_type_hints(h)
except NameError as e:
    print("NameError", e)
class Child(Node):
    extra: tuple[int, ...]
print(get_type_hints(Child))
print(get_type_hints(Child, localns={"Node": int}))
from typing import Literal, Annotated
def k(mode: Literal["r", "w"], size: Annotated[int, "bytes"], later: "List['Node']") -> "Dict[str, 'Node']": ...
print(get_type_hints(k))
print(get_type_hints(k, include_extras=True)["size"] == Annotated[int, "bytes"])
import sys
print(sorted(get_type_hints(sys.modules[__name__]).items()) == sorted({}.items()))
