"""Python's operators as plain functions (operator module).

Most functions here are a single operator wrapped in a call. They are generated from tables
below, one row per operator, so that the name, the docstring ("Same as a + b.") and the dunder
alias (``__add__``) of each come from one place. The few with real logic (``abs``, ``index``,
``concat``, the sequence helpers, ``length_hint``) and the three callable classes are written
out in full.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

from _builtinfunc import builtin as _as_builtin

_namespace = globals()

# Names with no double-underscore twin in CPython's module.
_NO_DUNDER = frozenset(['is_', 'is_not', 'truth', 'countOf', 'indexOf', 'length_hint'])


def _dunder_name(name):
    # and_ -> __and__, not_ -> __not__: the trailing underscore only dodges a keyword.
    return '__' + name.rstrip('_') + '__'


def _publish(name, func, doc):
    """Bind func as module attribute `name` (and its dunder twin): a builtin function, named and
    documented as the C implementation's of that name is. Only `call` takes keywords (for its
    callee); the others refuse them in argument clinic's words."""
    func.__name__ = name
    func.__qualname__ = name
    func.__doc__ = doc
    if name == 'call':
        # call takes its callee positionally, which *args alone does not document.
        published = _as_builtin(func, '_operator', True, '($module, obj, /, *args, **kwargs)')
    else:
        published = _as_builtin(func, '_operator', '_operator.' + name)
    _namespace[name] = published
    if name not in _NO_DUNDER:
        _namespace[_dunder_name(name)] = published
    return published


# ---------------------------------------------------------------------------------------------
# Plain operators: (name, spelling in the docstring, implementation).

_BINARY = (
    ('lt', 'a < b', lambda a, b: a < b),
    ('le', 'a <= b', lambda a, b: a <= b),
    ('eq', 'a == b', lambda a, b: a == b),
    ('ne', 'a != b', lambda a, b: a != b),
    ('ge', 'a >= b', lambda a, b: a >= b),
    ('gt', 'a > b', lambda a, b: a > b),
    ('is_', 'a is b', lambda a, b: a is b),
    ('is_not', 'a is not b', lambda a, b: a is not b),
    ('add', 'a + b', lambda a, b: a + b),
    ('sub', 'a - b', lambda a, b: a - b),
    ('mul', 'a * b', lambda a, b: a * b),
    ('matmul', 'a @ b', lambda a, b: a @ b),
    ('truediv', 'a / b', lambda a, b: a / b),
    ('floordiv', 'a // b', lambda a, b: a // b),
    ('mod', 'a % b', lambda a, b: a % b),
    ('pow', 'a ** b', lambda a, b: a ** b),
    ('lshift', 'a << b', lambda a, b: a << b),
    ('rshift', 'a >> b', lambda a, b: a >> b),
    ('and_', 'a & b', lambda a, b: a & b),
    ('or_', 'a | b', lambda a, b: a | b),
    ('xor', 'a ^ b', lambda a, b: a ^ b),
    ('contains', 'b in a (note reversed operands)', lambda a, b: b in a),
    ('getitem', 'a[b]', lambda a, b: a[b]),
)

_UNARY = (
    ('not_', 'not a', lambda a: not a),
    ('neg', '-a', lambda a: -a),
    ('pos', '+a', lambda a: +a),
    ('inv', '~a', lambda a: ~a),
    ('invert', '~a', lambda a: ~a),
)

for _name, _spelling, _func in _BINARY + _UNARY:
    _publish(_name, _func, f'Same as {_spelling}.')


# In-place operators need a statement each, so they are small defs; the table adds the names.

def _iadd(a, b):
    a += b
    return a


def _isub(a, b):
    a -= b
    return a


def _imul(a, b):
    a *= b
    return a


def _imatmul(a, b):
    a @= b
    return a


def _itruediv(a, b):
    a /= b
    return a


def _ifloordiv(a, b):
    a //= b
    return a


def _imod(a, b):
    a %= b
    return a


def _ipow(a, b):
    a **= b
    return a


def _ilshift(a, b):
    a <<= b
    return a


def _irshift(a, b):
    a >>= b
    return a


def _iand(a, b):
    a &= b
    return a


def _ior(a, b):
    a |= b
    return a


def _ixor(a, b):
    a ^= b
    return a


_IN_PLACE = (
    ('iadd', '+=', _iadd), ('isub', '-=', _isub), ('imul', '*=', _imul),
    ('imatmul', '@=', _imatmul), ('itruediv', '/=', _itruediv),
    ('ifloordiv', '//=', _ifloordiv), ('imod', '%=', _imod), ('ipow', '**=', _ipow),
    ('ilshift', '<<=', _ilshift), ('irshift', '>>=', _irshift), ('iand', '&=', _iand),
    ('ior', '|=', _ior), ('ixor', '^=', _ixor),
)

for _name, _symbol, _func in _IN_PLACE:
    _publish(_name, _func, f'Same as a {_symbol} b.')


# ---------------------------------------------------------------------------------------------
# Operators with checks or loops of their own.

def _truth(a):
    return bool(a)


def _abs(a):
    # Looked up on the type, like the abs() builtin; the message is the builtin's too.
    absolute = getattr(type(a), '__abs__', None)
    if absolute is None:
        raise TypeError(f"bad operand type for abs(): '{type(a).__name__}'")
    return absolute(a)


def _index(a):
    # An int (or int subclass) is taken as it is, without its own __index__; what a class's
    # __index__ answers must be an int, and comes back as an exact int.
    if isinstance(a, int):
        return int.__index__(a)
    converter = getattr(type(a), '__index__', None)
    if converter is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    result = converter(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return int.__index__(result)


def _require_sequence(a):
    # + on two sequences: the left operand must at least support indexing.
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def _concat(a, b):
    _require_sequence(a)
    return a + b


def _iconcat(a, b):
    _require_sequence(a)
    a += b
    return a


def _setitem(a, b, c):
    a[b] = c


def _delitem(a, b):
    del a[b]


def _iterate(container):
    """iter(container), with the C helpers' wording when the type cannot be iterated at all."""
    try:
        return iter(container)
    except TypeError:
        kind = type(container)
        if hasattr(kind, '__iter__') or hasattr(kind, '__getitem__'):
            raise
    raise TypeError(f"argument of type '{type(container).__name__}' is not iterable")


def _countOf(a, b):
    # Identity counts before equality, as in `in` and list.count.
    return sum(1 for item in _iterate(a) if item is b or item == b)


def _indexOf(a, b):
    position = 0
    for item in _iterate(a):
        if item is b or item == b:
            return position
        position += 1
    raise ValueError('sequence.index(x): x not in sequence')


def _length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    if hasattr(type(obj), '__len__'):
        # An exact length wins over any estimate, unless __len__ refuses with a TypeError.
        try:
            return len(obj)
        except TypeError:
            pass  # fall back to the hint
    hint_method = getattr(type(obj), '__length_hint__', None)
    if hint_method is None:
        return default
    try:
        hint = hint_method(obj)
    except TypeError:
        # A hint that cannot be computed counts as no hint at all.
        return default
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(hint).__name__}')
    if hint < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return hint


def _call(*args, **kwargs):
    # The callee is the first positional argument; keywords never name it (C's argument parsing).
    if not args:
        raise TypeError('call expected at least 1 argument, got 0')
    return args[0](*args[1:], **kwargs)


_HINT_DOC = """Return an estimate of the number of items in obj.

This is useful for presizing containers when building from an iterable.

If the object supports len(), the result will be exact.
Otherwise, it may over- or under-estimate by an arbitrary amount.
The result will be an integer >= 0."""

_WRITTEN_OUT = (
    ('truth', _truth, 'Return True if a is true, False otherwise.'),
    ('abs', _abs, 'Same as abs(a).'),
    ('index', _index, 'Same as a.__index__()'),
    ('concat', _concat, 'Same as a + b, for a and b sequences.'),
    ('iconcat', _iconcat, 'Same as a += b, for a and b sequences.'),
    ('setitem', _setitem, 'Same as a[b] = c.'),
    ('delitem', _delitem, 'Same as del a[b].'),
    ('countOf', _countOf, 'Return the number of items in a which are, or which equal, b.'),
    ('indexOf', _indexOf, 'Return the first index of b in a.'),
    ('length_hint', _length_hint, _HINT_DOC),
    ('call', _call, 'Same as obj(*args, **kwargs).'),
)

for _name, _func, _doc in _WRITTEN_OUT:
    _publish(_name, _func, _doc)

del _name, _spelling, _symbol, _func, _doc


# ---------------------------------------------------------------------------------------------
# Callable objects. Their calls take exactly one positional argument and no keywords; the
# checks below give the C implementation's messages for anything else.

def _one_operand(kind, args, kwargs):
    if kwargs:
        raise TypeError(f'{kind}() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'{kind} expected 1 argument, got {len(args)}')
    return args[0]


def _getter_repr(instance, shown):
    cls = type(instance)
    return f"{cls.__module__}.{cls.__qualname__}({', '.join(shown)})"


def _dotted_lookup(path):
    """A function that follows the attribute chain `path` ('a.b.c') from its argument."""
    if not isinstance(path, str):
        raise TypeError('attribute name must be a string')
    steps = tuple(''.join(part) for part in path.split('.'))
    if len(steps) == 1:
        only = steps[0]
        return lambda obj: getattr(obj, only)

    def follow(obj):
        for step in steps:
            obj = getattr(obj, step)
        return obj
    return follow


class attrgetter:
    """attrgetter(attr, ...) --> attrgetter object

Return a callable object that fetches the given attribute(s) from its operand.
After f = attrgetter('name'), the call f(r) returns r.name.
After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
After h = attrgetter('name.first', 'name.last'), the call h(r) returns
(r.name.first, r.name.last)."""

    __slots__ = ('_paths', '_fetch')

    def __init__(self, *paths, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not paths:
            raise TypeError('attrgetter expected 1 argument, got 0')
        lookups = tuple(_dotted_lookup(path) for path in paths)
        self._paths = paths
        if len(lookups) == 1:
            self._fetch = lookups[0]
        else:
            self._fetch = lambda obj: tuple([lookup(obj) for lookup in lookups])

    def __call__(self, *args, **kwargs):
        return self._fetch(_one_operand('attrgetter', args, kwargs))

    def __repr__(self):
        return _getter_repr(self, [repr(path) for path in self._paths])

    def __reduce__(self):
        return type(self), self._paths


class itemgetter:
    """itemgetter(item, ...) --> itemgetter object

Return a callable object that fetches the given item(s) from its operand.
After f = itemgetter(2), the call f(r) returns r[2].
After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""

    __slots__ = ('_keys', '_fetch')

    def __init__(self, *keys, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not keys:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = keys
        if len(keys) == 1:
            key = keys[0]
            self._fetch = lambda obj: obj[key]
        else:
            self._fetch = lambda obj: tuple([obj[key] for key in keys])

    def __call__(self, *args, **kwargs):
        return self._fetch(_one_operand('itemgetter', args, kwargs))

    def __repr__(self):
        return _getter_repr(self, [repr(key) for key in self._keys])

    def __reduce__(self):
        return type(self), self._keys


class methodcaller:
    """methodcaller(name, ...) --> methodcaller object

Return a callable object that calls the given method on its operand.
After f = methodcaller('name'), the call f(r) returns r.name().
After g = methodcaller('name', 'date', foo=1), the call g(r) returns
r.name('date', foo=1)."""

    __slots__ = ('_method', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, method = args[0], args[1]
        if not isinstance(method, str):
            raise TypeError('method name must be a string')
        self._method = method
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        target = _one_operand('methodcaller', args, kwargs)
        return getattr(target, self._method)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._method)]
        shown += [repr(arg) for arg in self._args]
        shown += [f'{key}={value!r}' for key, value in self._kwargs.items()]
        return _getter_repr(self, shown)

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._method,) + self._args
        # Keyword arguments cannot travel in a plain constructor call: bind them first.
        from functools import partial
        return partial(type(self), self._method, **self._kwargs), self._args
