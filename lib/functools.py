"""Higher-order functions and operations on callables: CPython's functools written in Python
(reduce, partial, lru_cache, cmp_to_key, total_ordering, singledispatch, cached_property)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
           'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
           'singledispatch', 'singledispatchmethod', 'cached_property']

from _builtinfunc import builtin as _as_builtin

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

# What subscripting a generic class gives (PEP 585), as for list[int].
_GenericAlias = type(list[int])


def _try_setattr(target, name, value):
    """setattr() that quietly gives up on read-only or refusing targets."""
    try:
        setattr(target, name, value)
    except (AttributeError, TypeError):
        pass


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in `assigned`, merge the
    mappings named in `updated`, and record wrapped as wrapper.__wrapped__.  Returns wrapper."""
    missing = object()
    for name in assigned:
        value = getattr(wrapped, name, missing)
        if value is not missing:
            _try_setattr(wrapper, name, value)
    for name in updated:
        incoming = getattr(wrapped, name, missing)
        current = getattr(wrapper, name, missing)
        if incoming is missing or current is missing:
            continue
        if name == '__dict__':
            # a function's __dict__ is handed out as a copy here, so merging into it would be
            # lost: the entries go on as attributes instead
            for key, value in incoming.items():
                _try_setattr(wrapper, key, value)
        else:
            try:
                current.update(incoming)
            except (AttributeError, TypeError):
                pass
    # set last, so that a __wrapped__ found in wrapped's __dict__ does not win
    _try_setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) above a wrapper definition."""
    return lambda wrapper: update_wrapper(wrapper, wrapped, assigned, updated)


# ---------------------------------------------------------------------------------------------
# total_ordering
#
# From one root comparison the other three follow by negation and an equality test.  The
# results keep the root's own value where Python's `or`/`and` would (a root returning a
# non-bool leaks through), and a NotImplemented from the root is passed on untouched.

def _mirror_strict(result, a, b):
    return not result and a != b


def _mirror_loose(result, a, b):
    return not result or a == b


def _loosen(result, a, b):
    return result or a == b


def _tighten(result, a, b):
    return result and a != b


def _complement(result, a, b):
    return not result


# root -> the methods it supplies, each with the rule that builds it from the root's result
_DERIVATIONS = {
    '__lt__': (('__gt__', _mirror_strict), ('__le__', _loosen), ('__ge__', _complement)),
    '__le__': (('__ge__', _mirror_loose), ('__lt__', _tighten), ('__gt__', _complement)),
    '__gt__': (('__lt__', _mirror_strict), ('__ge__', _loosen), ('__le__', _complement)),
    '__ge__': (('__le__', _mirror_loose), ('__gt__', _tighten), ('__lt__', _complement)),
}


def _derived_comparison(root, name, rule):
    def comparison(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return rule(result, self, other)
    comparison.__name__ = name
    comparison.__qualname__ = f'_{name[2:-2]}_from_{root[2:-2]}'
    return comparison


# built once, so classes sharing a root share the derived functions as in CPython
_DERIVED = {root: [(name, _derived_comparison(root, name, rule)) for name, rule in rules]
            for root, rules in _DERIVATIONS.items()}


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__, __ge__, supply the others."""
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # the preference order is the one above: < first, then <=, >, >=
    for name, method in _DERIVED[defined[0]]:
        if name not in defined:
            setattr(cls, name, method)
    return cls


# ---------------------------------------------------------------------------------------------
# cmp_to_key

_NO_OBJ = object()


def _key_compare(left, right):
    """cmp(left.obj, right.obj) by the left key's cmp function, for KeyWrapper's comparisons."""
    if type(right) is not _KeyWrapper:
        raise TypeError('other argument must be K instance')
    mine = left._held
    theirs = right._held
    # the callable returned by cmp_to_key is a KeyWrapper that wraps nothing yet
    if mine is _NO_OBJ or theirs is _NO_OBJ:
        raise AttributeError('object')
    return left._cmp(mine, theirs)


class _KeyWrapper:
    """A sort key built from a cmp function. cmp_to_key(cmp) is itself a KeyWrapper holding no
    object; calling any KeyWrapper wraps its argument with the same cmp function, which is why
    keys made by separate cmp_to_key calls still compare with each other."""
    __slots__ = ('_cmp', '_held')
    __memphis_type_name__ = 'functools.KeyWrapper'  # what messages call it, as CPython's C type
    # list.sort and sorted compare items with _cmp directly when the key is an empty wrapper
    # (runtime/list.ts): each comparison is the one this class's __lt__ would make
    __memphis_cmp_key__ = True
    _EMPTY = _NO_OBJ
    # a cmp result orders values but says nothing about hashing
    __hash__ = None

    def __init__(self, token=None, cmp=None, held=None):
        # only this module makes them, passing its private token first
        if token is not _NO_OBJ:
            raise TypeError("cannot create 'functools.KeyWrapper' instances")
        self._cmp = cmp
        self._held = held

    def __call__(self, obj=_NO_OBJ, /, *more, **kwargs):
        if not more and not kwargs and obj is not _NO_OBJ:
            return _KeyWrapper(_NO_OBJ, self._cmp, obj)
        given = (obj is not _NO_OBJ) + len(more) + len(kwargs)
        if given > 1:
            kind = 'argument' if obj is not _NO_OBJ else 'keyword argument'
            raise TypeError(f'K() takes at most 1 {kind} ({given} given)')
        if 'obj' in kwargs:
            return _KeyWrapper(_NO_OBJ, self._cmp, kwargs['obj'])
        # nothing, or one keyword of another name
        raise TypeError("K() missing required argument 'obj' (pos 1)")

    @property
    def obj(self):
        held = self._held
        return None if held is _NO_OBJ else held

    @obj.setter
    def obj(self, value):
        self._held = value

    @obj.deleter
    def obj(self):
        self._held = _NO_OBJ

    # each compares the cmp result with zero by its own operator
    def __lt__(self, other):
        # sorting uses only <, so the common case skips the helper's extra call
        if type(other) is _KeyWrapper:
            mine = self._held
            theirs = other._held
            if mine is not _NO_OBJ and theirs is not _NO_OBJ:
                return self._cmp(mine, theirs) < 0
        return _key_compare(self, other) < 0

    def __le__(self, other):
        return _key_compare(self, other) <= 0

    def __eq__(self, other):
        return _key_compare(self, other) == 0

    def __ne__(self, other):
        return _key_compare(self, other) != 0

    def __gt__(self, other):
        return _key_compare(self, other) > 0

    def __ge__(self, other):
        return _key_compare(self, other) >= 0


# private here; its type name is the one CPython's C type shows
_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def _new_key(cmp, held):
    return _KeyWrapper(_NO_OBJ, cmp, held)


def cmp_to_key(mycmp=_NO_OBJ):
    """Turn an old-style cmp(a, b) function (negative, zero or positive) into a key function."""
    if mycmp is _NO_OBJ:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    return _new_key(mycmp, _NO_OBJ)


# ---------------------------------------------------------------------------------------------
# reduce

_NO_INITIAL = object()


def reduce(function, sequence, initial=_NO_INITIAL):
    """reduce(function, iterable[, initial]) -> value

    Fold the iterable from the left with a two-argument function: ((a op b) op c) ...
    The initial value, when given, comes first and is the result for an empty iterable."""
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    total = initial
    if total is _NO_INITIAL:
        total = next(items, _NO_INITIAL)
        if total is _NO_INITIAL:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        total = function(total, item)
    return total


# Both are C functions in CPython (module _functools): builtins here too. Only cmp_to_key
# accepts its argument by keyword.
reduce = _as_builtin(reduce, '_functools', False, False)
cmp_to_key = _as_builtin(cmp_to_key, '_functools', True, False)


# ---------------------------------------------------------------------------------------------
# partial

def _call_signature_repr(func_text, args, keywords):
    pieces = [func_text]
    pieces.extend(repr(arg) for arg in args)
    pieces.extend(f'{key}={value!r}' for key, value in keywords.items())
    return ', '.join(pieces)


class _ReadOnlyField:
    """A partial's func, args or keywords: readable, never assigned or deleted after creation."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self._slot)

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        raise AttributeError('readonly attribute')


def _valid_partial_state(state):
    """The (func, args, keywords, namespace) a partial's __setstate__ accepts, normalised, or a
    TypeError with CPython's message."""
    if not isinstance(state, tuple) or len(state) != 4:
        raise TypeError('invalid partial state')
    func, args, keywords, namespace = state
    if (not callable(func) or not isinstance(args, tuple)
            or (keywords is not None and not isinstance(keywords, dict))
            or (namespace is not None and not isinstance(namespace, dict))):
        raise TypeError('invalid partial state')
    # a tuple or dict subclass is stored as the plain type
    args = tuple(args) if type(args) is not tuple else args
    if keywords is None:
        keywords = {}
    elif type(keywords) is not dict:
        keywords = dict(keywords)
    return func, args, keywords, namespace


class partial:
    """partial(func, *args, **keywords): a callable that calls func with args and keywords
    first, followed by the arguments of the call (call keywords override stored ones)."""

    __class_getitem__ = classmethod(_GenericAlias)

    __memphis_type_name__ = 'functools.partial'  # what messages call it, as CPython's C type

    __slots__ = ('_func', '_args', '_keywords', '__dict__')

    func = _ReadOnlyField('_func', 'function object to use in future partial calls')
    args = _ReadOnlyField('_args', 'tuple of arguments to future partial calls')
    keywords = _ReadOnlyField('_keywords', 'dictionary of keyword arguments to future partial calls')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        stored = args[1:]
        # a partial of a partial collapses into one level
        if isinstance(func, partial):
            stored = func._args + stored
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = stored
        self._keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self._func(*self._args, *args, **{**self._keywords, **keywords})

    def __repr__(self):
        kind = type(self)
        prefix = 'functools.' if kind.__module__ == 'functools' else ''
        inner = _call_signature_repr(repr(self._func), self._args, self._keywords)
        return f'{prefix}{kind.__qualname__}({inner})'

    # pickling and copying: rebuilt from func alone, then given everything else as state
    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords, self.__dict__ or None))

    def __setstate__(self, state):
        func, args, keywords, namespace = _valid_partial_state(state)
        self._func = func
        self._args = args
        self._keywords = keywords
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)


class partialmethod:
    """Descriptor version of partial: the stored arguments go after self (or cls)."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        # CPython prints both separators even when a part is empty
        positional = ', '.join(repr(arg) for arg in self.args)
        named = ', '.join(f'{key}={value!r}' for key, value in self.keywords.items())
        kind = type(self)
        return f'{kind.__module__}.{kind.__qualname__}({self.func}, {positional}, {named})'

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # func bound itself (a method, a classmethod...): put the arguments after it
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _NO_INITIAL)
                if owner is not _NO_INITIAL:
                    result.__self__ = owner
                return result
        spec = self

        def method(first, /, *more, **extra):
            return spec.func(first, *spec.args, *more, **{**spec.keywords, **extra})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        if obj is None:
            return method
        return method.__get__(obj, cls)


# ---------------------------------------------------------------------------------------------
# lru_cache

class _CacheInfo(tuple):
    """The (hits, misses, maxsize, currsize) named tuple of cache_info()."""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    def __init__(self, *args):
        pass

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'CacheInfo({fields})'


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'

# separates positional from keyword arguments inside a key
_KEYWORD_SEPARATOR = (object(),)


def _cache_key(args, kwds, typed):
    """A hashable key for one call.  A lone int or str argument is its own key (as in CPython,
    so f(1) and f(1.0) do not share an entry); typed adds every argument's class."""
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key = key + _KEYWORD_SEPARATOR + tuple(part for pair in kwds.items() for part in pair)
    if typed:
        key = key + tuple(type(value) for value in args)
        if kwds:
            key = key + tuple(type(value) for value in kwds.values())
    return key


class _BindsAsMethod:
    def method(self):
        pass


_BoundMethod = type(_BindsAsMethod().method)


_LRU_BOOKKEEPING = frozenset(('_function', '_maxsize', '_typed', '_entries', '_hits', '_misses'))


class _lru_cache_wrapper:
    """What lru_cache returns: a callable object in front of the user function.  The entries
    live in an insertion-ordered dict used as the recency list (its first key is the least
    recently used one).  cache_info() and cache_clear() are methods, so functools.wraps over a
    cached function does not carry them along; cache_parameters is an attribute, as in CPython."""

    __slots__ = ('_function', '_maxsize', '_typed', '_entries', '_hits', '_misses', '__dict__')

    def __init__(self, user_function, maxsize, typed):
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._entries = {}
        self._hits = self._misses = 0
        self.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}

    def __dir__(self):
        # The bookkeeping slots are this implementation's own: CPython's C wrapper shows none.
        return [name for name in object.__dir__(self) if name not in _LRU_BOOKKEEPING]

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            # nothing is ever stored (nor is a key computed: unhashable arguments are fine)
            self._misses += 1
            return self._function(*args, **kwds)
        key = _cache_key(args, kwds, self._typed)
        entries = self._entries
        if maxsize is None:
            found = entries.get(key, _NO_INITIAL)
            if found is not _NO_INITIAL:
                self._hits += 1
                return found
            self._misses += 1
            result = self._function(*args, **kwds)
            entries[key] = result
            return result
        found = entries.pop(key, _NO_INITIAL)
        if found is not _NO_INITIAL:
            self._hits += 1
            entries[key] = found  # re-inserted: now the most recent
            return found
        self._misses += 1
        result = self._function(*args, **kwds)
        # a recursive call may have stored this key meanwhile: CPython keeps that entry
        if key not in entries:
            if len(entries) >= maxsize:
                del entries[next(iter(entries))]
            entries[key] = result
        return result

    def __get__(self, instance, owner=None):
        # Read from an instance, a cached method binds like a plain function.
        return self if instance is None else _BoundMethod(self, instance)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._entries))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._entries.clear()
        self._hits = self._misses = 0

    # A cached function is pickled and copied as the module-level name it stands for.
    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Decorator caching up to maxsize results of a function (None: no bound), dropping the
    least recently used one first.  typed=True keeps f(3) and f(3.0) apart.  Usable bare."""
    if callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses
        return update_wrapper(_lru_cache_wrapper(maxsize, 128, typed), maxsize)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed),
                                                user_function)


def cache(user_function, /):
    """Unbounded cache of a function's results: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------------------------
# singledispatch
#
# Dispatch walks the argument's class MRO, extended with the registered ABCs the class only
# virtually derives from (registered with, or implementing their methods), placed where C3
# linearisation puts them.

def _c3_merge(sequences):
    """One order that keeps the order of every sequence (C3): take the first head that is in
    no other sequence's tail, drop it everywhere, repeat."""
    pending = [list(seq) for seq in sequences if seq]
    merged = []
    while pending:
        head = None
        for seq in pending:
            if not any(seq[0] in other[1:] for other in pending):
                head = seq[0]
                break
        if head is None:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for seq in pending:
            if seq[0] == head:
                del seq[0]
        pending = [seq for seq in pending if seq]
    return merged


def _c3_mro(cls, abcs=None):
    """cls's MRO with the ABCs of `abcs` that cls implements without inheriting them placed
    after the bases up to its last abstract base."""
    bases = cls.__bases__
    boundary = 0
    for index in range(len(bases) - 1, -1, -1):
        if hasattr(bases[index], '__abstractmethods__'):
            boundary = index + 1
            break
    remaining = list(abcs) if abcs else []
    explicit = list(bases[:boundary])
    others = list(bases[boundary:])
    implied = [abc for abc in remaining
               if issubclass(cls, abc) and not any(issubclass(base, abc) for base in bases)]
    for abc in implied:
        remaining.remove(abc)
    linearized = [_c3_mro(base, abcs=remaining) for base in explicit + implied + others]
    return _c3_merge([[cls]] + linearized + [explicit, implied, others])


def _compose_mro(cls, types):
    """cls's MRO extended with the classes of `types` that cls is only a virtual subclass of."""
    from types import GenericAlias
    own = set(cls.__mro__)
    candidates = [typ for typ in types
                  if typ not in own and hasattr(typ, '__mro__')
                  and not isinstance(typ, GenericAlias) and issubclass(cls, typ)]
    # A candidate that another candidate inherits arrives with that one.
    candidates = [typ for typ in candidates
                  if not any(typ != other and typ in other.__mro__ for other in candidates)]
    chosen = set(candidates)
    ordered = []
    for typ in candidates:
        chains = [[klass for klass in sub.__mro__ if klass in chosen]
                  for sub in typ.__subclasses__() if sub not in own and issubclass(cls, sub)]
        if not chains:
            ordered.append(typ)
            continue
        # The longest chains of registered subclasses first, each class once.
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for klass in chain:
                if klass not in ordered:
                    ordered.append(klass)
    return _c3_mro(cls, abcs=ordered)


def _find_impl(cls, registry):
    """The implementation registered for the first class of cls's composed MRO; RuntimeError
    when that class and the next one are both registered, unrelated, and not real bases."""
    mro = _compose_mro(cls, registry.keys())
    for position, typ in enumerate(mro):
        if typ in registry:
            break
    else:
        return registry.get(None)
    following = mro[position + 1] if position + 1 < len(mro) else None
    if (following is not None and following in registry and following not in cls.__mro__
            and typ not in cls.__mro__ and not issubclass(typ, following)):
        raise RuntimeError(f"Ambiguous dispatch: {typ} or {following}")
    return registry[typ]


def _union_members(hint):
    """The classes of a `X | Y` or `Union[X, Y]` hint, or None for any other hint."""
    from typing import get_origin, get_args, Union
    from types import UnionType
    if get_origin(hint) in (Union, UnionType):
        return get_args(hint)
    return None


def _dispatchable(hint):
    """Whether `hint` can key the registry: a class, or a union made only of classes."""
    if isinstance(hint, type):
        return True
    members = _union_members(hint)
    return members is not None and all(isinstance(member, type) for member in members)


def _hint_of_first_parameter(func):
    """(name, class) from the first annotation of `func`, checked for `register()`."""
    from typing import get_type_hints
    name, hint = next(iter(get_type_hints(func).items()))
    if not _dispatchable(hint):
        if _union_members(hint) is not None:
            raise TypeError(f"Invalid annotation for {name!r}. "
                            f"{hint!r} not all arguments are classes.")
        raise TypeError(f"Invalid annotation for {name!r}. {hint!r} is not a class.")
    return name, hint


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    from types import MappingProxyType
    from abc import get_cache_token
    implementations = {object: func}
    # Resolved class -> implementation; CPython's holds its keys weakly.
    resolved = {}
    # Once an ABC is registered, any later ABC.register() call may change an answer: the
    # ABC cache token tells when the resolved answers must be dropped.
    abc_token = None

    def dispatch(cls):
        nonlocal abc_token
        if abc_token is not None and abc_token != get_cache_token():
            resolved.clear()
            abc_token = get_cache_token()
        impl = resolved.get(cls)
        if impl is None:
            impl = implementations.get(cls)
            if impl is None:
                impl = _find_impl(cls, implementations)
            resolved[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal abc_token
        if not _dispatchable(cls):
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.')
            func = cls
            cls = _hint_of_first_parameter(func)[1]
        elif func is None:
            return lambda decorated: register(cls, decorated)
        members = _union_members(cls)
        for key in (members if members is not None else (cls,)):
            implementations[key] = func
        if abc_token is None and hasattr(cls, '__abstractmethods__'):
            abc_token = get_cache_token()
        resolved.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    name = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(implementations)
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        # The chosen implementation is bound the way it would be as a plain attribute, so a
        # registered classmethod or staticmethod keeps its own binding.
        def bound(*args, **kwargs):
            chosen = dispatcher.dispatch(args[0].__class__)
            return chosen.__get__(obj, cls)(*args, **kwargs)
        bound.__isabstractmethod__ = self.__isabstractmethod__
        bound.register = self.register
        update_wrapper(bound, self.func)
        return bound


# ---------------------------------------------------------------------------------------------
# cached_property

_NOT_FOUND = object()


class cached_property:
    """Like property, but the getter runs once per instance: its value is stored in the
    instance's __dict__ under the same name, where later lookups find it first."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.attrname = None

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is None:
            self.attrname = name
            return
        if known != name:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({known!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            self.attrname = self.func.__name__
        name = self.attrname
        storage = getattr(instance, '__dict__', _NOT_FOUND)
        if storage is _NOT_FOUND:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.")
        value = storage.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            storage[name] = value
            # the __dict__ seen here may be a view: store through the instance as well
            try:
                object.__setattr__(instance, name, value)
            except (AttributeError, TypeError):
                pass
        return value
