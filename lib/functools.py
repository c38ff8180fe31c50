"""Higher-order functions and operations on callables, after CPython's functools (pure-Python
versions of reduce, partial, lru_cache and cmp_to_key)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
           'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
           'singledispatch', 'singledispatchmethod', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__dict__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)
_ASSIGN = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function"""
    for attr in assigned:
        if attr == '__dict__':
            continue
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            source = getattr(wrapped, attr)
            target = getattr(wrapper, attr)
        except AttributeError:
            continue
        if attr == '__dict__':
            # A function's __dict__ here is a snapshot, so its attributes are set one by one.
            for name, value in source.items():
                try:
                    setattr(wrapper, name, value)
                except (AttributeError, TypeError):
                    pass
            continue
        try:
            target.update(source)
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function"""
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


# ---------------------------------------------------------------------------------------------
# total_ordering

def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = []
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.append(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if op in roots:
            root = op
            break
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ---------------------------------------------------------------------------------------------
# cmp_to_key

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    # CPython's C implementation is the type functools.KeyWrapper.
    K.__name__ = K.__qualname__ = 'KeyWrapper'
    return K


# ---------------------------------------------------------------------------------------------
# reduce

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------------------------------------
# partial

class partial:
    """New function with partial application of the given arguments and keywords."""

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *args = args
        args = tuple(args)
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f'{k}={v!r}' for (k, v) in self.keywords.items())
        if type(self).__module__ == 'functools':
            return f"functools.{qualname}({', '.join(args)})"
        return f"{qualname}({', '.join(args)})"

    def __get__(self, obj, objtype=None):
        return self


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        func = self.func
        args = self.args
        keywords = self.keywords

        def method(*more, **kw):
            return func(obj, *args, *more, **{**keywords, **kw})
        return method


# ---------------------------------------------------------------------------------------------
# lru_cache

class _CacheInfo(tuple):
    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    def __init__(self, *args):
        pass

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_CacheInfo.__name__ = 'CacheInfo'
_CacheInfo.__qualname__ = 'CacheInfo'


class _HashedSeq(list):
    __slots__ = 'hashvalue'

    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    """The wrapper lru_cache returns: the cache lives in an insertion-ordered dict whose first
    key is the least recently used."""
    cache = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key in cache:
                del cache[key]
            elif len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
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
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).'
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            name = self.attrname = self.func.__name__
        storage = getattr(instance, '__dict__', _NOT_FOUND)
        if storage is _NOT_FOUND:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.")
        value = storage.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = storage[name] = self.func(instance)
            try:
                object.__setattr__(instance, name, value)
            except (AttributeError, TypeError):
                pass
        return value
