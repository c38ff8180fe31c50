"""Data classes (PEP 557), after CPython's dataclasses module.

The generated methods are closures over the field list instead of exec'd source, with CPython's
error messages. Fields come from the class's `__annotations__`, in definition order.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


import types as _types
from types import MappingProxyType as _MappingProxyType, GenericAlias as _GenericAlias
from _builtinfunc import present_signature as _present_signature


class FrozenInstanceError(AttributeError):
    pass


_NO_METADATA = _MappingProxyType({})


class _HAS_DEFAULT_FACTORY_CLASS:
    """The default a generated __init__'s signature shows for a field with a default factory."""

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _OneSlot:
    __slots__ = ('slot',)


# types.MemberDescriptorType: what a __slots__ entry looks like on its class.
_MemberDescriptorType = type(_OneSlot.__dict__['slot'])
del _OneSlot


class _DataclassParams:
    """The options a dataclass was made with, kept as __dataclass_params__."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq, self.order = init, repr, eq, order
        self.unsafe_hash, self.frozen = unsafe_hash, frozen

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__)
        return f'_DataclassParams({shown})'


class _MISSING_TYPE:
    """Type of the MISSING sentinel: 'no default was given' (None is a valid default)."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of the KW_ONLY marker: fields annotated after `_: KW_ONLY` are keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', repr(self.type))
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # Name, type and kind stay unknown until the owning class is processed.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.kw_only = kw_only
        # read-only, as CPython's mappingproxy (the caller's dict stays behind it)
        self.metadata = _NO_METADATA if metadata is None else _MappingProxyType(metadata)

    def __repr__(self):
        shown = [f'{attr}={getattr(self, attr)!r}' for attr in _FIELD_REPR_ATTRS]
        # CPython shows the kind marker bare: its repr is its constant's name.
        shown.append(f'_field_type={self._field_type}')
        return 'Field(' + ','.join(shown) + ')'

    def __set_name__(self, owner, name):
        # A descriptor given as field(default=...) is hidden behind the Field while the class
        # body runs, so it would never hear its name: pass the notification on.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


_FIELD_REPR_ATTRS = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                     'compare', 'metadata', 'kw_only')
class _FieldKind:
    """What a name in a dataclass body is: a real field, a ClassVar or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field in a dataclass body: its default (or default_factory) and whether
    it takes part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _names_classvar(obj, typing):
    return obj is typing.ClassVar or getattr(obj, '__origin__', None) is typing.ClassVar


def _names_initvar(obj, dataclasses):
    return obj is InitVar or isinstance(obj, InitVar)


def _names_kw_only(obj, dataclasses):
    return obj is KW_ONLY


def _leading_names(text):
    """For a string annotation: the optional `prefix.` and the first name after it, e.g.
    ('t', 'ClassVar') for 't.ClassVar[int]', ('', 'InitVar') for 'InitVar[str]'; None when the
    text does not start with a name."""
    head = text.lstrip()
    first = _take_word(head)
    if not first:
        return None
    rest = head[len(first):].lstrip()
    if rest.startswith('.'):
        after = rest[1:].lstrip()
        second = _take_word(after)
        if second:
            return first, second
    return '', first


def _take_word(text):
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == '_'):
        end += 1
    return text[:end]


def _string_names(annotation, cls, module_name, predicate):
    """Whether a string annotation names the object `predicate` looks for. As in CPython only
    module globals are consulted, never an eval: a bare name is looked up in the class's module;
    `alias.Name` counts when alias is bound there to the module module_name, and Name is then
    looked up in that module."""
    names = _leading_names(annotation)
    if names is None:
        return False
    import sys
    prefix, name = names
    target = sys.modules.get(module_name)
    if target is None:
        # nobody imported it, so no annotation can refer to it
        return False
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    if not prefix:
        namespace = home.__dict__
    elif home.__dict__.get(prefix) is target:
        namespace = target.__dict__
    else:
        return False
    return predicate(namespace.get(name), target)


def _is_classvar(tp, cls):
    if isinstance(tp, str):
        return _string_names(tp, cls, 'typing', _names_classvar)
    return repr(tp).startswith('typing.ClassVar')


def _is_initvar(tp, cls):
    if isinstance(tp, str):
        return _string_names(tp, cls, 'dataclasses', _names_initvar)
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only_marker(tp, cls):
    if isinstance(tp, str):
        return _string_names(tp, cls, 'dataclasses', _names_kw_only)
    return tp is KW_ONLY


def _process_fields(cls, kw_only_default):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, tp in annotations.items():
        if _is_kw_only_marker(tp, cls):
            kw_only = True
            continue
        # Looked up as an attribute (inherited values count, and a descriptor's class-level
        # __get__ supplies the default); a __slots__ member is no default at all.
        default = getattr(cls, name, MISSING)
        if type(default) is _MemberDescriptorType:
            default = MISSING
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if _is_classvar(tp, cls):
            f._field_type = _FIELD_CLASSVAR
        elif _is_initvar(tp, cls):
            f._field_type = _FIELD_INITVAR
        else:
            f._field_type = _FIELD
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        # 3.11 refuses any unhashable default (a list, or an instance of a dataclass with eq).
        if f._field_type is _FIELD and f.default is not MISSING and \
                f.default.__class__.__hash__ is None:
            raise ValueError(f'mutable default {type(f.default)} for field '
                             f'{name} is not allowed: use default_factory')
        fields[name] = f
        if f._field_type is _FIELD_CLASSVAR:
            # Listed in __dataclass_fields__ as CPython lists it; the class attribute stays.
            continue
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
    return fields


def _missing_message(qualname, names, kind):
    n = len(names)
    quoted = [repr(x) for x in names]
    if n == 1:
        listed = quoted[0]
    elif n == 2:
        listed = f'{quoted[0]} and {quoted[1]}'
    else:
        listed = ', '.join(quoted[:-1]) + f', and {quoted[-1]}'
    s = '' if n == 1 else 's'
    return f'{qualname}.__init__() missing {n} required {kind} argument{s}: {listed}'


def _make_init(cls, fields, frozen, has_post_init):
    fields = {name: f for name, f in fields.items() if f._field_type is not _FIELD_CLASSVAR}
    init_fields = [f for f in fields.values() if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    kw_only = [f for f in init_fields if f.kw_only]
    seen_default = None
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    qualname = cls.__qualname__
    all_fields = list(fields.values())
    n_defaults = len([f for f in positional if f.default is not MISSING or f.default_factory is not MISSING])

    # Positional arguments only, no InitVar or keyword-only field: the fields are set in order
    # from the arguments, then the defaults and default factories, with no name matching.
    simple = not kw_only and all(f._field_type is _FIELD for f in all_fields)
    n_positional = len(positional)
    n_required = n_positional - n_defaults
    plan = [(f.name, f.init, f.default_factory, f.default) for f in all_fields]
    setter = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        if simple and not kwargs and n_required <= len(args) <= n_positional:
            n = len(args)
            i = 0
            for name, init, factory, default in plan:
                if init and i < n:
                    value = args[i]
                    i += 1
                elif factory is not MISSING:
                    value = factory()
                elif default is not MISSING:
                    value = default
                else:
                    continue
                setter(self, name, value)
            if has_post_init:
                self.__post_init__()
            return
        if len(args) > len(positional):
            most = len(positional) + 1
            least = most - n_defaults
            takes = f'from {least} to {most}' if least != most else f'{most}'
            raise TypeError(f'{qualname}.__init__() takes {takes} positional '
                            f'argument{"" if most == 1 else "s"} but '
                            f'{len(args) + 1} were given')
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for name, v in kwargs.items():
            if name in values:
                raise TypeError(f"{qualname}.__init__() got multiple values for argument '{name}'")
            ok = False
            for f in init_fields:
                if f.name == name:
                    ok = True
                    break
            if not ok:
                raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument '{name}'")
            values[name] = v
        missing_pos = [f.name for f in positional if f.name not in values and
                       f.default is MISSING and f.default_factory is MISSING]
        if missing_pos:
            raise TypeError(_missing_message(qualname, missing_pos, 'positional'))
        missing_kw = [f.name for f in kw_only if f.name not in values and
                      f.default is MISSING and f.default_factory is MISSING]
        if missing_kw:
            raise TypeError(_missing_message(qualname, missing_kw, 'keyword-only'))
        init_vars = []
        for f in all_fields:
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                init_vars.append(value)
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*init_vars)

    __init__.__qualname__ = f'{qualname}.__init__'
    _present_init_signature(__init__, positional, kw_only)
    _init_texts[id(__init__)] = (__init__, _generated_init_text(positional, kw_only))
    return __init__


def _shown_default(f):
    """A field's default as its __init__ parameter shows it (MISSING: it has none)."""
    return _HAS_DEFAULT_FACTORY if f.default_factory is not MISSING else f.default


def _present_init_signature(init, positional, kw_only):
    """Let introspection see the generated __init__ with one parameter per init field,
    annotated with the field's type, though its compiled parameters are (*args, **kwargs)."""
    names = [f.name for f in positional + kw_only]
    receiver = '__dataclass_self__' if 'self' in names else 'self'
    defaults = tuple(d for d in map(_shown_default, positional) if d is not MISSING)
    kwdefaults = {f.name: _shown_default(f) for f in kw_only if _shown_default(f) is not MISSING}
    annotations = {f.name: f.type for f in positional + kw_only}
    annotations['return'] = None
    _present_signature(init, [receiver] + [f.name for f in positional], defaults or None,
                       [f.name for f in kw_only], kwdefaults or None, annotations)


def _values(obj, names):
    """The tuple of obj's fields named in names (a list comprehension: a generator expression
    costs a generator object per call here)."""
    return tuple([getattr(obj, name) for name in names])


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot=False):
    fields = _process_fields(cls, kw_only)
    annotations = cls.__dict__.get('__annotations__', {})
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    dataclass_bases = [b for b in cls.__mro__[-1:0:-1] if hasattr(b, '__dataclass_fields__')]
    if dataclass_bases:
        any_frozen_base = any(b.__dataclass_params__.frozen for b in dataclass_bases)
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    if not eq and order:
        raise ValueError('eq must be true if order is true')
    # A `__hash__ = None` that only comes from defining __eq__ in the body is not a choice
    # the user made, so it does not count as an explicit hash.
    own = cls.__dict__
    has_explicit_hash = '__hash__' in own and not (own['__hash__'] is None and '__eq__' in own)
    if slots:
        # Made before the methods are added, so they reach the new class the usual way.
        cls = _add_slots(cls, [f.name for f in fields.values() if f._field_type is _FIELD],
                         weakref_slot, frozen)
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    real = [f for f in fields.values() if f._field_type is _FIELD]
    has_post_init = hasattr(cls, '__post_init__')
    if init and '__init__' not in cls.__dict__:
        cls.__init__ = _make_init(cls, fields, frozen, has_post_init)
    if repr and '__repr__' not in cls.__dict__:
        shown = [f.name for f in real if f.repr]

        def __repr__(self):
            key = id(self)
            if key in _repr_running:
                return '...'
            _repr_running.add(key)
            try:
                inner = ', '.join([f'{name}={getattr(self, name)!r}' for name in shown])
            finally:
                _repr_running.discard(key)
            return f'{type(self).__qualname__}({inner})'
        cls.__repr__ = _name_generated(cls, __repr__, '__repr__')
    compared = [f.name for f in real if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        # The field-by-field loop of tuple equality (identity, then ==), without the tuples.
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                for name in compared:
                    a = getattr(self, name)
                    b = getattr(other, name)
                    if not (a is b or a == b):
                        return False
                return True
            return NotImplemented
        cls.__eq__ = _name_generated(cls, __eq__, '__eq__')
    if order:
        for name, make in (('__lt__', _make_lt), ('__le__', _make_le),
                           ('__gt__', _make_gt), ('__ge__', _make_ge)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
            setattr(cls, name, _name_generated(cls, make(compared), name))
    if frozen:
        field_names = frozenset(f.name for f in real)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)
        cls.__setattr__ = _name_generated(cls, __setattr__, '__setattr__')
        cls.__delattr__ = _name_generated(cls, __delattr__, '__delattr__')
    hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    # CPython's _hash_action table, keyed by (unsafe_hash, eq, frozen, has_explicit_hash).
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _name_generated(cls, lambda self: hash(_values(self, hashed)), '__hash__')
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _name_generated(cls, lambda self: hash(_values(self, hashed)),
                                           '__hash__')
        else:
            cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fields.values()
                                   if f._field_type is not _FIELD_CLASSVAR and f.init and not f.kw_only)
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _init_signature_text(cls)
    return cls


def _name_generated(cls, method, name):
    """Give a generated method the names it would have if written in the class body."""
    method.__name__ = name
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    return method


# The generated __init__ functions take (*args, **kwargs), so the signature text each one
# stands for is kept here, for the class docstrings of their classes and of subclasses.
_init_texts = {}


def _format_annotation(annotation):
    """An annotation as a signature shows it: builtin classes by bare name, other classes
    with their module, typing constructs without the `typing.` prefix, anything else by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _parameter_text(f):
    text = f'{f.name}: {_format_annotation(f.type)}'
    if f.default_factory is not MISSING:
        return text + ' = <factory>'
    if f.default is not MISSING:
        return f'{text} = {f.default!r}'
    return text


def _generated_init_text(positional, kw_only):
    parts = [_parameter_text(f) for f in positional]
    if kw_only:
        parts.append('*')
        parts.extend(_parameter_text(f) for f in kw_only)
    return '(' + ', '.join(parts) + ')'


def _init_signature_text(cls):
    """The `(...)` part of a generated class docstring: the signature of calling the class."""
    known = _init_texts.get(id(cls.__init__))
    if known is not None and known[0] is cls.__init__:
        return known[1]
    try:
        import inspect
        return str(inspect.signature(cls)).replace(' -> None', '')
    except (TypeError, ValueError):
        return ''


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__', ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _frozen_slots_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_slots_setstate(self, state):
    # Frozen: the fields are set past the class's own __setattr__.
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, field_names, weakref_slot, frozen=False):
    """A new class like cls whose __slots__ are its fields (a class's slots cannot be added
    after it is made), as CPython's dataclasses._add_slots."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(field_names)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    if frozen:
        # Pickling a frozen class with slots goes through the list of field values.
        cls_dict.setdefault('__getstate__', _frozen_slots_getstate)
        cls_dict.setdefault('__setstate__', _frozen_slots_setstate)
    rebuilt = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    qualname = getattr(cls, '__qualname__', None)
    if qualname is not None:
        rebuilt.__qualname__ = qualname
    return rebuilt


_repr_running = set()


# Tuple ordering field by field: the first pair of fields that differ (neither identical nor
# equal) decides with the operator itself; when all are equal, the lengths do.

def _make_lt(names):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            for name in names:
                a = getattr(self, name)
                b = getattr(other, name)
                if not (a is b or a == b):
                    return a < b
            return False
        return NotImplemented
    return __lt__


def _make_le(names):
    def __le__(self, other):
        if other.__class__ is self.__class__:
            for name in names:
                a = getattr(self, name)
                b = getattr(other, name)
                if not (a is b or a == b):
                    return a <= b
            return True
        return NotImplemented
    return __le__


def _make_gt(names):
    def __gt__(self, other):
        if other.__class__ is self.__class__:
            for name in names:
                a = getattr(self, name)
                b = getattr(other, name)
                if not (a is b or a == b):
                    return a > b
            return False
        return NotImplemented
    return __gt__


def _make_ge(names):
    def __ge__(self, other):
        if other.__class__ is self.__class__:
            for name in names:
                a = getattr(self, name)
                b = getattr(other, name)
                if not (a is b or a == b):
                    return a >= b
            return True
        return NotImplemented
    return __ge__


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Turn cls into a data class: __init__, __repr__, __eq__ and, as asked, ordering,
    hashing, immutability and slots are generated from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    # Used bare (@dataclass) the class arrives here; used with arguments it comes later.
    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or instance) in definition order, without class
    variables and init-only variables."""
    try:
        fields = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping field names to
    field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _deep_convert(obj, dict_factory, True)


def _deep_convert(value, make_record, with_names):
    """Copy value recursively, turning every dataclass instance inside it into
    make_record(list of its field values), or of (name, value) pairs when with_names.
    Lists, tuples, namedtuples and dicts are rebuilt as their own type; anything else is
    deep-copied."""
    def convert(item):
        return _deep_convert(item, make_record, with_names)
    if _is_dataclass_instance(value):
        if with_names:
            return make_record([(f.name, convert(getattr(value, f.name))) for f in fields(value)])
        return make_record([convert(getattr(value, f.name)) for f in fields(value)])
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        # A namedtuple's constructor wants its fields as separate arguments.
        return type(value)(*[convert(item) for item in value])
    if isinstance(value, (list, tuple)):
        return type(value)(convert(item) for item in value)
    if isinstance(value, dict):
        return type(value)((convert(key), convert(item)) for key, item in value.items())
    import copy
    return copy.deepcopy(value)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, converted deeply (see asdict)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _deep_convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed (built through __init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, '__dataclass_fields__').values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        given = f.name in changes
        if not f.init:
            # Such a field is set by __post_init__ or its default, never by the caller.
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif not given:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Create a dataclass named cls_name from (name, type[, Field or default]) items or names."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    # Built through types.new_class, as in CPython 3.11: the class's __module__ is 'types'.
    cls = _types.new_class(cls_name, bases, {}, lambda body: body.update(ns))
    return dataclass(cls, **kwargs)
