# typing.Union / typing.Optional: reprs, flattening, and equality with the `X | Y` form.
import typing
from typing import Optional, Union, List

print(Optional[int], Union[int, str], Union[int, None, str], Union[None, int])
print(Union[int], Union[int, int], Union[int, str, int])
print(Optional[int] == (int | None), (int | None) == Optional[int])
print(Union[int, str] == Union[str, int], Union[int, str] == (str | int), (int | str) == Union[int, str])
print(Union[int, str] == Union[int, float], Optional[int] == Optional[str], Optional[int] == int)
print(hash(Optional[int]) == hash(int | None), hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int | str, None], Union[Union[int, str], float], Optional[int | str])
print(Union[int, str].__args__, Optional[int].__args__, (int | None).__args__)
print(Optional[List[int]], Union[List[int], None] == Optional[List[int]])
print(len({Optional[int], int | None, Union[None, int]}))
print(int | str, int | None, type(int | None).__name__)
print(typing.get_args(Optional[int]), typing.get_origin(Optional[int]) is Union)
