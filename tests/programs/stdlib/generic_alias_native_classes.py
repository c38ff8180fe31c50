# os.PathLike, re.Pattern and re.Match subscripted in annotations (PEP 585) give types.GenericAlias.
import os, re, types
for alias in [os.PathLike[str], re.Pattern[str], re.Match[bytes], re.Pattern[str, int]]:
    print(alias, type(alias).__name__, alias.__origin__, alias.__args__, isinstance(alias, types.GenericAlias))
def find(p: re.Pattern[str], path: os.PathLike[str]) -> re.Match[str] | None:
    return p.search(os.fspath(path))
print(find.__annotations__["p"], find(re.compile("b+"), "abbc"))
print(re.Pattern[str] == re.Pattern[str], re.Pattern[str] == re.Pattern[bytes])
for c in [list, dict, tuple, set, frozenset, enumerate, re.Pattern, re.Match]:
    print(c.__class_getitem__.__qualname__, c[int])
