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
           'get_type_hints', 'NewType', 'no_type_check', 'overload', 'runtime_checkable', 'Text',
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
    if not isinstance(hint, _GenericAlias) or isinstance(hint, _LiteralAlias):
        return hint
    if isinstance(hint, _AnnotatedAlias):
        origin = _resolve_forward_refs(hint.__origin__, globalns, localns, guard)
        return hint if origin is hint.__origin__ else _AnnotatedAlias(origin, hint.__metadata__)
    args = tuple(_resolve_forward_refs(a, globalns, localns, guard) for a in hint.__args__)
    if all(new is old for new, old in zip(args, hint.__args__)):
        return hint
    if isinstance(hint, _UnionAlias):
        return Union[args]
    if type(hint) is _GenericAlias:
        return _GenericAlias(hint._origin, args, hint._name)
    return hint


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

    def __repr__(self):
        name = self._name if self._name is not None else _type_repr(self.__origin__)
        if self._name is not None and not name.startswith('typing.'):
            name = 'typing.' + name
        if not self.__args__:
            return f'{name}[()]'
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, tuple(_type_convert(p) for p in params), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    __or__, __ror__ = _union_after, _union_before

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialGeneric:
    """`List`, `Dict`, ...: an alias of a builtin class that can be subscripted."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
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
    """`Any`, `Union`, `Optional`, ...: markers, some subscriptable."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    __or__, __ror__ = _union_after, _union_before


_UnionType = type(int | None)


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
    return _LiteralAlias(Literal, params, 'Literal')


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"


def _generic_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(self, tuple(_type_convert(p) for p in params), self._name)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(_type_convert(params[0]), params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return (f'typing.Annotated[{_type_repr(self.__origin__)}, '
                f"{', '.join(repr(a) for a in self.__metadata__)}]")


Any = _SpecialForm('Any')
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
Unpack = _SpecialForm('Unpack', _generic_getitem)
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
        self._name = name
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


class _AbcAlias(_AbstractAlias):
    """typing.Mapping and the other aliases of collections.abc classes. The ABCs are built on first
    use (isinstance, subclassing, __origin__), so annotations that only subscript them stay cheap."""

    def __init__(self, name, abc_name=None):
        self._name = name
        self._abc_name = name if abc_name is None else abc_name
        self._nparams = -1

    @property
    def __origin__(self):
        from collections import abc
        return getattr(abc, self._abc_name)

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
ContextManager = _AbstractAlias('ContextManager')
AsyncContextManager = _AbstractAlias('AsyncContextManager')
SupportsAbs = _AbstractAlias('SupportsAbs')
SupportsBytes = _AbstractAlias('SupportsBytes')
SupportsComplex = _AbstractAlias('SupportsComplex')
SupportsFloat = _AbstractAlias('SupportsFloat')
SupportsIndex = _AbstractAlias('SupportsIndex')
SupportsInt = _AbstractAlias('SupportsInt')
SupportsRound = _AbstractAlias('SupportsRound')
IO = _AbstractAlias('IO')
TextIO = _AbstractAlias('TextIO')
BinaryIO = _AbstractAlias('BinaryIO')
Pattern = _AbstractAlias('Pattern')
Match = _AbstractAlias('Match')


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
    def __init__(self, args, result):
        _GenericAlias.__init__(self, Callable, (args, result), 'Callable')

    def __repr__(self):
        args, result = self.__args__
        if args is ...:
            return f'typing.Callable[..., {_type_repr(result)}]'
        return f"typing.Callable[[{', '.join(_type_repr(a) for a in args)}], {_type_repr(result)}]"


Callable = _CallableAlias('Callable')


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        # The variance shows as a sign: + covariant, - contravariant, ~ invariant.
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    """Parameter specification variable."""

    @property
    def args(self):
        return self

    @property
    def kwargs(self):
        return self


class TypeVarTuple(TypeVar):
    pass


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, tuple(_type_convert(p) for p in params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # The type variables of the class, in the order the bases as written name them.
        found = []
        written_bases = cls.__dict__.get('__orig_bases__', ())
        for base in written_bases:
            for arg in getattr(base, '__args__', ()) if isinstance(base, _GenericAlias) else ():
                if isinstance(arg, TypeVar) and arg not in found:
                    found.append(arg)
        cls.__parameters__ = tuple(found)


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


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with'
                                ' @runtime_checkable protocols')
            if issubclass(type(instance), cls):
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return issubclass(type(instance), cls)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class is a protocol when Protocol is among its direct bases.
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (isinstance checks its members)."""
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def final(f):
    return f


def overload(func):
    return func


def no_type_check(arg):
    return arg


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


def dataclass_transform(**kwargs):
    return lambda cls: cls


_BuiltinGenericAlias = type(list[int])


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


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias, _UnionType)):
        return tp.__args__
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
    """Annotated[T, ...] as T, for get_type_hints without include_extras."""
    return hint.__origin__ if isinstance(hint, _AnnotatedAlias) else hint


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
    fields = [n for n, t in types]
    nt = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nt.__annotations__ = dict(types)
    return nt


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
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
            if key in ('__module__', '__qualname__', '__annotations__', '_root', '__doc__'):
                continue
            if key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
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
        own = ns.get('__annotations__', {})
        annotations.update(own)
        (required if total else optional).update(own)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if getattr(cls, '_root', False) and cls.__name__ == 'TypedDict' and args and isinstance(args[0], str):
            fields = args[1] if len(args) > 1 else kwargs
            return _TypedDictMeta(args[0], (TypedDict,), {'__annotations__': dict(fields)})
        return dict(*args, **kwargs)


class TypedDict(dict, metaclass=_TypedDictMeta):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    _root = True
