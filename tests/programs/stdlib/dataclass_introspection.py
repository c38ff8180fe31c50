# dataclasses: Field.metadata, the generated __doc__, __dataclass_params__ and the names of
# the generated methods.
import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, List, Optional


@dataclass
class Def:
    x: int = field(default=1, metadata={'unit': 'm'})
    y: list = field(default_factory=list)


first = fields(Def)[0]
print(type(first.metadata).__name__, first.metadata, fields(Def)[1].metadata, first.metadata['unit'])
try:
    first.metadata['q'] = 1
except Exception as e:
    print(type(e).__name__, e)
source = {'a': 1}
viewed = field(metadata=source).metadata
source['b'] = 2
print(viewed, len(viewed), dict(viewed), field().metadata, type(field(metadata={}).metadata).__name__)
print(Def.__doc__)
params = Def.__dataclass_params__
print(params, type(params).__name__)
print(params.init, params.repr, params.eq, params.order, params.unsafe_hash, params.frozen)
try:
    params.extra = 1
except Exception as e:
    print(type(e).__name__, e)
print(Def.__repr__.__qualname__, Def.__eq__.__qualname__, Def.__init__.__qualname__,
      Def.__repr__.__name__, Def.__eq__.__name__)


class Other:
    pass


@dataclass(order=True, frozen=True)
class P:
    """Own doc."""
    a: int


print(P.__doc__, P.__lt__.__qualname__, P.__hash__.__qualname__, P.__setattr__.__qualname__,
      P.__delattr__.__qualname__, P.__hash__.__name__, P.__ge__.__name__)


@dataclass(frozen=True, order=True)
class Q:
    a: int
    b: 'str' = 'x'
    c: Optional[int] = None
    d: List[int] = field(default_factory=list)
    e: ClassVar[int] = 5
    f: InitVar[int] = 0
    g: Other = None
    h: typing.Any = field(default=3, init=False)
    _: KW_ONLY
    k: float = 1.5
    m: dict = field(default_factory=dict, repr=False)
    n: tuple = ()


print(Q.__doc__)
print(Q.__dataclass_params__)
print([Q.__lt__.__qualname__, Q.__le__.__qualname__, Q.__gt__.__qualname__, Q.__ge__.__qualname__,
       Q.__hash__.__qualname__])


@dataclass(init=False)
class NoInit:
    a: int


@dataclass
class OwnInit:
    a: int

    def __init__(self, z, *args, w=3, **kw):
        pass


@dataclass
class Empty:
    pass


print(NoInit.__doc__, OwnInit.__doc__, Empty.__doc__, repr(Empty.__dataclass_params__))


@dataclass(unsafe_hash=True, eq=False, repr=False)
class U:
    a: int = 0
    b: 'list[int]' = None


print(U.__doc__, U.__hash__.__qualname__, U.__dataclass_params__)


@dataclass
class Child(Def):
    z: str = 'zz'


@dataclass(init=False)
class Quiet(Def):
    w: int = 0


print(Child.__doc__, Quiet.__doc__)


class Nested:
    @dataclass
    class Inner:
        v: int
        w: typing.Dict[str, int] = None
        t: tuple[int, ...] = (1,)
        s: set = frozenset()


print(Nested.Inner.__doc__, Nested.Inner.__repr__.__qualname__, Nested.Inner.__eq__.__qualname__)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


print(Slotted.__doc__, Slotted.__repr__.__qualname__, Slotted('q'))
made = dataclasses.make_dataclass('Made', [('a', int), ('b', str, field(default='q')),
                                           ('c', 'float', field(default_factory=float))])
print(made.__doc__, made.__dataclass_params__.frozen, made.__repr__.__qualname__)
print(dataclasses.is_dataclass(Def), Def(), Child(2, [3]), P(1) < P(2), hash(P(3)) == hash(P(3)))
for f in fields(Q):
    print(f.name, f.metadata, type(f.metadata).__name__, f.kw_only)
