"""Container datatypes: namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap and the
User* wrappers, with the behaviour, reprs and messages of CPython's collections module.

Written in plain Python. dict subclasses rely on the runtime calling ``__missing__`` from
``dict.__getitem__``; deque keeps its items in one list with a moving head index, so appending
and popping at either end are amortised O(1).
"""

import sys as _sys
from _builtinfunc import present_signature as _present_signature
from operator import add as _add, eq as _eq, ge as _ge, itemgetter as _itemgetter, le as _le, \
    sub as _sub

# What subscripting a generic class gives (PEP 585), as for list[int].
_GenericAlias = type(list[int])

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


# ---------------------------------------------------------------------------------------------
# namedtuple

def _nt_make(cls, iterable):
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(result)}')
    return result


def _renamed_fields(names):
    """rename=True: each name that could not be a field (not an identifier, a keyword, starting
    with an underscore, or seen before) becomes _<its position>."""
    earlier = set()
    result = []
    for position, name in enumerate(names):
        unusable = (not name.isidentifier() or _iskeyword(name) or name[:1] == '_'
                    or name in earlier)
        result.append(f'_{position}' if unusable else name)
        earlier.add(name)
    return result


def _check_identifier(name):
    if type(name) is not str:
        raise TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    if _iskeyword(name):
        raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')


def _check_fields(names, rename):
    # Every name is checked as an identifier before any is checked for these two.
    earlier = set()
    for name in names:
        if not rename and name[:1] == '_':
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in earlier:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        earlier.add(name)


def _defaults_by_field(names, defaults):
    """The defaults belong to the last len(defaults) fields."""
    if defaults is None:
        return {}
    defaults = tuple(defaults)
    if len(defaults) > len(names):
        raise TypeError('Got more default values than field names')
    return dict(zip(names[len(names) - len(defaults):], defaults))


def _positional_arity(most, optional):
    """How a too-many-arguments message states what a signature accepts (cls included)."""
    least = most - optional
    if least != most:
        return f'from {least} to {most} positional arguments'
    return f'{most} positional argument' + ('' if most == 1 else 's')


def _caller_module(depth):
    """__name__ of the module `depth` frames up, for a made class's __module__."""
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        # 'x y', 'x, y' and 'x,y' all name the same two fields.
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        field_names = _renamed_fields(field_names)
    _check_identifier(typename)
    for name in field_names:
        _check_identifier(name)
    _check_fields(field_names, rename)
    field_defaults = _defaults_by_field(field_names, defaults)

    fields = tuple(field_names)
    nfields = len(fields)

    def __new__(_cls, *args, **kwargs):
        if len(args) > nfields:
            # Keyword problems are reported before the surplus of positional arguments.
            for name in kwargs:
                if name in fields:
                    raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
                raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
            arity = _positional_arity(nfields + 1, len(__new__.__defaults__ or ()))
            raise TypeError(f'{typename}.__new__() takes {arity} but {len(args) + 1} were given')
        values = list(args)
        if len(args) < nfields:
            # The defaults are read back from __defaults__, which callers may replace.
            current = __new__.__defaults__ or ()
            first_default = nfields - len(current)
            for i in range(len(args), nfields):
                name = fields[i]
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif i >= first_default:
                    values.append(current[i - first_default])
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

    # Introspection sees `(_cls, <fields>)` with the defaults as parameter defaults, as CPython's
    # generated __new__ has them; the body above binds the arguments itself.
    _present_signature(__new__, ('_cls',) + fields,
                       None if defaults is None else tuple(field_defaults.values()), None, None, {})
    __new__.__qualname__ = f'{typename}.__new__'
    # Written with the docstring's field list (a lone field keeps its trailing comma).
    __new__.__doc__ = f"Create new instance of {typename}({', '.join(fields)}{',' if nfields == 1 else ''})"

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

    # The signature in the docstring: a lone field gets a trailing comma, as a 1-tuple would.
    signature = ', '.join(fields) + (',' if nfields == 1 else '')
    namespace = dict(__doc__=f'{typename}({signature})', __slots__=(), _fields=fields,
                     _field_defaults=field_defaults, __new__=__new__,
                     _make=classmethod(_make), _replace=_replace, __repr__=__repr__,
                     _asdict=_asdict, __getnewargs__=__getnewargs__, __match_args__=fields)
    for index, name in enumerate(fields):
        namespace[name] = property(_field_getter(index), _field_setter, _field_deleter,
                                   f'Alias for field number {index}')

    made = type(typename, (tuple,), namespace)
    # Pickling finds the class through __module__: by default, the module that called us.
    if module is None:
        module = _caller_module(1)
    if module is not None:
        made.__module__ = module
    return made


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

# The comparison operators deque's rich comparisons apply to a differing pair of items, or to the
# sizes once one side runs out.
_DEQUE_ORDER = {
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
    '<': lambda a, b: a < b, '<=': lambda a, b: a <= b,
    '>': lambda a, b: a > b, '>=': lambda a, b: a >= b,
}

class _deque_iterator:
    """Walks a deque from the left. Any change to the deque's size makes the next step raise,
    even one after the last item, as CPython's C iterator does; __length_hint__ counts the items
    still to come."""
    __slots__ = ('_deque', '_at', '_left', '_state')

    def __init__(self, dq):
        self._deque, self._state = dq, dq._state
        self._at, self._left = dq._h, len(dq._d) - dq._h

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._deque
        if dq._state != self._state:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        if self._left <= 0:
            raise StopIteration
        item = dq._d[self._at]
        self._at += 1
        self._left -= 1
        return item

    def __length_hint__(self):
        return self._left


class _deque_reverse_iterator:
    """Walks a deque from the right, with the checks of _deque_iterator but the count first."""
    __slots__ = ('_deque', '_at', '_left', '_state')

    def __init__(self, dq):
        self._deque, self._state = dq, dq._state
        self._at, self._left = len(dq._d) - 1, len(dq._d) - dq._h

    def __iter__(self):
        return self

    def __next__(self):
        # Unlike the forward walk, an exhausted one stays exhausted whatever happens to the deque.
        if self._left <= 0:
            raise StopIteration
        dq = self._deque
        if dq._state != self._state:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        item = dq._d[self._at]
        self._at -= 1
        self._left -= 1
        return item

    def __length_hint__(self):
        return self._left


# Both are C types of module _collections in CPython.
_deque_iterator.__module__ = _deque_reverse_iterator.__module__ = '_collections'


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    __class_getitem__ = classmethod(_GenericAlias)

    __memphis_type_name__ = 'collections.deque'  # what messages call it, as CPython's C type

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

    # A getter-only attribute of the C type: stores and deletes are refused in its words.
    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    @maxlen.deleter
    def maxlen(self):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

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

    def __reduce__(self):
        # As CPython's deque: the class, its maxlen when bounded, any instance dict, the items.
        extra = getattr(self, '__dict__', None) or None
        made_with = () if self._maxlen is None else ((), self._maxlen)
        return type(self), made_with, extra, iter(self)

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
        # Items trade places but the size stays: running iterators go on, seeing the new order.
        self._d[self._h:] = self._d[:self._h - 1 if self._h else None:-1]

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = len(self)
        if size <= 1:
            return
        self._state += 1
        n = n % size
        if n == 0:
            return
        # Move whichever end is shorter, so that a step or two costs a step or two however long
        # the deque is (a circle of marbles turned a few places at a time).
        d = self._d
        if n <= size - n:
            moved = d[len(d) - n:]
            del d[len(d) - n:]
            if self._h < n:
                # Free slots before the head, a third of the list or more, so that turning back and
                # forth neither refills them each time nor lets _compact drop them at once.
                room = n + len(d) // 2 + 8
                d[0:0] = [None] * room
                self._h += room
            self._h -= n
            d[self._h:self._h + n] = moved
        else:
            k = size - n
            h = self._h
            d.extend(d[h:h + k])
            d[h:h + k] = [None] * k
            self._h = h + k
            self._compact()

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
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __contains__(self, value):
        # The stored items, whatever a subclass's __iter__ gives.
        for x in _deque_iterator(self):
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

    # Comparisons walk both sides through iter(), so a subclass's __iter__ gives the items
    # compared; the stored sizes decide first for == and !=, then the first pair that differs.
    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        size, other_size = len(self._d) - self._h, len(other._d) - other._h
        if size != other_size and op in ('==', '!='):
            return op == '!='
        mine, theirs = iter(self), iter(other)
        for x in mine:
            for y in theirs:
                break
            else:
                return _DEQUE_ORDER[op](size, other_size)
            if not (x is y or x == y):
                return _DEQUE_ORDER[op](x, y)
        return _DEQUE_ORDER[op](size, other_size)

    def __eq__(self, other):
        return self._compare(other, '==')

    def __ne__(self, other):
        return self._compare(other, '!=')

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

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
        if n == 1:
            return self
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
    __memphis_type_name__ = 'collections.defaultdict'  # what messages call it, as CPython's C type
    # A member of the instance, as in the C type: out of vars(), and set past a subclass's __setattr__.
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        object.__setattr__(self, 'default_factory', default_factory)
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

    # | makes a defaultdict with this one's factory, whichever side it is on.
    def __or__(self, other):
        if isinstance(other, dict):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self.default_factory, other)
            merged.update(self)
            return merged
        return NotImplemented


# ---------------------------------------------------------------------------------------------
# OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""
    __memphis_type_name__ = 'collections.OrderedDict'  # what messages call it, as CPython's C type

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
        if not dict.__len__(self):
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
        # The stored entries decide, not a subclass's __bool__ or __len__.
        if not dict.__len__(self):
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
            # Both orders as stored: a subclass's __iter__ has no say.
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    def __reduce__(self):
        """Return state information for pickling"""
        extra = dict(getattr(self, '__dict__', None) or {})
        return type(self), (), extra or None, None, iter(self.items())

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    # | keeps the left operand's order and appends the right's new keys; both must be dicts.
    def __or__(self, other):
        if isinstance(other, dict):
            combined = self.__class__(self)
            combined.update(other)
            return combined
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            combined = self.__class__(other)
            combined.update(self)
            return combined
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        """A set-like view of the keys, in order."""
        return _OrderedKeys(self)

    def values(self):
        """A view of the values, in key order."""
        return _OrderedValues(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return _OrderedItems(self)


# ---------------------------------------------------------------------------------------------
# The OrderedDict views
#
# CPython gives OrderedDict view types of its own (odict_keys, odict_values, odict_items) that
# behave as dict's views but show their own names. Each view here keeps the plain dict view of
# the same mapping and passes every operation to it, so only the name and the repr are new.
# Operators go through the dict view's own dunders so that NotImplemented still reaches the
# other operand's reflected method.

_views_registered = False


def _register_views():
    """Make the views instances of the collections.abc view classes, as dict's views are."""
    global _views_registered
    if not _views_registered:
        _views_registered = True
        from collections.abc import ItemsView, KeysView, ValuesView
        KeysView.register(_OrderedKeys)
        ValuesView.register(_OrderedValues)
        ItemsView.register(_OrderedItems)


def _plain_view(x):
    return x._inner if isinstance(x, _OrderedView) else x


class _OrderedView:
    __slots__ = ('_od', '_inner')
    _title = ''

    def __init__(self, od):
        self._od = od
        self._inner = self._take_inner(od)
        if not _views_registered:
            _register_views()

    def __len__(self):
        return len(self._inner)

    def __iter__(self):
        return iter(self._inner)

    def __reversed__(self):
        return reversed(self._inner)

    def __contains__(self, item):
        return item in self._inner

    def __repr__(self):
        if _repr_running(self):
            return '...'
        _repr_enter(self)
        try:
            return f'{self._title}({list(self._inner)!r})'
        finally:
            _repr_leave(self)

    @property
    def mapping(self):
        from types import MappingProxyType
        return MappingProxyType(self._od)


class _OrderedSetView(_OrderedView):
    """The set behaviour shared by the keys and items views."""
    __slots__ = ()
    __hash__ = None

    def __eq__(self, other):
        return self._inner.__eq__(_plain_view(other))

    def __ne__(self, other):
        return self._inner.__ne__(_plain_view(other))

    def __lt__(self, other):
        return self._inner.__lt__(_plain_view(other))

    def __le__(self, other):
        return self._inner.__le__(_plain_view(other))

    def __gt__(self, other):
        return self._inner.__gt__(_plain_view(other))

    def __ge__(self, other):
        return self._inner.__ge__(_plain_view(other))

    def __and__(self, other):
        return self._inner.__and__(_plain_view(other))

    def __rand__(self, other):
        return self._inner.__rand__(_plain_view(other))

    def __or__(self, other):
        return self._inner.__or__(_plain_view(other))

    def __ror__(self, other):
        return self._inner.__ror__(_plain_view(other))

    def __sub__(self, other):
        return self._inner.__sub__(_plain_view(other))

    def __rsub__(self, other):
        return self._inner.__rsub__(_plain_view(other))

    def __xor__(self, other):
        return self._inner.__xor__(_plain_view(other))

    def __rxor__(self, other):
        return self._inner.__rxor__(_plain_view(other))

    def isdisjoint(self, other):
        return self._inner.isdisjoint(_plain_view(other))


class _OrderedKeys(_OrderedSetView):
    __slots__ = ()
    _title = 'odict_keys'
    _take_inner = staticmethod(dict.keys)


class _OrderedValues(_OrderedView):
    __slots__ = ()
    _title = 'odict_values'
    _take_inner = staticmethod(dict.values)


class _OrderedItems(_OrderedSetView):
    __slots__ = ()
    _title = 'odict_items'
    _take_inner = staticmethod(dict.items)


for _view in (_OrderedKeys, _OrderedValues, _OrderedItems):
    _view.__name__ = _view.__qualname__ = _view._title
    _view.__module__ = 'builtins'
del _view


# ---------------------------------------------------------------------------------------------
# Counter
#
# A dict from element to count. Missing elements count as zero (through __missing__). The
# arithmetic operators make new plain Counters and keep only positive results; the in-place
# ones update the left operand and then drop whatever is not positive.

def _smaller(a, b):
    return a if a < b else b


def _larger(a, b):
    return b if a < b else a


def _positive_part(left, right, combine):
    """A Counter of combine(count in left, count in right) for left's elements, where > 0."""
    result = Counter()
    for element, count in left.items():
        combined = combine(count, right[element])
        if combined > 0:
            result[element] = combined
    return result


def _add_right_only(result, left, right, negate):
    """Elements only in `right`: positive counts as they are, or (negate) negative ones flipped."""
    for element, count in right.items():
        if element in left:
            continue
        if negate:
            if count < 0:
                result[element] = 0 - count
        elif count > 0:
            result[element] = count
    return result


def _counts_agree(left, right, relation):
    # Elements of either counter, left's first; each missing count is zero.
    for counter in (left, right):
        for element in counter:
            if not relation(left[element], right[element]):
                return False
    return True


def _is_counted_mapping(source):
    # Anything registered as a Mapping is added count by count; other iterables are tallied.
    return isinstance(source, dict) or (hasattr(source, 'items') and _is_mapping(source))


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Absent elements have a count of zero."""
        return 0

    def total(self):
        """The sum of all the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, highest count first (ties in insertion order); the first n
        of them unless n is None."""
        ranked = sorted(self.items(), key=_count_of, reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count (none for counts below one)."""
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Counting every key the same number of times is not a useful Counter.
        message = 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'
        raise NotImplementedError(message)

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per item of an iterable."""
        if iterable is not None:
            if not _is_counted_mapping(iterable):
                for element in iterable:
                    self[element] = self.get(element, 0) + 1
            elif self:
                for element, count in iterable.items():
                    self[element] = count + self.get(element, 0)
            else:
                dict.update(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts, like update() but the other way; counts may go to zero or below."""
        if iterable is not None:
            if _is_counted_mapping(iterable):
                for element, count in iterable.items():
                    self[element] = self.get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def __reduce__(self):
        # Rebuilt from a plain dict of the counts.
        return self.__class__, (dict(self),)

    def copy(self):
        """A shallow copy, of the same class."""
        cls = self.__class__
        return cls(self)

    def __delitem__(self, elem):
        """Deleting an absent element is not an error."""
        if elem in self:
            dict.__delitem__(self, elem)

    # Comparisons treat missing elements as zero counts; only Counters compare.

    def __eq__(self, other):
        if isinstance(other, Counter):
            return _counts_agree(self, other, _eq)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Counter):
            return _counts_agree(self, other, _le)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Counter):
            return _counts_agree(self, other, _ge)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            shown = dict(self)
        return f'{name}({shown!r})'

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _add_right_only(_positive_part(self, other, _add), self, other, False)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _add_right_only(_positive_part(self, other, _sub), self, other, True)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _add_right_only(_positive_part(self, other, _larger), self, other, False)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive_part(self, other, _smaller)

    def __pos__(self):
        """The positive counts only."""
        return _add_right_only(Counter(), {}, self, False)

    def __neg__(self):
        """The negative counts, made positive."""
        return _add_right_only(Counter(), {}, self, True)

    def _keep_positive(self):
        for element in [key for key, count in self.items() if not count > 0]:
            del self[element]
        return self

    # In place: any mapping of counts will do on the right.

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for element, theirs in other.items():
            if theirs > self[element]:
                self[element] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for element, mine in self.items():
            theirs = other[element]
            if theirs < mine:
                self[element] = theirs
        return self._keep_positive()


def _count_of(item):
    return item[1]


# ---------------------------------------------------------------------------------------------
# ChainMap
#
# Lookups search the maps in order; writes, deletions and pops go to the first map only. It is
# a MutableMapping (registered as one by collections.abc), with that class's views, update,
# setdefault and equality written out here.

class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together to create a single,
    updateable view."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        # With no maps given there is still one (empty) map to write to.
        self.maps = list(maps) if maps else [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def __missing__(self, key):
        # A hook for subclasses, as in dict.
        raise KeyError(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the last map first, as a merged dict would have them.
        ordered = {}
        for mapping in self.maps[::-1]:
            for key in mapping:
                ordered[key] = None
        return iter(ordered)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        from collections.abc import KeysView
        return KeysView(self)

    def items(self):
        from collections.abc import ItemsView
        return ItemsView(self)

    def values(self):
        from collections.abc import ValuesView
        return ValuesView(self)

    __hash__ = None
    __reversed__ = None

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __repr__(self):
        if _repr_running(self):
            return '...'
        _repr_enter(self)
        try:
            inside = ', '.join([repr(mapping) for mapping in self.maps])
        finally:
            _repr_leave(self)
        return f'{type(self).__name__}({inside})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict with the given keys (and value, default None)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap of a copy of the first map and the same later maps."""
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with a new first map (m, or a new dict) in front of these maps."""
        front = kwargs if m is None else m
        if m is not None and kwargs:
            front.update(kwargs)
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every map but the first."""
        return self.__class__(*self.maps[1:])

    def __delitem__(self, key):
        first = self.maps[0]
        try:
            del first[key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return a (key, value) pair of the first map."""
        first = self.maps[0]
        try:
            return first.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from the first map and return its value (or the default)."""
        first = self.maps[0]
        try:
            return first.pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty the first map."""
        self.maps[0].clear()

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            pairs = [(key, other[key]) for key in other]
        elif hasattr(other, 'keys'):
            pairs = [(key, other[key]) for key in other.keys()]
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for mapping in self.maps[::-1]:
            merged.update(mapping)
        return self.__class__(merged)

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

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        # Through update(), which a subclass may override; keywords go last so that they win.
        sources = (dict, kwargs) if kwargs else (dict,)
        for source in sources:
            if source is not None:
                self.update(source)

    def __repr__(self):
        return repr(self.data)

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

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

    def __delitem__(self, key):
        del self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

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
        if type(self) is UserDict:
            # The plain class needs no more than a new wrapper round a copied dict.
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

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, initlist=None):
        # Always a list of our own: a copy of whatever initlist holds.
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
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

    def __delitem__(self, i):
        del self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

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

    def __imul__(self, n):
        self.data *= n
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __copy__(self):
        duplicate = self.__class__.__new__(self.__class__)
        duplicate.__dict__.update(self.__dict__)
        duplicate.__dict__['data'] = self.__dict__['data'][:]
        return duplicate

    def copy(self):
        return self.__class__(self)

    # The list methods, applied to the wrapped list.

    def append(self, item):
        self.data.append(item)

    def extend(self, other):
        self.data.extend(_list_of(other))

    def insert(self, i, item):
        self.data.insert(i, item)

    def clear(self):
        self.data.clear()

    def remove(self, item):
        self.data.remove(item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)


class UserString:
    """A str wrapper meant to be subclassed."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, seq):
        # A str is kept as it is, a wrapper's str is shared, anything else goes through str().
        if isinstance(seq, str):
            text = seq
        elif isinstance(seq, UserString):
            text = seq.data[:]
        else:
            text = str(seq)
        self.data = text

    def __getnewargs__(self):
        return (self.data[:],)

    # Conversions and hashing act on the wrapped str.

    def __hash__(self):
        return hash(self.data)

    def __complex__(self):
        return complex(self.data)

    def __float__(self):
        return float(self.data)

    def __int__(self):
        return int(self.data)

    def __repr__(self):
        return repr(self.data)

    def __str__(self):
        return str(self.data)

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

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        # The wrapper itself (not its data) is the argument, so %r shows its repr and %s its str.
        return self.__class__(str(template) % self)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

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

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def join(self, seq):
        return self.data.join(seq)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

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
    # name and obj let an uncaught error suggest the name meant ("Did you mean: 'Counter'?")
    import sys
    raise AttributeError(f"module 'collections' has no attribute '{name}'", name=name, obj=sys.modules[__name__])
