"""Names for type hints. Annotations have no effect at run time, so these are light objects that
can be subscripted, printed and used as bases (Generic, Protocol, NamedTuple, TypedDict) with
CPython's reprs for the common forms."""

import collections as _collections

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
           'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
           'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
           'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
           'AsyncGenerator', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
           'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'Counter', 'Deque',
           'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
           'TypedDict', 'Generator', 'AnyStr', 'cast', 'final', 'get_args', 'get_origin', 'is_typeddict',
           'get_overloads', 'clear_overloads', 'ParamSpecArgs', 'ParamSpecKwargs',
           'get_type_hints', 'NewType', 'no_type_check', 'no_type_check_decorator', 'overload', 'runtime_checkable', 'Text',
           'TYPE_CHECKING', 'NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias',
           'ParamSpec', 'Concatenate', 'Annotated', 'assert_never', 'reveal_type', 'IO',
           'TextIO', 'BinaryIO', 'Pattern', 'Match', 'ChainMap', 'TypeGuard', 'Required',
           'NotRequired', 'Unpack', 'TypeVarTuple', 'assert_type', 'dataclass_transform',
           'ForwardRef']

TYPE_CHECKING = False


def _type_convert(arg):
    """A subscript's argument as CPython's typing stores it: None stands for type(None), and a
    str is a forward reference to be evaluated later (get_type_hints)."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _checked_type_arg(arg, msg, module=None):
    """arg converted as a type argument (a str becomes a ForwardRef naming module), refusing the
    special forms that cannot stand alone as a type."""
    if isinstance(arg, str):
        arg = ForwardRef(arg, module=module)
    else:
        arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg._origin in (Generic, Protocol, ClassVar, Final):
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _union_after(self, other):
    """self | other"""
    return Union[self, other]


def _union_before(self, other):
    """other | self"""
    return Union[other, self]


class ForwardRef:
    """A type written as a string, to be looked up when the names it uses exist."""

    __slots__ = ('__forward_arg__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        if arg[0] != '*':
            _AnnotationReader(arg, None, None).check()
        self.__forward_arg__, self.__forward_module__ = arg, module
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        # Nothing looked up yet; _evaluate fills these in.
        self.__forward_value__, self.__forward_evaluated__ = None, False

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if self.__forward_module__ is not None:
                import sys
                globalns = getattr(sys.modules.get(self.__forward_module__), '__dict__', globalns)
            value = _forward(self.__forward_arg__, globalns, localns)
            self.__forward_value__ = _resolve_forward_refs(
                _type_convert(value), globalns, localns, recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            # Once both sides are resolved their values decide; before, the module does.
            both_resolved = self.__forward_evaluated__ and other.__forward_evaluated__
            second = '__forward_value__' if both_resolved else '__forward_module__'
            return (self.__forward_arg__ == other.__forward_arg__
                    and getattr(self, second) == getattr(other, second))
        return NotImplemented

    __or__, __ror__ = _union_after, _union_before

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


def _resolve_forward_refs(hint, globalns, localns, guard=frozenset()):
    """`hint` with every ForwardRef in it, at any depth of subscripts, replaced by its value."""
    if isinstance(hint, ForwardRef):
        return hint._evaluate(globalns, localns, guard)

    def resolve_member(member):
        # A builtin alias such as list['Node'] keeps its strings as they were written.
        if isinstance(member, str):
            member = ForwardRef(member)
        return _resolve_forward_refs(member, globalns, localns, guard)
    return _map_members(hint, resolve_member)


def _map_members(hint, change):
    """hint rebuilt with change() applied to each type it is subscripted with (hint itself when
    nothing changes). Literal values and Annotated metadata are not types and stay as they are."""
    if isinstance(hint, _GenericAlias):
        return hint._map_members(change)
    if isinstance(hint, (_BuiltinGenericAlias, _UnionType)):
        old = hint.__args__
        new = tuple(change(member) for member in old)
        if all(a is b for a, b in zip(new, old)):
            return hint
        if isinstance(hint, _UnionType):
            combined = new[0]
            for member in new[1:]:
                combined = combined | member
            return combined
        return _BuiltinGenericAlias(hint.__origin__, new)
    return hint


def _is_type_variable(obj):
    """A TypeVar, ParamSpec or TypeVarTuple, or an unpacked TypeVarTuple (*Ts)."""
    return isinstance(obj, TypeVar) or (isinstance(obj, _GenericAlias) and obj._origin is Unpack)


def _type_vars_in(members):
    """The type variables a sequence of subscript members mentions, first mention first."""
    found = []

    def note(var):
        if var not in found:
            found.append(var)
    for member in members:
        if isinstance(member, TypeVar):
            note(member)
        elif isinstance(member, (list, tuple)):
            for var in _type_vars_in(member):
                note(var)
        elif isinstance(member, (_BuiltinGenericAlias, _UnionType)):
            for var in _type_vars_in(member.__args__):
                note(var)
        elif not isinstance(member, type):
            # A bare class's __parameters__ are its own, not a use of them.
            for var in getattr(member, '__parameters__', ()):
                note(var)
    return tuple(found)


def _substitute(member, bindings):
    """member with the type variables of `bindings` replaced by what they are bound to."""
    if isinstance(member, TypeVar):
        return bindings.get(member, member)
    if isinstance(member, list):
        return [_substitute(m, bindings) for m in member]
    return _map_members(member, lambda m: _substitute(m, bindings))


def _check_arity(owner, expected, given):
    """Raise CPython's TypeError when a generic gets more or fewer arguments than it has
    type variables (a ParamSpec or TypeVarTuple makes any count acceptable)."""
    if any(isinstance(v, (ParamSpec, TypeVarTuple)) or not isinstance(v, TypeVar) for v in expected):
        return
    if len(given) != len(expected):
        amount = 'many' if len(given) > len(expected) else 'few'
        raise TypeError(f'Too {amount} arguments for {owner!r}; actual {len(given)}, '
                        f'expected {len(expected)}')


def _bind(owner, variables, params):
    """The {type variable: argument} map for subscripting `owner` with params."""
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if len(variables) == 1 and isinstance(variables[0], ParamSpec) and not (
            len(params) == 1 and (isinstance(params[0], (list, ParamSpec)) or params[0] is ...)):
        # P alone may be given the parameter types without the brackets: G[int, str].
        params = (list(params),)
    _check_arity(owner, variables, params)
    return dict(zip(variables, params)), params


def _type_repr(obj):
    """A member as typing's reprs show it: classes by qualified name (bare for builtins)."""
    if isinstance(obj, type):
        qualified = obj.__qualname__
        return qualified if obj.__module__ == 'builtins' else f'{obj.__module__}.{qualified}'
    if obj is ...:
        return '...'
    if obj is type(None):
        return 'NoneType'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


class _GenericAlias:
    """What subscripting a generic gives: `List[int]`, `Dict[str, Any]`."""

    def __init__(self, origin, args, name=None):
        self._origin = origin
        self.__args__ = args
        self._name = name

    @property
    def __origin__(self):
        origin = self._origin
        return origin.__origin__ if isinstance(origin, _AbcAlias) else origin

    @property
    def __name__(self):
        return self._name if self._name is not None else self.__origin__.__name__

    @property
    def __parameters__(self):
        return _type_vars_in(self.__args__)

    def __repr__(self):
        name = self._name if self._name is not None else _type_repr(self.__origin__)
        if self._name is not None and not name.startswith('typing.'):
            name = 'typing.' + name
        if not self.__args__:
            return f'{name}[()]'
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def _copy_with(self, args):
        return _GenericAlias(self._origin, args, self._name)

    def _map_members(self, change):
        new = tuple(change(a) for a in self.__args__)
        if all(a is b for a, b in zip(new, self.__args__)):
            return self
        return self._copy_with(new)

    def __getitem__(self, params):
        variables = self.__parameters__
        if not variables:
            raise TypeError(f'{self!r} is not a generic class')
        bindings, _ = _bind(self, variables, params)
        return self._map_members(lambda m: _substitute(m, bindings))

    def __call__(self, *args, **kwargs):
        made = self.__origin__(*args, **kwargs)
        # Lets an instance tell which parametrization built it.
        _try_mark(made, '__orig_class__', self)
        return made

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    __or__, __ror__ = _union_after, _union_before

    def __mro_entries__(self, bases):
        if self._origin is Generic:
            # Protocol or a later subscripted base brings Generic itself; giving nothing here
            # leaves a second Generic[...] for __init_subclass__ to report.
            if Protocol in bases or any(isinstance(b, _GenericAlias) and b is not self
                                        for b in bases[bases.index(self) + 1:]):
                return ()
            return (Generic,)
        if self._name is None or isinstance(self._origin, _SpecialForm):
            return (self.__origin__,)
        # Subclassing List[T] and the like makes a generic class: Generic joins the bases unless
        # a later base brings it.
        later = bases[bases.index(self) + 1:]
        if any(isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic))
               for b in later):
            return (self.__origin__,)
        return (self.__origin__, Generic)


class _SpecialGeneric:
    """`List`, `Dict`, ...: an alias of a builtin class that can be subscripted."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = self.__name__ = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, tuple(_type_convert(p) for p in params), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __or__(self, other):
        return Union[self, other]


class _SpecialForm:
    """`Union`, `Optional`, `ClassVar`, ...: markers, some subscriptable."""

    def __init__(self, name, getitem=None):
        self._name = self.__name__ = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    __or__, __ror__ = _union_after, _union_before


_UnionType = type(int | None)
_BuiltinGenericAlias = type(list[int])


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __eq__(self, other):
        # Members in any order, and equal to the `X | Y` of the same members.
        if not isinstance(other, (_UnionAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    @property
    def __name__(self):
        args = self.__args__
        return 'Optional' if len(args) == 2 and type(None) in args else 'Union'

    def _copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return any(isinstance(obj, member) for member in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)


def _union_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = _type_convert(p)
        if isinstance(p, (_UnionAlias, _UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional_getitem(self, param):
    return Union[param, None]


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    values = []
    for param in params:
        # A nested Literal contributes its values.
        values.extend(param.__args__ if isinstance(param, _LiteralAlias) else (param,))
    # 1 and True are different literals although they compare equal, so repeats are found by
    # value and type together.
    kept, seen = [], []
    for value in values:
        if (value, type(value)) not in seen:
            seen.append((value, type(value)))
            kept.append(value)
    return _LiteralAlias(Literal, tuple(kept), 'Literal')


def _typed_values(literal):
    return frozenset((value, type(value)) for value in literal.__args__)


class _LiteralAlias(_GenericAlias):
    __parameters__ = ()

    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"

    def _map_members(self, change):
        return self

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return _typed_values(self) == _typed_values(other)

    def __hash__(self):
        return hash(_typed_values(self))


def _generic_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(self, tuple(_type_convert(p) for p in params), self._name)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(_type_convert(params[0]), params[1:])


class _UnpackAlias(_GenericAlias):
    """Unpack[Ts], which is what *Ts gives: shown with the star."""

    def __repr__(self):
        return '*' + _type_repr(self.__args__[0])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            # Annotated[Annotated[T, a], b] is Annotated[T, a, b].
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        _GenericAlias.__init__(self, origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def _map_members(self, change):
        origin = change(self.__origin__)
        return self if origin is self.__origin__ else _AnnotatedAlias(origin, self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __repr__(self):
        return (f'typing.Annotated[{_type_repr(self.__origin__)}, '
                f"{', '.join(repr(a) for a in self.__metadata__)}]")




class _AnyMeta(type):
    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(cls):
        return 'typing.Any' if cls is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type every type is compatible with, in both directions. A class (which may be
    subclassed, so that a mock passes for anything), but it cannot be instantiated itself."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *args, **kwargs)


NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _generic_getitem)
Final = _SpecialForm('Final', _generic_getitem)
TypeGuard = _SpecialForm('TypeGuard', _generic_getitem)
Required = _SpecialForm('Required', _generic_getitem)
NotRequired = _SpecialForm('NotRequired', _generic_getitem)
Unpack = _SpecialForm('Unpack', lambda self, param: _UnpackAlias(self, (_type_convert(param),), 'Unpack'))
Concatenate = _SpecialForm('Concatenate', _generic_getitem)


class Annotated:
    """Annotated[T, x, ...]: T with metadata. A class in 3.11 (get_origin gives it back)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        return _annotated_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')



List = _SpecialGeneric(list, 'List', 1)
Dict = _SpecialGeneric(dict, 'Dict', 2)
Set = _SpecialGeneric(set, 'Set', 1)
FrozenSet = _SpecialGeneric(frozenset, 'FrozenSet', 1)
Tuple = _SpecialGeneric(tuple, 'Tuple')
Type = _SpecialGeneric(type, 'Type', 1)
DefaultDict = _SpecialGeneric(_collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _SpecialGeneric(_collections.OrderedDict, 'OrderedDict', 2)
Counter = _SpecialGeneric(_collections.Counter, 'Counter', 1)
Deque = _SpecialGeneric(_collections.deque, 'Deque', 1)
ChainMap = _SpecialGeneric(_collections.ChainMap, 'ChainMap', 2)
Text = str


class _AbstractAlias(_SpecialGeneric):
    """Aliases with no class behind them here (SupportsInt, IO, Pattern, ...): subscriptable markers."""

    def __init__(self, name):
        self.__origin__ = object
        self._name = self.__name__ = name
        self._nparams = -1

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, tuple(_type_convert(p) for p in params), self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Type {self._name} cannot be instantiated')

    def __mro_entries__(self, bases):
        return (object,)

    def __instancecheck__(self, obj):
        return True


def _collections_abc():
    from collections import abc
    return abc


def _re_module():
    import re
    return re


def _contextlib_module():
    import contextlib
    return contextlib


class _AbcAlias(_AbstractAlias):
    """typing.Mapping and the other aliases of collections.abc classes. The ABCs are built on first
    use (isinstance, subclassing, __origin__), so annotations that only subscript them stay cheap."""

    def __init__(self, name, abc_name=None, home=None):
        self._name = self.__name__ = name
        self._abc_name = name if abc_name is None else abc_name
        self._home = _collections_abc if home is None else home
        self._nparams = -1

    @property
    def __origin__(self):
        return getattr(self._home(), self._abc_name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


Iterable = _AbcAlias('Iterable')
Iterator = _AbcAlias('Iterator')
Generator = _AbcAlias('Generator')
Sequence = _AbcAlias('Sequence')
MutableSequence = _AbcAlias('MutableSequence')
Mapping = _AbcAlias('Mapping')
MutableMapping = _AbcAlias('MutableMapping')
AbstractSet = _AbcAlias('AbstractSet', 'Set')
MutableSet = _AbcAlias('MutableSet')
Collection = _AbcAlias('Collection')
Container = _AbcAlias('Container')
Hashable = _AbcAlias('Hashable')
Sized = _AbcAlias('Sized')
Reversible = _AbcAlias('Reversible')
Awaitable = _AbcAlias('Awaitable')
Coroutine = _AbcAlias('Coroutine')
AsyncIterable = _AbcAlias('AsyncIterable')
AsyncIterator = _AbcAlias('AsyncIterator')
AsyncGenerator = _AbcAlias('AsyncGenerator')
KeysView = _AbcAlias('KeysView')
ValuesView = _AbcAlias('ValuesView')
ItemsView = _AbcAlias('ItemsView')
MappingView = _AbcAlias('MappingView')
ByteString = _AbcAlias('ByteString')
ContextManager = _AbcAlias('ContextManager', 'AbstractContextManager', _contextlib_module)
AsyncContextManager = _AbcAlias('AsyncContextManager', 'AbstractAsyncContextManager', _contextlib_module)
Pattern = _AbcAlias('Pattern', 'Pattern', _re_module)
Match = _AbcAlias('Match', 'Match', _re_module)


class _CallableAlias(_AbcAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            args = [_type_convert(a) for a in args]
        return _CallableGeneric(args, _type_convert(result))

    def __instancecheck__(self, obj):
        return callable(obj)


class _CallableGeneric(_GenericAlias):
    """Callable[[A, B], R], Callable[..., R], Callable[P, R]. The parameter part is kept as
    written; __args__ lists the parameter types then the result, as CPython's does."""

    def __init__(self, params, result):
        flat = (*params, result) if isinstance(params, list) else (params, result)
        _GenericAlias.__init__(self, Callable, flat, 'Callable')
        self._params, self._result = params, result

    def __repr__(self):
        params = self._params
        if isinstance(params, list):
            shown = '[' + ', '.join(_type_repr(a) for a in params) + ']'
        else:
            shown = _type_repr(params)
        return f'typing.Callable[{shown}, {_type_repr(self._result)}]'

    def _map_members(self, change):
        params = self._params
        if isinstance(params, list):
            new_params = [change(a) for a in params]
            same = all(a is b for a, b in zip(new_params, params))
        else:
            new_params = change(params)
            same = new_params is params
        result = change(self._result)
        if same and result is self._result:
            return self
        return _CallableGeneric(new_params, result)


Callable = _CallableAlias('Callable')


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        # A bound written as a string is a forward reference, as in a subscript.
        self.__bound__ = None if bound is None else _type_convert(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        # The variance shows as a sign: + covariant, - contravariant, ~ invariant.
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    __or__, __ror__ = _union_after, _union_before


class _ParamSpecPart:
    """P.args or P.kwargs: the annotation of a *args or **kwargs that forwards P."""

    def __init__(self, origin, part):
        self.__origin__ = origin
        self._part = part

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, other):
        if not isinstance(other, _ParamSpecPart):
            return NotImplemented
        return self._part == other._part and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((self.__origin__, self._part))


class ParamSpecArgs(_ParamSpecPart):
    def __init__(self, origin):
        _ParamSpecPart.__init__(self, origin, 'args')


class ParamSpecKwargs(_ParamSpecPart):
    def __init__(self, origin):
        _ParamSpecPart.__init__(self, origin, 'kwargs')


class ParamSpec(TypeVar):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)
        # What `*args: P.args, **kwargs: P.kwargs` annotate with.
        self.args, self.kwargs = ParamSpecArgs(self), ParamSpecKwargs(self)


class TypeVarTuple(TypeVar):
    """Type variable tuple: stands for any number of types (written *Ts or Unpack[Ts])."""

    def __init__(self, name):
        TypeVar.__init__(self, name)

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)


def _generic_base_kind(base):
    """'Generic' or 'Protocol' when base is Generic[...] or Protocol[...], else None."""
    if isinstance(base, _GenericAlias) and base._origin in (Generic, Protocol):
        return base._origin.__name__
    return None


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _subscript_generic(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__', None)
        # Generic itself is only a base through Generic[...] (Protocol aside).
        if Generic in (written if written is not None else cls.__bases__) \
                and (written is not None or cls.__name__ != 'Protocol'):
            raise TypeError('Cannot inherit from plain Generic')
        written = written or ()
        if sum(1 for b in written if isinstance(b, _GenericAlias) and b._origin is Generic) > 1:
            raise TypeError('Cannot inherit from Generic[...] multiple times.')
        cls.__parameters__ = _declared_type_vars(written)


def _subscript_generic(cls, params):
    """Generic[T, ...] and Protocol[T, ...] declare type variables; a generic class subscripted
    gets an alias binding its own."""
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if cls is Generic or cls is Protocol:
        if not all(_is_type_variable(p) for p in params):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                            'or parameter specification variables.')
        if len(set(params)) != len(params):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        return _GenericAlias(cls, params)
    variables = getattr(cls, '__parameters__', ())
    if not variables:
        raise TypeError(f'{cls!r} is not a generic class')
    _, params = _bind(cls, variables, params)
    return _GenericAlias(cls, params)


def _declared_type_vars(written_bases):
    """The type variables of a class, in the order its bases as written name them, unless a
    Generic[...] base lists them all itself."""
    found = _type_vars_in(written_bases)
    listed = [base for base in written_bases if _generic_base_kind(base) is not None]
    if listed:
        declared = listed[0].__parameters__
        missing = [v for v in found if v not in declared]
        if missing:
            raise TypeError(f"Some type variables ({', '.join(str(v) for v in missing)}) "
                            f"are not listed in {_generic_base_kind(listed[0])}"
                            f"[{', '.join(str(v) for v in declared)}]")
        found = declared
    return tuple(found)


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# The names every class has, which a protocol's members never include (typing._SPECIAL_NAMES and
# the attributes typing sets on a protocol class).
_PROTO_SKIPPED = frozenset(['__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                            '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
                            '__weakref__', '__class_getitem__', '__qualname__', '__parameters__',
                            '__orig_bases__', '__protocol_attrs__', '_is_protocol',
                            '_is_runtime_protocol', '__init_subclass__', '__match_args__'])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIPPED:
                attrs.add(attr)
    return attrs


def _methods_only(protocol):
    """Whether every member of the protocol is callable (data members rule out issubclass)."""
    return all(callable(getattr(protocol, attr, None)) for attr in _protocol_attrs(protocol))


def _tolerant_caller(depth=3):
    """Whether the isinstance/issubclass being answered was asked by the abc or functools
    machinery (register(), a parent ABC walking its subclasses, singledispatch) rather than by
    user code: those callers get "not a subclass" instead of the protocol errors."""
    import sys
    try:
        caller = sys._getframe(depth).f_globals.get('__name__')
    except (AttributeError, ValueError):
        return True
    return caller in ('abc', 'functools')


def _structurally_provides(other, attr):
    """True, False, or None when a class of other's MRO sets attr to None (which opts out)."""
    for base in other.__mro__:
        own = base.__dict__
        if attr in own:
            return None if own[attr] is None else True
        # An annotation alone only counts when the candidate is itself a protocol.
        annotations = own.get('__annotations__', {})
        if (isinstance(annotations, dict) and attr in annotations
                and other.__dict__.get('_is_protocol', False)):
            return True
    return False


def _protocol_subclasshook(cls, other):
    """The __subclasshook__ each class below Protocol gets: structural issubclass() for runtime
    protocols, nothing (NotImplemented) for concrete classes."""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        if _tolerant_caller():
            return NotImplemented
        raise TypeError('Instance and class checks can only be used with'
                        ' @runtime_checkable protocols')
    if not _methods_only(cls):
        if _tolerant_caller():
            return NotImplemented
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for attr in _protocol_attrs(cls):
        if not _structurally_provides(other, attr):
            return NotImplemented
    return True


def _has_protocol_members(protocol, instance):
    for attr in _protocol_attrs(protocol):
        if not hasattr(instance, attr):
            return False
        if callable(getattr(protocol, attr, None)) and getattr(instance, attr) is None:
            return False
    return True


def _abc_meta():
    from abc import ABCMeta
    return ABCMeta


class _ProtocolMeta(_abc_meta()):
    """Protocols are ABCs (abstract methods are enforced, register() works) whose isinstance()
    also accepts any object that has the protocol's members."""

    def __instancecheck__(cls, instance):
        is_protocol = cls.__dict__.get('_is_protocol', False)
        # The runtime mark is inherited: a protocol extending a runtime protocol is one too.
        if is_protocol and not getattr(cls, '_is_runtime_protocol', False):
            if not _tolerant_caller(2):
                raise TypeError('Instance and class checks can only be used with'
                                ' @runtime_checkable protocols')
        if (not is_protocol or _methods_only(cls)) and issubclass(instance.__class__, cls):
            return True
        if is_protocol and _has_protocol_members(cls, instance):
            return True
        return super().__instancecheck__(instance)


def _protocol_init(self, *args, **kwargs):
    """The __init__ a protocol gets: protocols themselves cannot be instantiated, and a concrete
    class deriving from one keeps the first real __init__ further along its MRO."""
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')
    for base in type(self).__mro__:
        init = base.__dict__.get('__init__')
        if init is not None and init is not _protocol_init:
            return init(self, *args, **kwargs)


# Non-protocol classes a protocol may still derive from: the one-method ABCs.
_PROTOCOL_FRIENDLY_BASES = {
    'collections.abc': ('Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible'),
    'contextlib': ('AbstractContextManager', 'AbstractAsyncContextManager'),
}


def _may_underlie_protocol(base):
    if base is object or base is Generic:
        return True
    if base.__name__ in _PROTOCOL_FRIENDLY_BASES.get(base.__module__, ()):
        return True
    return issubclass(base, Generic) and base.__dict__.get('_is_protocol', False)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class is a protocol when Protocol is among its direct bases (or it says so itself).
        cls._is_protocol = cls.__dict__.get('_is_protocol', False) or Protocol in cls.__bases__
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_protocol_subclasshook)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not _may_underlie_protocol(base):
                raise TypeError(f'Protocols can only inherit from other protocols, got {base!r}')
        if '__init__' not in cls.__dict__:
            cls.__init__ = _protocol_init


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (isinstance checks its members)."""
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


_T_co = TypeVar('T_co', covariant=True)


def _io_members(names, props=()):
    """Abstract placeholders for a file interface's methods and properties; the IO classes are
    plain (not ABCMeta) classes, so nothing enforces them."""
    def placeholder(name):
        def member(self, *args, **kwargs):
            raise NotImplementedError(name)
        member.__name__ = member.__qualname__ = name
        member.__isabstractmethod__ = True
        return member
    members = {name: placeholder(name) for name in names}
    members.update({name: property(placeholder(name)) for name in props})
    return members


class IO(Generic[AnyStr]):
    """The generic type of what open() returns; TextIO and BinaryIO narrow it to str or bytes."""
    __slots__ = ()
    locals().update(_io_members(
        ['close', 'fileno', 'flush', 'isatty', 'read', 'readable', 'readline', 'readlines',
         'seek', 'seekable', 'tell', 'truncate', 'writable', 'write', 'writelines', '__enter__',
         '__exit__'], ['mode', 'name', 'closed']))


class BinaryIO(IO[bytes]):
    """The type of a file opened in binary mode."""
    __slots__ = ()
    locals().update(_io_members(['write', '__enter__']))


class TextIO(IO[str]):
    """The type of a file opened in text mode."""
    __slots__ = ()
    locals().update(_io_members(['__enter__'], ['buffer', 'encoding', 'errors', 'line_buffering',
                                                'newlines']))


@runtime_checkable
class SupportsInt(Protocol):
    """Anything with a __int__ method."""

    def __int__(self) -> int: ...

    __slots__ = ()


@runtime_checkable
class SupportsFloat(Protocol):
    """Anything with a __float__ method."""

    def __float__(self) -> float: ...

    __slots__ = ()


@runtime_checkable
class SupportsComplex(Protocol):
    """Anything with a __complex__ method."""

    def __complex__(self) -> complex: ...

    __slots__ = ()


@runtime_checkable
class SupportsBytes(Protocol):
    """Anything with a __bytes__ method."""

    def __bytes__(self) -> bytes: ...

    __slots__ = ()


@runtime_checkable
class SupportsIndex(Protocol):
    """Anything with a __index__ method."""

    def __index__(self) -> int: ...

    __slots__ = ()


@runtime_checkable
class SupportsAbs(Protocol[_T_co]):
    """Anything with a __abs__ method."""

    def __abs__(self) -> _T_co: ...

    __slots__ = ()


@runtime_checkable
class SupportsRound(Protocol[_T_co]):
    """Anything with a __round__ method."""

    def __round__(self, ndigits: int = 0) -> _T_co: ...

    __slots__ = ()


def _try_mark(target, attr, value):
    """Set an attribute where the object allows it; builtins and slotted objects are left alone."""
    try:
        setattr(target, attr, value)
    except (AttributeError, TypeError):
        return False
    return True


def final(f):
    """Mark a class or method final; the mark is visible at run time as __final__."""
    _try_mark(f, '__final__', True)
    return f


# Overloads seen so far: {module: {qualified name: [function, ...]}}.
_overloads_seen = {}


def _overload_called(*args, **kwargs):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated functions '
        'outside a stub module should always be followed by an implementation that is not '
        '@overload-ed.')


def overload(func):
    """Record func as one signature of an overloaded function; calling it raises."""
    inner = getattr(func, '__func__', func)
    try:
        by_name = _overloads_seen.setdefault(inner.__module__, {})
        by_name.setdefault(inner.__qualname__, []).append(func)
    except AttributeError:
        pass
    return _overload_called


def get_overloads(func):
    """The @overload signatures recorded for the function named as func."""
    inner = getattr(func, '__func__', func)
    by_name = _overloads_seen.get(getattr(inner, '__module__', None), {})
    return list(by_name.get(getattr(inner, '__qualname__', None), []))


def clear_overloads():
    """Forget every recorded overload."""
    _overloads_seen.clear()


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    """Make `decorator` a decorator whose results are also passed through @no_type_check."""
    import functools

    @functools.wraps(decorator)
    def marking_decorator(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return marking_decorator


def cast(typ, val):
    """Cast a value to a type (does nothing at run time)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as making dataclass-like classes."""
    settings = {'eq_default': eq_default, 'order_default': order_default,
                'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
                'kwargs': kwargs}

    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = settings
        return cls_or_fn
    return mark




def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGeneric, _BuiltinGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def _is_parameter_list(arg):
    """Whether a Callable's first member stands for the whole parameter list (..., P, Concatenate)."""
    return (arg is ... or isinstance(arg, (ParamSpec, list))
            or (isinstance(arg, _GenericAlias) and arg._origin is Concatenate))


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias, _UnionType)):
        args = tp.__args__
        if (not isinstance(tp, _UnionType) and args and tp.__origin__ is _collections_abc().Callable
                and not (len(args) == 2 and _is_parameter_list(args[0]))):
            # A callable's parameter types come back as the list they were written as.
            return (list(args[:-1]), args[-1])
        return args
    return ()


def _home_globals(obj):
    """The namespace names in obj's annotations are looked up in: a module's own, else that
    of the module defining obj (for a decorated function, the innermost wrapped one)."""
    import sys
    import types
    if isinstance(obj, types.ModuleType):
        return obj.__dict__
    innermost = obj
    while hasattr(innermost, '__wrapped__'):
        innermost = innermost.__wrapped__
    home = sys.modules.get(getattr(innermost, '__module__', None))
    return getattr(home, '__dict__', {})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with those written as strings (or under
    `from __future__ import annotations`) evaluated in the namespace they were written in."""
    import sys
    import types
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            base_globals = globalns
            if base_globals is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            base_locals = base.__dict__ if localns is None else localns
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _hint(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotated(v) for k, v in hints.items()}
    if globalns is None:
        globalns = _home_globals(obj)
    if localns is None:
        localns = globalns
    hints = {name: _hint(value, globalns, localns)
             for name, value in (getattr(obj, '__annotations__', {}) or {}).items()}
    return hints if include_extras else {k: _strip_annotated(v) for k, v in hints.items()}


def _strip_annotated(hint):
    """hint without the extras get_type_hints drops unless include_extras: Annotated's metadata
    and the Required/NotRequired wrappers, at any depth."""
    if isinstance(hint, _AnnotatedAlias):
        return _strip_annotated(hint.__origin__)
    if isinstance(hint, _GenericAlias) and (hint._origin is Required or hint._origin is NotRequired):
        return _strip_annotated(hint.__args__[0])
    return _map_members(hint, _strip_annotated)


def _hint(value, globalns, localns):
    return _resolve_forward_refs(_type_convert(_forward(value, globalns, localns)), globalns, localns)


def _forward(value, globalns, localns):
    """A forward reference's value: a str evaluates, and so does a str it evaluates to."""
    while isinstance(value, str):
        # As when CPython compiles the text first: a syntax error wins over an unknown name.
        _AnnotationReader(value, None, None).check()
        value = _AnnotationReader(value, globalns, localns).read()
    return value


class _AnnotationReader:
    """Evaluates the expressions annotations are made of: names, attributes, subscripts, `|`
    unions, None, `...`, lists and string forward references, looked up in the namespaces the
    annotation was written in, then in builtins."""

    _TOKEN = None

    def __init__(self, text, globalns, localns):
        import re
        if _AnnotationReader._TOKEN is None:
            _AnnotationReader._TOKEN = re.compile(
                r"\s*(?:(\.\.\.)|([A-Za-z_][A-Za-z_0-9]*)|('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
                r"|(-?\d+)|([\[\](),.|]))")
        self.text = text
        self.globalns = globalns
        self.localns = localns
        self.tokens = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = _AnnotationReader._TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                self._syntax_error()
            self.tokens.append(m.groups())
            pos = m.end()
        self.at = 0
        self._dry = False

    def _syntax_error(self):
        raise SyntaxError(f"Forward reference must be an expression -- got {self.text!r}")

    def check(self):
        """Raise SyntaxError unless the text is an annotation expression this reader can evaluate."""
        self.globalns = self.localns = None
        self._dry = True
        self.read()

    def read(self):
        value = self._union()
        if self.at != len(self.tokens):
            self._syntax_error()
        return value

    def _peek(self):
        return self.tokens[self.at] if self.at < len(self.tokens) else (None,) * 5

    def _punct(self, char):
        if self._peek()[4] == char:
            self.at += 1
            return True
        return False

    def _union(self):
        value = self._primary()
        while self._punct('|'):
            value = value | self._primary()
        return value

    def _items(self, closer):
        items = []
        while not self._punct(closer):
            items.append(self._union())
            if not self._punct(','):
                if not self._punct(closer):
                    self._syntax_error()
                break
        return items

    def _primary(self):
        ellipsis, name, string, number, punct = self._peek()
        self.at += 1
        if ellipsis:
            value = ...
        elif name is not None:
            value = self._lookup(name)
        elif string is not None:
            value = string[1:-1]
        elif number is not None:
            value = int(number)
        elif punct == '[':
            value = self._items(']')
        elif punct == '(':
            value = self._union()
            if not self._punct(')'):
                self._syntax_error()
        else:
            self._syntax_error()
        while True:
            if self._punct('.'):
                attr = self._peek()[1]
                if attr is None:
                    self._syntax_error()
                self.at += 1
                value = getattr(value, attr)
            elif self._punct('['):
                items = self._items(']')
                # Strings inside a subscript are forward references too, except Literal's values
                # and Annotated's metadata.
                if value is not Literal and not self._dry:
                    count = 1 if value is Annotated else len(items)
                    items[:count] = [_forward(item, self.globalns, self.localns) for item in items[:count]]
                value = value[items[0] if len(items) == 1 else tuple(items)]
            else:
                return value

    def _lookup(self, name):
        if self._dry:
            return _Placeholder()
        for namespace in (self.localns, self.globalns):
            if namespace is not None and name in namespace:
                return namespace[name]
        if name in ('None', 'True', 'False'):
            return {'None': None, 'True': True, 'False': False}[name]
        import builtins
        try:
            return getattr(builtins, name)
        except AttributeError:
            raise NameError(f"name '{name}' is not defined") from None


class _Placeholder:
    """Stands for every value while an annotation's text is only being checked for syntax."""

    def __getattr__(self, name):
        return self

    def __getitem__(self, item):
        return self

    def __or__(self, other):
        return self

    __ror__ = __or__


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        import sys
        self.__qualname__ = name
        self.__name__ = name
        self.__supertype__ = tp
        # Named after the module that made it, as CPython does.
        self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


# ---------------------------------------------------------------------------------------------
# NamedTuple and TypedDict


def _make_nmtuple(name, types, defaults=(), module=None):
    # Field types are type arguments: a string (all of them, under `from __future__ import
    # annotations`) becomes a ForwardRef, None becomes NoneType.
    types = [(field_name, _type_convert(hint)) for field_name, hint in types]
    for _, hint in types:
        # A field's type must be usable as a type argument, which ClassVar and Final are not.
        if isinstance(hint, _GenericAlias) and (hint._origin is ClassVar or hint._origin is Final):
            raise TypeError(f'{hint!r} is not valid as type argument')
    fields = [n for n, t in types]
    nt = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    # The class and its __new__ share one annotations dict, so signatures show the field types.
    nt.__annotations__ = nt.__new__.__annotations__ = dict(types)
    return nt


# What namedtuple() itself provides; a class body may not replace these.
_NAMEDTUPLE_OWN = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                             '_field_defaults', '_make', '_replace', '_asdict', '_source'])


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        defaults = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
                defaults.append(ns[field_name])
            elif default_names:
                plural = 's' if len(default_names) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{plural} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=defaults,
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _NAMEDTUPLE_OWN:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in ('__module__', '__name__', '__annotations__', '_root') \
                    and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if Generic in bases:
            # Generic does not join the tuple's bases here, but the class still has its type
            # variables and can be subscripted as a generic class.
            nm_tpl.__parameters__ = _declared_type_vars(ns.get('__orig_bases__', ()))
            nm_tpl.__class_getitem__ = classmethod(_subscript_generic)
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple."""
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        import sys
        # Named after the module that called NamedTuple(...), as the class form is.
        return _make_nmtuple(typename, fields, module=sys._getframe(1).f_globals.get('__name__', '__main__'))


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, bases, ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        what = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _checked_type_arg(hint, what, tp_dict.__module__)
               for key, hint in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        for key, hint in own.items():
            marker = _requiredness(hint)
            is_required = total if marker is None else marker is Required
            (required if is_required else optional).add(key)
            (optional if is_required else required).discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if getattr(cls, '_root', False) and cls.__name__ == 'TypedDict' and args and isinstance(args[0], str):
            import sys
            total = kwargs.pop('total', True)
            fields = args[1] if len(args) > 1 else kwargs
            # Named after the module that called TypedDict(...), as the class form is.
            ns = {'__annotations__': dict(fields),
                  '__module__': sys._getframe(1).f_globals.get('__name__', '__main__')}
            return _TypedDictMeta(args[0], (TypedDict,), ns, total=total)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, instance):
        if cls is TypedDict:
            # TypedDict itself is a function in CPython, not a class.
            raise TypeError('isinstance() arg 2 must be a type, a tuple of types, or a union')
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        if cls is TypedDict:
            raise TypeError('issubclass() arg 2 must be a class, a tuple of classes, or a union')
        raise TypeError('TypedDict does not support instance and class checks')


def _requiredness(hint):
    """Required or NotRequired when a TypedDict key's hint is wrapped in one (also inside
    Annotated), else None."""
    while isinstance(hint, _GenericAlias):
        if hint._origin is Required or hint._origin is NotRequired:
            return hint._origin
        if not isinstance(hint, _AnnotatedAlias):
            return None
        hint = hint.__origin__
    return None


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    _root = True
