# typing.NamedTuple field types given as strings (every annotation, under the future import)
# are kept as ForwardRef objects; and reversed() of a __getitem__-only sequence.
from __future__ import annotations
from typing import NamedTuple, Optional, ForwardRef, get_type_hints


class Emp(NamedTuple):
    name: str
    id: int = 3
    boss: Optional[Emp] = None


print(Emp.__annotations__)
print(get_type_hints(Emp))
E2 = NamedTuple('E2', [('a', 'int'), ('b', list), ('c', None)])
print(E2.__annotations__)
ref = Emp.__annotations__['name']
print(type(ref).__name__, ref.__forward_arg__, ref.__forward_module__, ref.__forward_is_argument__,
      ref.__forward_is_class__, ref == ForwardRef('str'))
try:
    NamedTuple('E3', [('a', 'not valid!')])
except SyntaxError as e:
    print(type(e).__name__, e)
for n in range(4):
    fields = [('f%d' % i, ['int', 'str', 'list[int]', 'Emp'][(i + n) % 4]) for i in range(n + 1)]
    T = NamedTuple('T%d' % n, fields)
    print(T.__annotations__, T._fields)


class OldSeq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


class LenOnly:
    def __len__(self):
        return 3


class Both(OldSeq):
    def __len__(self):
        return 3


for obj in (OldSeq(), LenOnly(), Both(), 5, {'a': 1}, 'abc', (1, 2)):
    try:
        print(list(reversed(obj)))
    except TypeError as e:
        print(type(e).__name__, e)
