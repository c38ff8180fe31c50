"""Container datatypes: namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap and the
User* wrappers, with the behaviour, reprs and messages of CPython's collections module.

Written in plain Python. dict subclasses rely on the runtime calling ``__missing__`` from
``dict.__getitem__``; deque keeps its items in one list with a moving head index, so appending
and popping at either end are amortised O(1).
"""

import sys as _sys
from operator import itemgetter as _itemgetter

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


# ---------------------------------------------------------------------------------------------
# namedtuple

def _nt_make(cls, iterable):
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(result)}')
    return result


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    fields = tuple(field_names)
    nfields = len(fields)

    def __new__(_cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f'{typename}.__new__() takes {nfields + 1} positional arguments but '
                            f'{len(args) + 1} were given')
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                values.append(_MISSING)
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        missing = [fields[i] for i in range(nfields) if values[i] is _MISSING]
        if missing:
            n = len(missing)
            names = [repr(m) for m in missing]
            if n == 1:
                listed = names[0]
            elif n == 2:
                listed = f'{names[0]} and {names[1]}'
            else:
                listed = ', '.join(names[:-1]) + f', and {names[-1]}'
            s = '' if n == 1 else 's'
            raise TypeError(f'{typename}.__new__() missing {n} required positional argument{s}: {listed}')
        return tuple.__new__(_cls, values)

    def __init__(self, *args, **kwargs):
        pass

    def _make(cls, iterable):
        return _nt_make(cls, iterable)

    def _replace(self, /, **kwds):
        result = _nt_make(type(self), [kwds.pop(name) if name in kwds else self[i]
                                       for i, name in enumerate(fields)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            f'{name}={self[i]!r}' for i, name in enumerate(fields)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '__init__': __init__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(_field_getter(index), _field_setter, _field_deleter,
                                   f'Alias for field number {index}')

    result = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module
    return result


_MISSING = object()


def _field_getter(index):
    def get(self):
        return self[index]
    get.__doc__ = f'Alias for field number {index}'
    return get


# The messages of CPython's _tuplegetter, the descriptor of a namedtuple's fields.
def _field_setter(self, value):
    raise AttributeError("can't set attribute")


def _field_deleter(self):
    raise AttributeError("can't delete attribute")

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


def _iskeyword(name):
    return name in _KEYWORDS


# ---------------------------------------------------------------------------------------------
# deque

class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_d', '_h', '_maxlen', '_state')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._d = []
        self._h = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # The items are self._d[self._h:]; the slots before the head are free for appendleft.

    def __len__(self):
        return len(self._d) - self._h

    def __bool__(self):
        return len(self._d) > self._h

    def _compact(self):
        if self._h > 16 and self._h * 2 > len(self._d):
            del self._d[:self._h]
            self._h = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self._d) - self._h >= self._maxlen:
            if self._maxlen == 0:
                return
            self._d.append(x)
            self._d[self._h] = None
            self._h += 1
            self._compact()
            return
        self._d.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self._d) - self._h >= self._maxlen:
            if self._maxlen == 0:
                return
            self._d.pop()
        if self._h == 0:
            n = max(8, len(self._d))
            self._d[0:0] = [None] * n
            self._h = n
        self._h -= 1
        self._d[self._h] = x

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._d) == self._h:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._d.pop()
        if len(self._d) == self._h:
            self._d.clear()
            self._h = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._d) == self._h:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._d[self._h]
        self._d[self._h] = None
        self._h += 1
        if len(self._d) == self._h:
            self._d.clear()
            self._h = 0
        else:
            self._compact()
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._d = []
        self._h = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for x in self:
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        size = len(self)
        if start < 0:
            start = max(0, start + size)
        if stop is None:
            stop = size
        elif stop < 0:
            stop = max(0, stop + size)
        stop = min(stop, size)
        for i in range(start, stop):
            x = self._d[self._h + i]
            if x is value or x == value:
                return i
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        size = len(self)
        if index < 0:
            index = max(0, index + size)
        index = min(index, size)
        self._d.insert(self._h + index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i in range(len(self)):
            x = self._d[self._h + i]
            if x is value or x == value:
                self._state += 1
                del self._d[self._h + i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        items = self._d[self._h:]
        items.reverse()
        self._d = items
        self._h = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = len(self)
        if size <= 1:
            return
        self._state += 1
        n = n % size
        if n == 0:
            return
        items = self._d[self._h:]
        self._d = items[size - n:] + items[:size - n]
        self._h = 0

    def _index(self, index):
        size = len(self._d) - self._h
        if not isinstance(index, int):
            raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError('deque index out of range')
        return self._h + index

    def __getitem__(self, index):
        return self._d[self._index(index)]

    def __setitem__(self, index, value):
        self._d[self._index(index)] = value

    def __delitem__(self, index):
        i = self._index(index)
        self._state += 1
        del self._d[i]

    def __iter__(self):
        state = self._state
        d = self._d
        i = self._h
        while i < len(self._d):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._d[i]
            i += 1
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        for i in range(len(self._d) - 1, self._h - 1, -1):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._d[i]

    def __contains__(self, value):
        for x in self:
            if x is value or x == value:
                return True
        return False

    def __repr__(self):
        if _repr_running(self):
            return '[...]'
        _repr_enter(self)
        try:
            items = repr(list(self))
        finally:
            _repr_leave(self)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({items})'
        return f'{name}({items}, maxlen={self._maxlen})'

    def _items(self):
        return self._d[self._h:]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__class__((), self._maxlen)
        items = self._items()
        for _ in range(n):
            result.extend(items)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


_running = []


def _repr_running(obj):
    for x in _running:
        if x is obj:
            return True
    return False


def _repr_enter(obj):
    _running.append(obj)


def _repr_leave(obj):
    for i in range(len(_running) - 1, -1, -1):
        if _running[i] is obj:
            del _running[i]
            return


# ---------------------------------------------------------------------------------------------
# defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        elif _repr_running(self):
            frepr = '...'
        else:
            _repr_enter(self)
            try:
                frepr = repr(factory)
            finally:
                _repr_leave(self)
        return f'{type(self).__name__}({frepr}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# ---------------------------------------------------------------------------------------------
# OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
        else:
            items = list(dict.items(self))
            dict.clear(self)
            for k, v in items:
                if k == key:
                    dict.__setitem__(self, k, v)
            for k, v in items:
                if k != key:
                    dict.__setitem__(self, k, v)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        if _repr_running(self):
            return '...'
        _repr_enter(self)
        try:
            return f'{self.__class__.__name__}({list(self.items())!r})'
        finally:
            _repr_leave(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------------------------
# Counter

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least."""
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        out = []
        for elem, count in self.items():
            for _ in range(count):
                out.append(elem)
        return iter(out)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if self[e] != other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = ', '.join([f'{k!r}: {v!r}' for k, v in self.most_common()])
            return f'{self.__class__.__name__}({{{d}}})'
        except TypeError:
            return f'{self.__class__.__name__}({dict(self)!r})'

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


# ---------------------------------------------------------------------------------------------
# ChainMap

class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together to create a single,
    updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __or__(self, other):
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# ---------------------------------------------------------------------------------------------
# UserDict, UserList, UserString
#
# Each wraps a real dict, list or str in `.data`. Methods that make a new string or list hand
# back a new wrapper of the instance's own class; arguments that are wrappers themselves are
# unwrapped where CPython's versions unwrap them (and only there).

_NO_DEFAULT = object()


def _is_mapping(obj):
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


def _string_of(obj):
    """The str inside a UserString argument; any other argument as it is."""
    return obj.data if isinstance(obj, UserString) else obj


def _list_operand(other):
    """The list that +, += and the reflected + of a UserList combine with."""
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, list):
        return other
    return list(other)


def _list_of(obj):
    """The list inside a UserList argument; any other argument as it is."""
    return obj.data if isinstance(obj, UserList) else obj


# Generated methods are named as if written in their class, so that reprs and argument errors
# read as CPython's. (The names are set where each function is defined.)

def _sequence_iteration():
    """The Sequence mixin's __iter__ (index from 0 until IndexError) and __reversed__, which
    CPython's UserList and UserString inherit."""
    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]
    __iter__.__qualname__ = 'Sequence.__iter__'
    __reversed__.__qualname__ = 'Sequence.__reversed__'
    return __iter__, __reversed__


class UserDict:
    """A dict wrapper meant to be subclassed."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    # Membership looks at the stored keys only, never at __missing__.
    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        owner = self.__class__
        if hasattr(owner, '__missing__'):
            return owner.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__class__(self.data | other)

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__class__(other | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        # Built without __init__, with the instance dict copied straight across (no descriptors
        # run) and a data dict of its own.
        duplicate = self.__class__.__new__(self.__class__)
        duplicate.__dict__.update(self.__dict__)
        duplicate.__dict__['data'] = self.__dict__['data'].copy()
        return duplicate

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass is copied with copy.copy over an empty data dict, then refilled through its
        # own __setitem__.
        import copy
        saved = self.data
        self.data = {}
        try:
            duplicate = copy.copy(self)
        finally:
            self.data = saved
        duplicate.update(self)
        return duplicate

    # What CPython's UserDict inherits from Mapping and MutableMapping; it is no subclass of
    # them here, so that importing collections does not build collections.abc.

    __hash__ = None
    __reversed__ = None

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        from collections.abc import KeysView
        return KeysView(self)

    def items(self):
        from collections.abc import ItemsView
        return ItemsView(self)

    def values(self):
        from collections.abc import ValuesView
        return ValuesView(self)

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default

    def pop(self, key, default=_NO_DEFAULT):
        try:
            found = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return found

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        found = self[key]
        del self[key]
        return key, found

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            keys = other if isinstance(other, dict) or _is_mapping(other) else other.keys()
            for key in keys:
                self[key] = other[key]
        else:
            for key, item in other:
                self[key] = item
        for key, item in kwds.items():
            self[key] = item

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList:
    """A list wrapper meant to be subclassed."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) == type(self.data):
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    # Compared as the wrapped list, against another wrapper's list or the operand itself.
    def __eq__(self, other):
        return self.data == _list_of(other)

    def __lt__(self, other):
        return self.data < _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __ge__(self, other):
        return self.data >= _list_of(other)

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    __iter__, __reversed__ = _sequence_iteration()

    # +, += and the reflected + take a wrapper's list, a list as it is, and any other iterable
    # through list().
    def __add__(self, other):
        return self.__class__(self.data + _list_operand(other))

    def __radd__(self, other):
        return self.__class__(_list_operand(other) + self.data)

    def __iadd__(self, other):
        self.data += _list_operand(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        duplicate = self.__class__.__new__(self.__class__)
        duplicate.__dict__.update(self.__dict__)
        duplicate.__dict__['data'] = self.__dict__['data'][:]
        return duplicate

    def copy(self):
        return self.__class__(self)

    def append(self, item):
        self.data.append(item)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)

    def insert(self, i, item):
        self.data.insert(i, item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def clear(self):
        self.data.clear()

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)


class UserString:
    """A str wrapper meant to be subclassed."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __hash__(self):
        return hash(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _string_of(string)

    def __lt__(self, string):
        return self.data < _string_of(string)

    def __le__(self, string):
        return self.data <= _string_of(string)

    def __gt__(self, string):
        return self.data > _string_of(string)

    def __ge__(self, string):
        return self.data >= _string_of(string)

    def __len__(self):
        return len(self.data)

    def __contains__(self, char):
        return _string_of(char) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    __iter__, __reversed__ = _sequence_iteration()

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return self.__class__(self.data + other)

    def __radd__(self, other):
        # A UserString on the left would have handled + itself, so other is no wrapper here.
        if not isinstance(other, str):
            other = str(other)
        return self.__class__(other + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        # The wrapper itself (not its data) is the argument, so %r shows its repr and %s its str.
        return self.__class__(str(template) % self)

    # The str methods that take more than the simple argument shapes generated below.

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_string_of(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_string_of(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_string_of(sub), start, end)

    # index, rindex, startswith and endswith pass their argument on as it is.
    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_string_of(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_string_of(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_string_of(old), _string_of(new), maxsplit))

    def encode(self, encoding='utf-8', errors='strict'):
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        return self.data.encode(encoding, errors)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    maketrans = str.maketrans


# The rest of UserString's str methods come in four argument shapes, one factory each. The
# made method keeps the parameter names of CPython's hand-written one (so keyword calls and
# argument errors read the same) and calls the str method through a small function of the
# table: a direct method call, which honours a str subclass's override as CPython does.

def _string_method_without_arguments(name, call, rewrap):
    def method(self):
        result = call(self.data)
        return self.__class__(result) if rewrap else result
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    return method


def _string_method_padding(name, call):
    def method(self, width, *args):
        return self.__class__(call(self.data, width, *args))
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    return method


def _string_method_stripping(name, call):
    def method(self, chars=None):
        return self.__class__(call(self.data, chars))
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    return method


_STRING_CASE_CHANGES = {
    'capitalize': lambda text: text.capitalize(),
    'casefold': lambda text: text.casefold(),
    'lower': lambda text: text.lower(),
    'swapcase': lambda text: text.swapcase(),
    'title': lambda text: text.title(),
    'upper': lambda text: text.upper(),
}
_STRING_PREDICATES = {
    'isalnum': lambda text: text.isalnum(),
    'isalpha': lambda text: text.isalpha(),
    'isascii': lambda text: text.isascii(),
    'isdecimal': lambda text: text.isdecimal(),
    'isdigit': lambda text: text.isdigit(),
    'isidentifier': lambda text: text.isidentifier(),
    'islower': lambda text: text.islower(),
    'isnumeric': lambda text: text.isnumeric(),
    'isprintable': lambda text: text.isprintable(),
    'isspace': lambda text: text.isspace(),
    'istitle': lambda text: text.istitle(),
    'isupper': lambda text: text.isupper(),
}
_STRING_PADDINGS = {
    'center': lambda text, width, *fill: text.center(width, *fill),
    'ljust': lambda text, width, *fill: text.ljust(width, *fill),
    'rjust': lambda text, width, *fill: text.rjust(width, *fill),
}
_STRING_STRIPPINGS = {
    'lstrip': lambda text, chars: text.lstrip(chars),
    'rstrip': lambda text, chars: text.rstrip(chars),
    'strip': lambda text, chars: text.strip(chars),
}


def _add_string_methods():
    made = {}
    for name, call in _STRING_CASE_CHANGES.items():
        made[name] = _string_method_without_arguments(name, call, True)
    for name, call in _STRING_PREDICATES.items():
        made[name] = _string_method_without_arguments(name, call, False)
    for name, call in _STRING_PADDINGS.items():
        made[name] = _string_method_padding(name, call)
    for name, call in _STRING_STRIPPINGS.items():
        made[name] = _string_method_stripping(name, call)
    for name, method in made.items():
        setattr(UserString, name, method)


_add_string_methods()


def __getattr__(name):
    # CPython's startup imports collections.abc, so `import collections` alone reaches it; here it
    # is made on first use, since its classes cost more to build than the rest of this module.
    if name == 'abc':
        from collections import abc
        return abc
    raise AttributeError(f"module 'collections' has no attribute '{name}'")
