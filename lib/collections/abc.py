"""The abstract base classes of PEP 3119 for containers: the interfaces (Sized, Iterable,
Mapping, Sequence, ...), the methods they give a class that implements their abstract ones, and
the structural checks that make isinstance(obj, Sized) true for any class with a __len__.

The builtin types are registered with the ABCs they implement, so isinstance([], MutableSequence)
holds without a structural check."""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])
EllipsisType = type(...)
FunctionType = type(lambda: None)

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

# The builtin types that get registered below, under the names programs know them by.
bytes_iterator = type(iter(b''))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
longrange_iterator = type(iter(range(1 << 1000)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(iter(zip()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)
generator = type((lambda: (yield))())


def _register_builtin(abc, cls):
    """abc.register(cls) without its two issubclass() checks, which would cost most of this
    module's import: the builtin types registered here are neither subclasses nor bases of their
    ABC, and nothing has asked an ABC anything yet."""
    registry = abc._abc_impl.registry
    if cls not in registry:
        registry.append(cls)


def _register_all(abc, *classes):
    for cls in classes:
        _register_builtin(abc, cls)


# --- structural checks

_ABSENT = object()


def _check_methods(C, *methods):
    """True when class C provides every one of `methods`, NotImplemented when it lacks one or
    sets one to None (which is how a class says it opts out, as `__hash__ = None` does)."""
    for name in methods:
        found = _lookup_in_mro(C, name)
        if found is None or (found is _ABSENT and not _builtin_has(C, name)):
            return NotImplemented
    return True


def _lookup_in_mro(C, name):
    for klass in C.__mro__:
        # get, not `in` then [ ]: a builtin type's __dict__ may list a name it hides.
        value = klass.__dict__.get(name, _ABSENT)
        if value is not _ABSENT:
            return value
    return _ABSENT


def _builtin_has(C, name):
    """Does builtin type C have method `name`? Its __dict__ does not show every slot it has here,
    but dir() lists what the class and its bases define (and not what the metaclass does)."""
    return C.__module__ == 'builtins' and name in dir(C) and getattr(C, name, None) is not None


def _structural(*methods):
    """Gives the decorated ABC a __subclasshook__ that accepts any class providing `methods`.
    The hook answers only for the ABC itself: its subclasses decide by registration and
    inheritance, as they add requirements the hook does not know."""
    def decorate(abc):
        def __subclasshook__(cls, C):
            if cls is abc:
                return _check_methods(C, *methods)
            return NotImplemented
        __subclasshook__.__qualname__ = abc.__qualname__ + '.__subclasshook__'
        abc.__subclasshook__ = classmethod(__subclasshook__)
        return abc
    return decorate


def _throw_into(typ, val, tb):
    """The default throw() of Generator and Coroutine: raise what the caller gave, built from the
    class when only a class came, with the traceback attached when one came."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_by_throwing(throw, done, what):
    """close()/aclose() for generator-like objects: `throw` (their throw or athrow) raises
    GeneratorExit inside; it must come back out (or `done` end the object), anything that keeps
    running is an error."""
    try:
        throw(GeneratorExit)
    except (GeneratorExit, done):
        return
    raise RuntimeError(f"{what} ignored GeneratorExit")


# --- single-method interfaces

@_structural("__hash__")
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_structural("__await__")
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __class_getitem__ = classmethod(GenericAlias)


@_structural("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume with `value`; return the next value it yields, or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception where the coroutine is suspended."""
        _throw_into(typ, val, tb)

    def close(self):
        """Stop the coroutine by raising GeneratorExit inside it."""
        _close_by_throwing(self.throw, StopIteration, "coroutine")


@_structural("__aiter__")
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(GenericAlias)


@_structural("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        """The next item, or StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_structural("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """Resume with `value`; the next value it yields, or StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Raise an exception where the generator is suspended."""
        _throw_into(typ, val, tb)

    def aclose(self):
        """Stop the generator by raising GeneratorExit inside it."""
        _close_by_throwing(self.athrow, StopAsyncIteration, "asynchronous generator")


@_structural("__iter__")
class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return
        yield

    __class_getitem__ = classmethod(GenericAlias)


@_structural("__iter__", "__next__")
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item, or StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self


_register_all(Iterator, bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
              dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
              longrange_iterator, set_iterator, str_iterator, tuple_iterator, zip_iterator)
# These types show no __iter__ or __next__ in their __dict__ here, so the check alone would miss them.
_register_all(Iterator, type(map(len, ())), type(filter(None, ())), type(enumerate(())),
              type(reversed(())), type(iter(len, None)))


@_structural("__reversed__", "__iter__")
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield


# The dict views' __reversed__ is not visible to the check here either.
_register_all(Reversible, dict_keys, dict_values, dict_items)


@_structural("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with `value`; return the next value it yields, or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception where the generator is suspended."""
        _throw_into(typ, val, tb)

    def close(self):
        """Stop the generator by raising GeneratorExit inside it."""
        _close_by_throwing(self.throw, StopIteration, "generator")


_register_builtin(Generator, generator)


@_structural("__len__")
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_structural("__contains__")
class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __class_getitem__ = classmethod(GenericAlias)


@_structural("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


# --- Callable and its parameterised alias

def _is_param_expr(obj):
    """Is `obj` what may stand for a parameter list in Callable[...]: a list of types, `...`,
    or typing's ParamSpec / Concatenate?"""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


def _type_repr(obj):
    """How an argument of Callable[...] shows in its repr: classes by qualified name (builtins
    bare), `...` as is, functions by name, anything else by repr."""
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        qualname = obj.__qualname__
        return qualname if obj.__module__ == 'builtins' else f'{obj.__module__}.{qualname}'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def _has_param_expr(args):
    return len(args) == 2 and _is_param_expr(args[0])


class _CallableGenericAlias(GenericAlias):
    """Callable[[A, B], R]: its __args__ are the parameter types flattened, then the result
    type, (A, B, R); a parameter expression (`...`, a ParamSpec) stays one argument."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            flat = (*params, result)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                            f"Got {params}")
        return super().__new__(cls, origin, flat)

    def __repr__(self):
        if _has_param_expr(self.__args__):
            return super().__repr__()
        *params, result = self.__args__
        shown = ", ".join([_type_repr(p) for p in params])
        return f'collections.abc.Callable[[{shown}], {_type_repr(result)}]'

    def __reduce__(self):
        args = self.__args__
        if not _has_param_expr(args):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        # Substituting type variables must give this class again, not a plain GenericAlias.
        if not isinstance(item, tuple):
            item = (item,)
        parameters = self.__parameters__
        # PEP 612: with X = Callable[P, int], X[int, str] means X[[int, str]].
        if (len(parameters) == 1 and _is_param_expr(parameters[0])
                and item and not _is_param_expr(item[0])):
            item = (item,)
        substituted = super().__getitem__(item).__args__
        if not isinstance(substituted[0], (tuple, list)):
            substituted = (substituted[:-1], substituted[-1])
        return _CallableGenericAlias(Callable, tuple(substituted))


@_structural("__call__")
class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


# The builtin callables: their types' __dict__ shows no __call__ here, so the check would miss them.
_register_all(Callable, FunctionType, type(len), type(Callable.register))


# --- sets

def _as_set_operand(s, other):
    """The right operand of a set operation as a Set: a Set as it is, another iterable made into
    one of s's kind; None when `other` is not iterable (the operation is then NotImplemented)."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


def _covers(big, small):
    return all(item in big for item in small)


class Set(Collection):
    """A finite iterable container with set semantics. A subclass provides __contains__,
    __iter__ and __len__ and gets the comparisons and the operators; redefining __le__ and
    __ge__ is enough to speed all comparisons up."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and _covers(other, self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and _covers(self, other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Make a set of this kind from an iterable. A subclass whose constructor takes
        something else overrides this."""
        return cls(it)

    def isdisjoint(self, other):
        """True when no item of `other` is in this set."""
        return not any(item in self for item in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for part in (self, other) for item in part)

    def __sub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def _hash(self):
        """The hash frozenset gives the same items, for a hashable Set subclass's __hash__ (Set
        itself has none: a mutable set must not be hashable). Equal sets hash alike whatever
        their order, so this has to be frozenset's own algorithm."""
        width_mask = 2 * sys.maxsize + 1
        h = (1927868237 * (len(self) + 1)) & width_mask
        for item in self:
            x = hash(item)
            h = (h ^ ((x ^ (x << 16) ^ 89869747) * 3644798167)) & width_mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & width_mask
        if h > sys.maxsize:
            h -= width_mask + 1
        return 590923713 if h == -1 else h


_register_builtin(Set, frozenset)


class MutableSet(Set):
    """A Set that can change: a subclass adds add() and discard() and gets remove, pop, clear
    and the in-place operators."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put `value` in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take `value` out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take `value` out of the set; KeyError when it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take some item out of the set and return it; KeyError when the set is empty."""
        try:
            value = next(iter(self))
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Empty the set, one pop() at a time."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        others = it if isinstance(it, Set) else self._from_iterable(it)
        for value in others:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


_register_builtin(MutableSet, set)


# --- mappings

class Mapping(Collection):
    """A read-only mapping: a subclass provides __getitem__, __iter__ and __len__ and gets get,
    `in`, keys/items/values views and ==."""

    __slots__ = ()

    # ABCMeta gives classes with this flag the mapping behaviour in `match` statements.
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] when key is present, else `default`."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    # A mapping has no order to reverse: None makes reversed() refuse it.
    __reversed__ = None


_register_builtin(Mapping, mappingproxy)


class MappingView(Sized):
    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


def _same(a, b):
    """Containment's equality: identity first, so that a nan stored is found again."""
    return a is b or a == b


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


_register_builtin(KeysView, dict_keys)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


_register_builtin(ItemsView, dict_items)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(found, value) for found in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_register_builtin(ValuesView, dict_values)

_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A mapping that can change: a subclass adds __setitem__ and __delitem__ and gets pop,
    popitem, clear, update and setdefault."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value; `default` when it is missing, if given, else
        KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove some (key, value) pair and return it; KeyError when empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item, one popitem() at a time."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Set the items of `other` (a mapping, an object with keys(), or an iterable of pairs),
        then the keyword arguments."""
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, "keys"):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], after setting it to `default` when it is missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


_register_builtin(MutableMapping, dict)


# --- sequences

class Sequence(Reversible, Collection):
    """A read-only sequence: a subclass provides __getitem__ (with int indexes from 0) and
    __len__ and gets iteration, `in`, reversed, index and count."""

    __slots__ = ()

    # ABCMeta gives classes with this flag the sequence behaviour in `match` statements.
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Until IndexError, as the old iteration protocol did: __len__ is not consulted.
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of `value` within [start:stop]; ValueError when it is absent."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items equal `value`."""
        return sum(1 for item in self if _same(item, value))


_register_all(Sequence, tuple, str, range, memoryview)


class ByteString(Sequence):
    """bytes and bytearray."""

    __slots__ = ()


_register_all(ByteString, bytes, bytearray)


class MutableSequence(Sequence):
    """A sequence that can change: a subclass adds __setitem__, __delitem__ and insert and gets
    append, extend, pop, remove, reverse, clear and +=."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put `value` before position `index`."""
        raise IndexError

    def append(self, value):
        """Put `value` at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item, one pop() at a time."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        last = len(self) - 1
        for i in range(len(self) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def extend(self, values):
        """Append every item of `values` (a snapshot of them when they are this sequence)."""
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove the item at `index` (the last by default) and return it."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first item equal to `value`; ValueError when there is none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


_register_all(MutableSequence, list, bytearray)


# The collections classes, which CPython derives from these ABCs: registering them gives the same
# isinstance() answers. collections is imported first, as the package of this module.
from collections import deque as _deque, ChainMap as _ChainMap, UserDict as _UserDict, \
    UserList as _UserList, UserString as _UserString

_register_all(MutableSequence, _deque, _UserList)
_register_all(MutableMapping, _ChainMap, _UserDict)
_register_builtin(Sequence, _UserString)
del _deque, _ChainMap, _UserDict, _UserList, _UserString

import types as _types

if hasattr(_types, 'CoroutineType'):
    _register_builtin(Coroutine, _types.CoroutineType)
if hasattr(_types, 'AsyncGeneratorType'):
    _register_builtin(AsyncGenerator, _types.AsyncGeneratorType)
del _types
