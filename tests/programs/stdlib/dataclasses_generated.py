# asdict / astuple / replace over generated nested structures, plus their errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, Field
from collections import namedtuple, OrderedDict
from typing import ClassVar

Pair = namedtuple('Pair', 'left right')


@dataclass
class Leaf:
    tag: str
    weight: int = 0


@dataclass
class Node:
    label: str
    items: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    pair: object = None


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


@dataclass
class WithInitVar:
    x: int
    scale: InitVar[int] = 1
    y: int = field(init=False, default=0)
    counter: ClassVar[int] = 0

    def __post_init__(self, scale):
        self.y = self.x * scale


@dataclass
class NeedsInitVar:
    x: int
    factor: InitVar[int]

    def __post_init__(self, factor):
        self.x *= factor


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % bound


def build(gen, depth):
    kind = gen.next(7 if depth > 0 else 3)
    if kind == 0:
        return gen.next(100)
    if kind == 1:
        return 'w' + str(gen.next(50))
    if kind == 2:
        return Leaf('t' + str(gen.next(9)), gen.next(5))
    if kind == 3:
        return [build(gen, depth - 1) for _ in range(gen.next(3))]
    if kind == 4:
        return tuple(build(gen, depth - 1) for _ in range(gen.next(3)))
    if kind == 5:
        return Pair(build(gen, depth - 1), build(gen, depth - 1))
    node = Node('n' + str(gen.next(20)))
    for _ in range(gen.next(3)):
        node.items.append(build(gen, depth - 1))
    for _ in range(gen.next(3)):
        node.extra['k' + str(gen.next(6))] = build(gen, depth - 1)
    if gen.next(2):
        node.pair = Pair(build(gen, depth - 1), gen.next(4))
    return node


gen = Lcg(2024)
for i in range(40):
    node = Node('root' + str(i), [build(gen, 3) for _ in range(gen.next(4))])
    if gen.next(2):
        node.extra = OrderedDict([('z', build(gen, 2)), ('a', build(gen, 2))])
    d = asdict(node)
    t = astuple(node)
    print(i, d)
    print(i, t)
    print(i, type(d['extra']).__name__, type(t[2]).__name__)
    # the results share no mutable parts with the original
    d['items'].append('mutated')
    print(i, len(node.items), len(d['items']))
    r = replace(node, label='copy' + str(i))
    print(i, r.label, r.items is node.items, r == node, replace(r, label=node.label) == node)

# custom factories
leaf = Leaf('x', 3)
print(asdict(leaf, dict_factory=lambda pairs: sorted(pairs)))
print(astuple(leaf, tuple_factory=list))
print(asdict(Node('o', [leaf, Pair(leaf, [leaf])]), dict_factory=OrderedDict))
print(astuple(Node('o', [leaf], {'k': (leaf,)}), tuple_factory=lambda xs: '|'.join(map(str, xs))))

# errors
for bad in (Leaf, 3, 'str', [leaf], None):
    for fn in (asdict, astuple, replace):
        try:
            fn(bad)
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
try:
    fields(3)
except Exception as e:
    print(type(e).__name__, e)
print([f.name for f in fields(Node)], [f.name for f in fields(leaf)])

# replace with InitVar / init=False / frozen
w = WithInitVar(4, 3)
print(w, asdict(w), astuple(w))
print(replace(w, x=5))
print(replace(w, x=5, scale=10))
try:
    replace(w, y=1)
except Exception as e:
    print(type(e).__name__, e)
n = NeedsInitVar(2, 3)
print(n)
try:
    replace(n)
except Exception as e:
    print(type(e).__name__, e)
print(replace(n, factor=5))
try:
    replace(leaf, nope=1)
except Exception as e:
    print(type(e).__name__)
fz = Frozen(1, (Leaf('q'),))
print(replace(fz, a=2), asdict(fz), astuple(fz))
try:
    fz.a = 5
except Exception as e:
    print(type(e).__name__, e)

# Field repr before and after processing
print(repr(field(default=3)).split(',')[:3], repr(field(default=3)).split(',')[-1])
for f in fields(WithInitVar):
    print(f.name, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(repr(WithInitVar.__dataclass_fields__['x']).split(',')[:2])
print(repr(WithInitVar.__dataclass_fields__['scale']).split('_field_type=')[1])
