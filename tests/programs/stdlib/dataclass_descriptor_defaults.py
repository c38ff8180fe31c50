# Dataclass fields whose class attribute is a descriptor, an inherited value, a Field wrapping a
# descriptor, or a __slots__ member.
from dataclasses import dataclass, field, fields


class IntConv:
    def __init__(self, *, default):
        self._default = default

    def __set_name__(self, owner, name):
        self._name = "_" + name

    def __get__(self, obj, objtype):
        if obj is None:
            return self._default
        return getattr(obj, self._name, self._default)

    def __set__(self, obj, value):
        setattr(obj, self._name, int(value))


@dataclass
class InventoryItem:
    quantity_on_hand: IntConv = IntConv(default=100)


item = InventoryItem()
print(item.quantity_on_hand, item)
item.quantity_on_hand = '7'
print(item.quantity_on_hand, item)
print(InventoryItem(2.9), InventoryItem('42'))
print([f.default for f in fields(InventoryItem)])


class Upper:
    def __repr__(self):
        return 'Upper()'

    def __set_name__(self, owner, name):
        self.name = name
        print('set_name', owner.__name__, name)

    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__dict__.get(self.name, '?')

    def __set__(self, obj, value):
        obj.__dict__[self.name] = str(value).upper()


@dataclass
class Rec:
    a: int
    label: str = field(default=Upper())
    note: str = field(default='plain')


print(Rec(1, 'hi'), Rec(2), Rec(3, note='x'))
print(type(Rec.__dict__['label']).__name__, Rec.note)


class PlainBase:
    size = 3
    tag = 'base'


@dataclass
class FromBase(PlainBase):
    size: int
    tag: str


print(FromBase(), FromBase(9), FromBase(1, 'own'))
print([(f.name, f.default) for f in fields(FromBase)])


class Counting:
    """A default that is computed per class access."""

    def __init__(self):
        self.reads = 0

    def __get__(self, obj, cls=None):
        if obj is None:
            self.reads += 1
            return self.reads * 10
        return obj.__dict__['n']

    def __set__(self, obj, value):
        obj.__dict__['n'] = value


@dataclass
class Ticks:
    n: int = Counting()


print(Ticks(), Ticks(), Ticks(5))


class SlotBase:
    __slots__ = ('x',)


@dataclass
class AfterSlots(SlotBase):
    x: int


print(AfterSlots(4))
try:
    AfterSlots()
except TypeError as e:
    print(type(e).__name__, e)

for seed in range(6):
    default = seed * 7 % 5

    @dataclass
    class Dyn:
        v: IntConv = IntConv(default=default)

    made = Dyn() if seed % 2 else Dyn(str(seed))
    print(seed, made, made.v + 1)
