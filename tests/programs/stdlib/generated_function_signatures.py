# Signatures of the functions dataclasses, collections.namedtuple and typing.NamedTuple generate:
# inspect, __defaults__, __kwdefaults__, __annotations__ and __code__ all see real parameters.
import collections
import dataclasses
import inspect
import typing
from dataclasses import KW_ONLY, InitVar, dataclass, field


def sig(obj):
    try:
        return str(inspect.signature(obj))
    except Exception as e:
        return f'{type(e).__name__} {e}'


def code_facts(func):
    c = func.__code__
    return (c.co_varnames[:c.co_argcount + c.co_kwonlyargcount], c.co_argcount,
            c.co_kwonlyargcount, c.co_posonlyargcount, bool(c.co_flags & 4), bool(c.co_flags & 8))


def report(label, cls, method='__init__'):
    func = getattr(cls, method)
    print(label, 'class', sig(cls))
    print(label, method, sig(func))
    print(label, 'defaults', func.__defaults__, func.__kwdefaults__)
    print(label, 'annotations', func.__annotations__)
    print(label, 'code', code_facts(func))
    spec = inspect.getfullargspec(func)
    print(label, 'spec', spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs,
          spec.kwonlydefaults)


@dataclass
class P:
    x: int
    y: float = 0.0
    tags: list = field(default_factory=list)
    _: KW_ONLY
    z: str = 'a'


report('P', P)
print(P(1), P(1, 2.5, [3], z='q'))
print(repr(dataclasses._HAS_DEFAULT_FACTORY) if hasattr(dataclasses, '_HAS_DEFAULT_FACTORY') else '')


@dataclass
class Empty:
    pass


report('Empty', Empty)


@dataclass
class Required:
    a: int
    b: 'list[str]'
    c: typing.Optional[int]


report('Required', Required)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2
    c: list = field(default_factory=list)


report('AllKw', AllKw)
print(AllKw(a=1))


@dataclass
class MixedKw:
    a: int
    b: int = field(default=5, kw_only=True)
    c: int = field(kw_only=True, default_factory=lambda: 7)
    d: str = 'd'
    e: int = field(kw_only=True)


report('MixedKw', MixedKw)
print(MixedKw(1, e=3))


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    hidden: int = field(init=False, default=0)
    later: int = field(init=False)

    def __post_init__(self, scale):
        self.hidden = self.a * scale
        self.later = -1


report('WithInitVar', WithInitVar)
print(WithInitVar(3), WithInitVar(3, 4))


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


report('Base', Base)
report('Derived', Derived)
print(Derived(), Derived(1, 'x', 2.0))
print(dataclasses.replace(Derived(), c=9.0))


@dataclass(order=True, frozen=True)
class Ordered:
    k: int
    v: str = ''


report('Ordered', Ordered)
for name in ('__eq__', '__lt__', '__le__', '__gt__', '__ge__', '__repr__', '__hash__',
             '__setattr__', '__delattr__'):
    print('Ordered', name, sig(getattr(Ordered, name)))
print(sorted([Ordered(3), Ordered(1, 'b'), Ordered(1, 'a')]))


@dataclass
class SelfField:
    self: int
    other: int = 0


report('SelfField', SelfField)


@dataclass
class OwnInit:
    a: int

    def __init__(self, a, extra=None):
        self.a = a


report('OwnInit', OwnInit)

Dyn = dataclasses.make_dataclass('Dyn', ['r', ('p', int), ('q', str, field(default='q'))])
report('Dyn', Dyn)

# A seeded walk over field layouts: every generated __init__'s signature and a call through it.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state % n


types_pool = [int, str, float, list, 'Any', typing.List[int]]
for case in range(12):
    n_fields = 1 + rnd(5)
    anns = {}
    ns = {}
    seen_default = False
    for i in range(n_fields):
        name = f'f{i}'
        anns[name] = types_pool[rnd(len(types_pool))]
        kind = rnd(4)
        if kind == 0 and not seen_default:
            continue
        seen_default = True
        if kind == 1:
            ns[name] = field(default_factory=tuple)
        elif kind == 2:
            ns[name] = field(default=i * 10, kw_only=True)
        else:
            ns[name] = i
    ns['__annotations__'] = anns
    cls = dataclass(type(f'Case{case}', (), ns))
    print(case, sig(cls), cls.__init__.__defaults__, cls.__init__.__kwdefaults__)
    required = [p for p in inspect.signature(cls).parameters.values()
                if p.default is inspect.Parameter.empty]
    args = [f'v{j}' for j, p in enumerate(required) if p.kind is p.POSITIONAL_OR_KEYWORD]
    kwargs = {p.name: 'kw' for p in required if p.kind is p.KEYWORD_ONLY}
    print(case, cls(*args, **kwargs))

# namedtuple
N = collections.namedtuple('N', 'a b c', defaults=[1, 2])
report('N', N, '__new__')
Plain = collections.namedtuple('Plain', ['x', 'y'])
report('Plain', Plain, '__new__')
NoDefaults = collections.namedtuple('NoDefaults', 'p q', defaults=())
report('NoDefaults', NoDefaults, '__new__')
Renamed = collections.namedtuple('Renamed', ['ok', 'def', 'ok', '_x'], rename=True, defaults=[None])
report('Renamed', Renamed, '__new__')
print(N(0), N(0, 5), N(c=9, a=8))
for bad in [(), (1, 2, 3, 4)]:
    try:
        N(*bad)
    except TypeError as e:
        print('TypeError', e)

# The classic recipe: give every field a default after the class is made.
Node = collections.namedtuple('Node', 'val left right')
Node.__new__.__defaults__ = (None,) * len(Node._fields)
print(Node(), Node(5), Node.__new__.__defaults__, sig(Node))
Node.__new__.__defaults__ = (7,)
print(Node(1, 2), sig(Node))
try:
    Node()
except TypeError as e:
    print('TypeError', e)
Node.__new__.__defaults__ = None
print(sig(Node))
try:
    Node(1)
except TypeError as e:
    print('TypeError', e)


class T(typing.NamedTuple):
    a: int
    b: str = 'x'
    c: typing.List[int] = []


report('T', T, '__new__')
print(T(1), T._field_defaults, T.__annotations__)
F = typing.NamedTuple('F', [('p', int), ('q', float)])
report('F', F, '__new__')
K = typing.NamedTuple('K', u=str, v=bytes)
report('K', K, '__new__')

# namedtuple classes define __new__ only: __init__ is tuple's.
print(sorted(k for k in vars(N) if k.startswith('__')), N.__init__ is tuple.__init__)


class SubN(N):
    def __init__(self, *args, **kwargs):
        self.count = len(args) + len(kwargs)


s = SubN(1, b=4)
print(s, s.count, '__init__' in vars(T), sig(SubN))
