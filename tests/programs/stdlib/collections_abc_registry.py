# isinstance / issubclass of the builtin types against every collections.abc class.
import collections
import collections.abc as cabc
from abc import ABCMeta, ABC, abstractmethod, get_cache_token

names = cabc.__all__
objs = [1, 1.5, 'ab', b'x', bytearray(b'y'), [], (), {}, set(), frozenset(), range(3), memoryview(b''), None, True,
        iter([]), iter(''), iter(b''), iter({}), iter(range(2)), iter(range(1 << 70)), iter(set()), reversed([]),
        {}.keys(), {}.items(), (lambda: (yield))(), len, print, lambda: 0, [].append, object(), type, int,
        zip([]), map(str, []), filter(None, []), enumerate([]), iter(int, 1), slice(1), 1j, ..., NotImplemented,
        collections.deque(), collections.OrderedDict(), collections.Counter(), collections.defaultdict(),
        collections.ChainMap(), collections.UserDict(), collections.UserList(), collections.UserString('s')]
print(' ' * 14, ''.join(n[0] for n in names))
for o in objs:
    print(type(o).__name__[:13].ljust(14), ''.join('X' if isinstance(o, getattr(cabc, n)) else '.' for n in names))
for t in (int, str, list, dict, tuple, type, object, bool, set, bytes, bytearray, range, collections.deque):
    print(t.__name__, [n for n in names if issubclass(t, getattr(cabc, n))])
print(names)
print(collections.abc is cabc, cabc.__name__, cabc.Mapping.__module__, type(cabc.Mapping).__name__)

# iter() over a range past 2**53 is an iterator of its own type.
it = iter(range(2 ** 64, 2 ** 64 + 3))
print(type(it).__name__, iter(it) is it, next(it), list(it), it.__length_hint__())
print(list(reversed(range(2 ** 64, 2 ** 64 + 2))), len(list(iter(range(-2 ** 60, -2 ** 60 + 5)))))

# register(), caches and the invalidation token.
class Base(ABC):
    @abstractmethod
    def run(self): ...


class Plain:
    pass


token = get_cache_token()
print(isinstance(Plain(), Base), issubclass(Plain, Base))
Base.register(Plain)
print(get_cache_token() != token, isinstance(Plain(), Base), issubclass(Plain, Base))
class Sub(Plain):
    pass
print(issubclass(Sub, Base), Base.register(Sub) is Sub, Base.register(Base) is Base)
try:
    Plain.register
except AttributeError as e:
    print('AttributeError:', e)
cabc.Sized.register(Plain)
print(isinstance(Plain(), cabc.Sized), isinstance(Plain(), cabc.Collection), issubclass(Sub, cabc.Sized))


# A hook that answers for its own class only, inherited by a subclass ABC (CPython's pattern).
class HasName(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasName:
            return hasattr(C, 'name')
        return NotImplemented


class Loud(HasName):
    pass


class Named:
    name = 'n'


print(isinstance(Named(), HasName), isinstance(Named(), Loud), issubclass(Loud, HasName), issubclass(int, HasName))


# An abstract property, classmethod and staticmethod, and abstract dunders inherited.
class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...

    @classmethod
    @abstractmethod
    def unit(cls): ...

    @staticmethod
    @abstractmethod
    def kind(): ...

    @abstractmethod
    def __len__(self): ...


class Half(Shape):
    @property
    def area(self):
        return 1


print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
print(getattr(Shape.__len__, '__isabstractmethod__', False), getattr(Half.__len__, '__isabstractmethod__', False))

# types.GenericAlias is callable, and classes subscript through it.
GA = type(list[int])
print(GA(list, int), GA(dict, (str, int)), GA(cabc.Mapping, (str, int)) == cabc.Mapping[str, int])
try:
    GA(list)
except TypeError as e:
    print('TypeError:', e)
