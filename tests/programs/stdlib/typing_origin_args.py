# typing.get_origin / get_args on PEP 585 and 604 forms, Annotated as a class, and
# types.GenericAlias / types.UnionType.
import typing
import types
from typing import (Annotated, Callable, ClassVar, Dict, Final, Generic, List, Literal, Optional,
                    Tuple, Union, get_args, get_origin, get_type_hints)

forms = [list[int], dict[str, int], int | str, int | None, List, List[int], Optional[int],
         Union[int, str], Annotated[int, "m", 2], Callable[[int, str], bool], Callable[..., int],
         Literal[1, "a"], Tuple[int, ...], tuple[()], ClassVar[int], Generic, int, None, "str",
         Dict[str, List[int]], type[int], typing.Callable, Final[int], list[int | None]]
for tp in forms:
    print(repr(tp), get_origin(tp), get_args(tp))
print(types.UnionType, types.GenericAlias, isinstance(int | str, types.UnionType),
      isinstance(list[int], types.GenericAlias), isinstance(List[int], types.GenericAlias))
print(get_origin(int | str) is types.UnionType, get_origin(Optional[int]) is Union)
print(Annotated, Annotated[int, "x"], Annotated[List[int], 1].__metadata__,
      Annotated[int, 1] == Annotated[int, 1])
try:
    Annotated[int]
except TypeError as e:
    print(e)
try:
    Annotated()
except TypeError as e:
    print(e)


def f(x: Annotated[int, "meta"], y: list[str] | None = None) -> None:
    pass


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
