# Type expressions at run time: list[int] and the other builtin generics (types.GenericAlias),
# X | Y unions (types.UnionType) as aliases, isinstance()/issubclass() arguments and values.
def f(x: list[int], y: dict[str, int] | None = None) -> int | None:
    return len(x)
print(f([1, 2]))
items: list[str] = ["a"]
Alias = int | None
print(Alias, list[int], dict[str, list[int]], type(list[int]), int | str | None)
print(isinstance(3, int | str), isinstance("a", int | None), tuple[int, ...])
class Box:
    value: int | None = None
    def get(self) -> "Box | None": return self
print(Box().value, Box().get() is not None)
print(list[int]([1, 2]), (int | None).__args__, list[int].__origin__, list[int].__args__)
class Box: pass
print(Box | None, list[Box], int | int, type(int | None), (int | str) == (str | int), hash(int | str) == hash(str | int))
print(type(list[int]), list[int] == list[int], list[int] == list[str], dict[str, int].__args__, tuple[()] if False else "")
print(int | str | int, (int | str) | (bytes | None), None | int, issubclass(bool, int | str), isinstance(None, int | None))
for bad in [lambda: int | "str", lambda: isinstance([], list[int]), lambda: 3 | int]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(list[int](range(3)), dict[str, int](a=1), set[int]([1]), frozenset[int]([2]), type[int], tuple[int, ...])
import collections
print(repr(list[list[int]]), list[Box | None], list[int] | None)
