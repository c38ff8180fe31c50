"""Names for the types of built-in objects, and SimpleNamespace, as in CPython's types module."""

import sys as _sys

# What subscripting a generic class gives (PEP 585), as for list[int].
_GenericAlias = type(list[int])


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(getattr(_f, '__code__', None))
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
ModuleType = type(_sys)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_unstarted = _c()
CoroutineType = type(_unstarted)
_unstarted.close()
del _unstarted


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _C

# The kinds of builtin method, and the descriptors of builtin types' data.
WrapperDescriptorType = type(int.__add__)
MethodWrapperType = type((1).__add__)
MethodDescriptorType = type(list.append)
ClassMethodDescriptorType = type(vars(dict)['fromkeys'])
GetSetDescriptorType = type(int.real)
MemberDescriptorType = type(range.start)

FrameType = type(_sys._getframe())


def _traceback_of_a_raise():
    try:
        raise LookupError
    except LookupError as caught:
        return caught.__traceback__


TracebackType = type(_traceback_of_a_raise())


class SimpleNamespace:
    """A simple attribute-based namespace."""

    __memphis_type_name__ = 'types.SimpleNamespace'  # what messages call it, as CPython's C type

    def __init__(self, /, *args, **kwargs):
        # 3.11 takes keywords only (a positional mapping came in 3.13).
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        # Rebuilt empty, then given its attributes back as the instance dict (as CPython's).
        return type(self), (), self.__dict__


class mappingproxy:
    """A read-only view of a mapping (CPython's builtin type mappingproxy)."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, mapping):
        if isinstance(mapping, (list, tuple)) or not hasattr(mapping, '__getitem__') \
                or not hasattr(mapping, 'keys'):
            raise TypeError(f'mappingproxy() argument must be a mapping, not '
                            f'{type(mapping).__name__}')
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


mappingproxy.__module__ = 'builtins'
MappingProxyType = mappingproxy
GenericAlias = type(list[int])
UnionType = type(int | str)


def _cell_factory():
    held = None

    def reader():
        return held
    return reader.__closure__[0]


CellType = type(_cell_factory())


def resolve_bases(bases):
    """The bases a class statement would really use: each non-class base that has
    __mro_entries__ is replaced by what that returns (the same object when nothing changes)."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(entries)
        changed = True
    return tuple(resolved) if changed else bases


def _most_derived_metaclass(meta, bases):
    """The metaclass a class with these bases gets: the one that derives from all others."""
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The first steps of a class statement: (metaclass, namespace, remaining keywords)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # An explicit metaclass still yields to a more derived one among the bases.
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """An attribute that is a property on instances but absent on the class, so reading it from
    the class falls through to the metaclass's __getattr__ (how an enum can have both a member
    attribute `name` and members called `name`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # A doc of the getter's own is taken over (and replaced again by getter()).
        self.overwrite_doc = doc is None
        self.__doc__ = fget.__doc__ if doc is None and fget is not None else doc
        abstract = getattr(fget, '__isabstractmethod__', False)
        self.__isabstractmethod__ = bool(abstract)

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError('unreadable attribute')
            return self.fget(instance)
        # Read from the class it is missing, unless abstract (so ABCMeta still finds it).
        if not self.__isabstractmethod__:
            raise AttributeError()
        return self

    def _accessor(self, which, verb):
        found = getattr(self, which)
        if found is None:
            raise AttributeError(f"can't {verb} attribute")
        return found

    def __set__(self, instance, value):
        self._accessor('fset', 'set')(instance, value)

    def __delete__(self, instance):
        self._accessor('fdel', 'delete')(instance)

    def _with(self, fget, fset, fdel, doc):
        made = type(self)(fget, fset, fdel, doc)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        # A new getter brings its doc along unless the doc was given explicitly.
        own_doc = fget.__doc__ if self.overwrite_doc else None
        return self._with(fget, self.fset, self.fdel, own_doc or self.__doc__)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel, self.__doc__)


# The code flags of a native coroutine and of a generator made awaitable.
_CO_COROUTINE_KINDS = 0x80 | 0x100  # a native coroutine, or a generator made awaitable


class _GeneratorWrapper:
    """A generator that `await` accepts: what a function decorated with types.coroutine
    returns when it makes a plain generator (or any other Generator that is no Coroutine).
    It drives the generator it wraps and shows its state under both gi_ and cr_ names."""

    def __init__(self, gen):
        self.__gen = gen
        self.__is_native = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__gen.send(value)

    def throw(self, typ, val=None, tb=None):
        return self.__gen.throw(typ, val, tb)

    def close(self):
        return self.__gen.close()

    def __next__(self):
        return next(self.__gen)

    def __iter__(self):
        # A native generator is driven directly; anything else through this wrapper.
        return self.__gen if self.__is_native else self

    __await__ = __iter__

    @property
    def gi_code(self):
        return self.__gen.gi_code

    @property
    def gi_frame(self):
        return self.__gen.gi_frame

    @property
    def gi_running(self):
        return self.__gen.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__gen.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom


def _awaitable_result(made):
    """What the function types.coroutine wrapped returns for `made`, the object it got."""
    if type(made) is CoroutineType:
        return made
    import collections.abc
    if (isinstance(made, collections.abc.Generator)
            and not isinstance(made, collections.abc.Coroutine)):
        return _GeneratorWrapper(made)
    return made


def coroutine(func):
    """Make a generator function usable as a coroutine function: the generators it makes can
    be awaited (a generator-based coroutine, pre-async def style)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = getattr(getattr(func, '__code__', None), 'co_flags', 0)
        if flags & _CO_COROUTINE_KINDS:
            return func  # a coroutine function already
    import functools

    @functools.wraps(func)
    def awaitable_maker(*args, **kwargs):
        return _awaitable_result(func(*args, **kwargs))
    return awaitable_maker
