# object's rich comparisons, __getstate__, __reduce__, __sizeof__ and __subclasshook__ are real
# attributes, and the operators, sorting, copying and abc still see only what a class defines.

import abc
import copy
import dataclasses
import functools
import sys


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Plain:
    pass


ORDERINGS = ('__lt__', '__le__', '__gt__', '__ge__')
for name in ORDERINGS + ('__getstate__', '__reduce__', '__sizeof__', '__subclasshook__'):
    print(name, hasattr(object, name), hasattr(Plain, name), hasattr(Plain(), name),
          name in vars(object), name in vars(Plain), getattr(Plain, name) is getattr(object, name))

a, b = Plain(), Plain()
for name in ORDERINGS:
    print(name, getattr(object, name)(a, b), getattr(a, name)(b), getattr(Plain, name)(a, 1))
attempt('no argument', lambda: a.__lt__())
attempt('a < b', lambda: a < b)
attempt('a >= 1', lambda: a >= 1)
attempt('1 <= a', lambda: 1 <= a)
print(object.__subclasshook__(), Plain.__subclasshook__(int), a.__subclasshook__(1, 2))

# Classes defining some of the orderings: each operator uses the defined one or its reflection;
# generated pairs of classes, each defining a different subset.
DEFINED = [(), ('__lt__',), ('__gt__',), ('__le__', '__ge__'), ('__lt__', '__gt__', '__le__', '__ge__')]


def make_class(index, names):
    namespace = {}
    for name in names:
        def method(self, other, _name=name):
            return f'{type(self).__name__}.{_name}'
        namespace[name] = method
    return type(f'C{index}', (), namespace)


classes = [make_class(i, names) for i, names in enumerate(DEFINED)]
OPS = [('<', lambda x, y: x < y), ('<=', lambda x, y: x <= y), ('>', lambda x, y: x > y),
       ('>=', lambda x, y: x >= y)]
for left in classes:
    for right in classes:
        row = []
        for sym, op in OPS:
            try:
                row.append(op(left(), right()))
            except TypeError:
                row.append('TypeError')
        print(left.__name__, right.__name__, row)


class Sub(classes[1]):
    def __gt__(self, other):
        return 'Sub.__gt__'


print(classes[1]() < Sub(), Sub() < classes[1]())


class Point:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return self.x < other.x

    def __repr__(self):
        return f'P{self.x}'


points = [Point(v) for v in (5, 3, 9, 1, 7)]
print(sorted(points), max(points), min(points), sorted(points, reverse=True)[0])
attempt('max of plain objects', lambda: max([Plain(), Plain()]))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Version(1) < Version(2), Version(2) <= Version(2), Version(3) >= Version(4))
print(Version.__lt__ is not object.__lt__, Version.__gt__.__name__)
attempt('total_ordering of nothing', lambda: functools.total_ordering(Plain))


@dataclasses.dataclass(order=True)
class Item:
    rank: int
    name: str = ''


print(sorted([Item(3, 'c'), Item(1, 'a'), Item(2, 'b')]))
attempt('order twice', lambda: dataclasses.dataclass(order=True)(type('X', (), {'__lt__': lambda s, o: 0})))

# __getstate__: the instance dict (None when empty), with the slots that hold a value.


class Slots:
    __slots__ = ('x', 'y')


class Mixed(Plain):
    __slots__ = ('s',)


p = Plain()
print(p.__getstate__(), object.__getstate__(p))
p.v = 1
print(p.__getstate__(), p.__getstate__() == vars(p))
s = Slots()
print(s.__getstate__())
s.x = 1
print(s.__getstate__())
m = Mixed()
m.s = 2
print(m.__getstate__())
m.extra = 3
print(m.__getstate__())
print((5).__getstate__(), 'x'.__getstate__(), [1].__getstate__(), None.__getstate__(), (1,).__getstate__())


class Custom:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'drop me'

    def __getstate__(self):
        state = super().__getstate__().copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


c2 = copy.deepcopy(Custom())
print(c2.data, c2.cache)
c3 = copy.copy(p)
print(vars(c3), c3 is not p)
s2 = copy.copy(s)
print(s2.x, hasattr(s2, 'y'))
m2 = copy.deepcopy(m)
print(m2.s, m2.extra)


class Reducing:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reducing, (self.v * 10,))


print(copy.copy(Reducing(2)).v)

# __sizeof__: the sizes sys.getsizeof also knows, and plain instances' basic size.


class Wide:
    __slots__ = ('a', 'b', 'c')


class WideWeak:
    __slots__ = ('a', '__weakref__')


print(object().__sizeof__(), Plain().__sizeof__(), Slots().__sizeof__(), Wide().__sizeof__(),
      WideWeak().__sizeof__(), Mixed().__sizeof__())
print((5).__sizeof__(), (2 ** 100).__sizeof__(), True.__sizeof__(), 1.5.__sizeof__(), 1j.__sizeof__(),
      None.__sizeof__(), 'abc'.__sizeof__(), 'é'.__sizeof__(), b'abc'.__sizeof__(), (1, 2, 3).__sizeof__(),
      range(9).__sizeof__())


class Sized:
    def __sizeof__(self):
        return 99 + super().__sizeof__()


print(Sized().__sizeof__())

# sys.getsizeof adds the collector's header (and 3.11's dict pointers before it) to __sizeof__.


class OwnSize:
    def __sizeof__(self):
        return 100


class OwnSizeSlots:
    __slots__ = ()

    def __sizeof__(self):
        return 100


class IntSized(int):
    def __sizeof__(self):
        return 100


class ListSized(list):
    def __sizeof__(self):
        return 100


class Negative:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return 'x'


print(sys.getsizeof(OwnSize()), sys.getsizeof(OwnSizeSlots()), sys.getsizeof(IntSized()),
      sys.getsizeof(ListSized()), sys.getsizeof(Sized()))
print(sys.getsizeof(Plain()), sys.getsizeof(Slots()), sys.getsizeof(Mixed()), sys.getsizeof(Wide()),
      sys.getsizeof(object()), sys.getsizeof(Plain(), 'default'))
attempt('negative size', lambda: sys.getsizeof(Negative()))
attempt('size not an int', lambda: sys.getsizeof(NotInt()))

# __subclasshook__: NotImplemented unless a class says otherwise; abc asks it.


class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Quacks:
            return hasattr(other, 'quack')
        return NotImplemented


class Duck:
    def quack(self):
        return 'quack'


print(issubclass(Duck, Quacks), issubclass(Plain, Quacks), isinstance(Duck(), Quacks))
print(Quacks.__subclasshook__(Duck), abc.ABC.__subclasshook__(Duck))

# __reduce__ refuses as __reduce_ex__ does; exceptions reduce to their class and args.
print(ValueError(1, 2).__reduce__(), KeyError('k').__reduce__())
e = ValueError('v')
e.note = 1
print(e.__reduce__())

# super() objects bind through __get__ and find object's methods along the MRO.


class Base:
    def __lt__(self, other):
        return 'Base.__lt__'


class Derived(Base):
    def __lt__(self, other):
        return ('Derived', super().__lt__(other))


print(Derived() < Derived(), super(Derived, Derived()).__lt__(1))
unbound = super(Derived)
bound = unbound.__get__(Derived())
print(bound.__lt__(1), bound.__get__(Derived()) is bound)
attempt('super __get__(None, None)', lambda: unbound.__get__(None))
