# Under `from __future__ import annotations` every TypedDict annotation is a string, stored as a
# ForwardRef that remembers the defining module; get_type_hints resolves them there.
from __future__ import annotations
from typing import ForwardRef, NotRequired, Optional, Required, TypedDict, get_type_hints


class Movie(TypedDict):
    title: str
    year: int
    rating: Optional[float]


class Sequel(Movie, total=False):
    prequel: Movie
    tags: list[str]


class Strict(TypedDict, total=False):
    must: Required[int]
    maybe: NotRequired[str]


for td in (Movie, Sequel, Strict):
    print(td.__name__, td.__annotations__)
    print("  required", sorted(td.__required_keys__), "optional", sorted(td.__optional_keys__))
    print("  hints", get_type_hints(td))
ref = Movie.__annotations__["title"]
print(type(ref).__name__, ref.__forward_arg__, ref.__forward_module__, ref == ForwardRef("str", module="__main__"))
print(ref == ForwardRef("str"), ref.__forward_evaluated__)
Functional = TypedDict("Functional", {"a": "int", "b": "Movie"})
print(Functional.__annotations__, Functional.__module__, get_type_hints(Functional))
for value in ({"title": "x"}, [], None):
    try:
        print(isinstance(value, Movie))
    except TypeError as e:
        print("TypeError:", e)
