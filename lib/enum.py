"""Enumerations (PEP 435), after CPython's enum module: Enum, IntEnum, StrEnum, Flag, IntFlag,
auto and unique, with 3.11's reprs (`<Color.RED: 1>`) and lookup errors."""

import sys as _sys
from types import DynamicClassAttribute, MappingProxyType as _MappingProxyType

# the module defines its own bin() and property below
_builtin_bin = bin
_builtin_property = property

__all__ = ['EnumMeta', 'property', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto',
           'unique', 'ReprEnum', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'member', 'nonmember', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'show_flag_values', 'global_enum', 'global_enum_repr', 'global_flag_repr',
           'global_str', 'pickle_by_enum_name', 'pickle_by_global_name']


class _BodyMarker:
    """Wraps a value in an enum body to override whether EnumType makes it a member."""

    def __init__(self, value):
        self.value = value


class nonmember(_BodyMarker):
    """Keeps `value` a plain class attribute of the enum rather than a member."""


class member(_BodyMarker):
    """Makes `value` a member of the enum even where it would not be one (a function, say)."""


# EnumType.__new__ has locals named member.
_member = member
_nonmember = nonmember


class _AutoNull:
    """The value of an auto() that has not been given one yet (None is a value like any other)."""
    __repr__ = lambda self: '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = [0]

    def __init__(self, value=_auto_null):
        self.value = value
        auto._counter[0] += 1
        self._order = auto._counter[0]

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # CPython's class namespace swaps an auto for its value as soon as it is bound, so later
    # lines of the body (`RW = R | W`) compute with the value. Our class bodies bind into a plain
    # namespace, so arithmetic on an auto is recorded and EnumType computes it once the operands
    # have their values.
    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, (self, other))

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, (other, self))

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, (self, other))

    def __rand__(self, other):
        return _AutoExpr(lambda a, b: a & b, (other, self))

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, (self, other))

    def __rxor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, (other, self))

    def __add__(self, other):
        return _AutoExpr(lambda a, b: a + b, (self, other))

    def __radd__(self, other):
        return _AutoExpr(lambda a, b: a + b, (other, self))

    def __sub__(self, other):
        return _AutoExpr(lambda a, b: a - b, (self, other))

    def __rsub__(self, other):
        return _AutoExpr(lambda a, b: a - b, (other, self))

    def __mul__(self, other):
        return _AutoExpr(lambda a, b: a * b, (self, other))

    def __rmul__(self, other):
        return _AutoExpr(lambda a, b: a * b, (other, self))

    def __lshift__(self, other):
        return _AutoExpr(lambda a, b: a << b, (self, other))

    def __rlshift__(self, other):
        return _AutoExpr(lambda a, b: a << b, (other, self))

    def __neg__(self):
        return _AutoExpr(lambda a: -a, (self,))

    def __invert__(self):
        return _AutoExpr(lambda a: ~a, (self,))


class _AutoExpr(auto):
    """An operation on autos in an enum body, computed when its operands have their values."""

    def __init__(self, operation, operands):
        auto.__init__(self)
        self._operation = operation
        self._operands = operands

    def _compute(self):
        return self._operation(*[_auto_value(x) for x in self._operands])


def _auto_value(x):
    if isinstance(x, _AutoExpr):
        return x._compute()
    if isinstance(x, auto):
        return x.value
    return x


_AUTO_FALLBACK_WARNING = (
    "In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be "
    "sortable and support adding +1\nand the value returned will be the largest value "
    "in the enum incremented by 1")



def _after_largest_addable(values, default):
    """One more than the last of `values` (sorted as far as they sort) that supports `+ 1`."""
    for candidate in reversed(values):
        try:
            return candidate + 1
        except TypeError:
            continue
    return default


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, _builtin_property)))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern)


# Defined further down; EnumType tells Flag classes apart once it exists.
Flag = None
StrEnum = None


def _is_single_bit(num):
    # clearing the lowest set bit leaves nothing exactly for powers of two
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    """The set bits of num as values, lowest first."""
    while num:
        lowest = num & -num
        yield lowest
        num -= lowest


def bin(num, max_bits=None):
    """enum.bin: two's complement, the leading bit giving the sign (Flag's error messages),
    sign-extended to max_bits digits when given."""
    ceiling = 2 ** num.bit_length()
    if num < 0:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    else:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    prefix, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (prefix[-1] * max_bits + digits)[-max_bits:]
    return f'{prefix} {digits}'


_bin = bin


def _drop_ignored(classdict):
    """Take the names listed in the body's _ignore_ (a list, or one string of names separated
    by commas or spaces) out of the class namespace, _ignore_ included. A name listed there
    must not already have been given a member value above it."""
    if '_ignore_' not in classdict:
        return
    listed = classdict['_ignore_']
    listed = listed.replace(',', ' ').split() if isinstance(listed, str) else list(listed)
    earlier_members = set()
    for key in classdict:
        if key == '_ignore_':
            break
        if key in listed and _becomes_member(key, classdict[key]):
            earlier_members.add(key)
    if earlier_members:
        raise ValueError('_ignore_ cannot specify already set names: %r' % (earlier_members,))
    for key in listed + ['_ignore_']:
        classdict.pop(key, None)


def _becomes_member(key, value):
    """Whether a plain (not dunder, sunder or private) body name holding value is a member."""
    if isinstance(value, (_nonmember, _member)):
        return isinstance(value, _member)
    return not (_is_descriptor(value) or callable(value) and not isinstance(value, auto))


def _method_of(function):
    """function as a new method object, to be set on another class than its own."""
    def method(self, *args):
        return function(self, *args)
    return method


class property(DynamicClassAttribute):
    """A property for enum classes: it answers on members, while on the class itself the
    name stays free for a member of the same name (so an enum may have a member `name`)."""

    member = None
    name = None
    clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(self.name)
        if self.fget is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        return self.fdel(instance)


def _class_slot_for_member(enum_class, key, member):
    """What the enum class binds under a member's name: the member itself, or, when a base
    defines an enum property of that name (Enum's `name` and `value`), a copy of the property
    that still answers on members but gives the member when read from the class."""
    for base in enum_class.__mro__[1:]:
        inherited = base.__dict__.get(key)
        if inherited is None:
            continue
        if not isinstance(inherited, property):
            break
        redirect = property(inherited.fget, inherited.fset, inherited.fdel, inherited.__doc__)
        redirect.name = key
        redirect.clsname = enum_class.__name__
        redirect.member = member
        return redirect
    return member


def _check_declared_order(enum_class, declared, is_flag):
    """An enum body's _order_ (names separated by commas and/or spaces, or a list) must list
    the canonical members in definition order; aliases, and for a Flag its multi-bit members,
    may be left in or out, while names that are not members at all count as wrong."""
    if isinstance(declared, str):
        declared = declared.replace(',', ' ').split()
    members = enum_class._member_map_
    canonical = enum_class._member_names_
    kept = []
    for name in declared:
        if name in members:
            if name not in canonical:
                continue
            if is_flag and not _is_single_bit(members[name]._value_):
                continue
        kept.append(name)
    if kept and kept != canonical:
        raise TypeError('member order does not match _order_:\n  %r\n  %r' % (canonical, kept))


def _functional_members(enum_base, names, start):
    """The class namespace for `enum_base(class_name, names)`: names is one string of names
    (separated by commas and/or spaces), a sequence of names, an iterable of (name, value)
    pairs or a mapping of names to values. Bare names take their values from the enum's
    _generate_next_value_, counting from start."""
    namespace = {}
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        generate = enum_base._generate_next_value_
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        chosen = []
        for position, name in enumerate(names):
            value = generate(name, start, position, chosen[:])
            chosen.append(value)
            namespace[name] = value
        return namespace
    for entry in names:
        if isinstance(entry, str):
            namespace[entry] = names[entry]
        else:
            name, value = entry
            namespace[name] = value
    return namespace


# The _sunder_ names an enum body may bind; Enum keeps every other one for itself.
_BODY_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
))


class _EnumDict(dict):
    """The namespace an enum's body fills. It refuses, as the body runs, what cannot become a
    member: a _sunder_ name Enum keeps, a member name bound twice, and a member whose name is
    already bound to something else (or a name bound again once it is a member)."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_keys = []
        self._ignored = []

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key):
            pass
        elif _is_sunder(key):
            if key not in _BODY_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_' and self._member_keys:
                raise TypeError('_generate_next_value_ must be defined before members')
            if key == '_ignore_':
                self._ignored = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        elif key in self._member_keys:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignored:
            pass
        elif _becomes_member(key, value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            self._member_keys.append(key)
        super().__setitem__(key, value)



def _mixed_in_data_type(class_name, bases):
    """The type an enum's members are instances of besides the enum (its _member_type_), or
    None. Along each base's MRO an enum passes on its own data type; otherwise the first class
    that defines __new__, or is a dataclass, decides, and the type is the class the walk first
    met on the way there (so `class Sub(int)` counts as Sub). A class with only an __init__ is
    no data type: it is merely a mixin."""
    found = []
    for chain in bases:
        first_plain = None
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    found.append(klass._member_type_)
                    break
                continue
            if '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                found.append(first_plain or klass)
                break
            if first_plain is None:
                first_plain = klass
    distinct = set(found)
    if len(distinct) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, distinct))
    return found[0] if found else None


def _new_member(enum_class, custom_new, data_type, args):
    """The bare member object, before it has a name or a value."""
    if custom_new is not None:
        return custom_new(enum_class, *args)
    if data_type is None:
        return object.__new__(enum_class)
    if StrEnum is not None and issubclass(enum_class, StrEnum):
        _check_str_member_args(args)
    make = data_type.__new__
    if make is object.__new__:
        # e.g. a dataclass mixin: its fields are filled in by __init__ afterwards
        return object.__new__(enum_class)
    return make(enum_class, *args)


def _default_member_value(enum_class, data_type, value, args):
    """_value_ for a member whose __new__ did not set one: the value as written, or, with a
    data type, that type built from the same arguments."""
    if data_type is None:
        return value
    try:
        return data_type(*args)
    except Exception as exc:
        raise TypeError('_value_ not set in __new__, unable to create it') from exc


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(cls)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        # From here on the namespace is ours to rewrite: its checks were for the body.
        classdict = dict(classdict)
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        _drop_ignored(classdict)
        # __order__ is the older spelling of _order_
        declared_order = classdict.pop('_order_', classdict.pop('__order__', None))
        member_names = []
        for key in list(classdict.keys()):
            value = classdict[key]
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if isinstance(value, _nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, _member):
                classdict[key] = value.value
                member_names.append(key)
                continue
            if _is_descriptor(value) or callable(value) and not isinstance(value, auto):
                continue
            member_names.append(key)
        # `mro` would hide type.mro(), and an empty name cannot be an attribute.
        invalid = [name for name in member_names if name in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in invalid))
        member_values = {}
        enum_base = None
        for base in bases:
            for b in base.__mro__:
                if isinstance(b, EnumType) and b is not object:
                    enum_base = b
                    break
            if enum_base is not None:
                break
        last_values = []
        for key in member_names:
            value = classdict[key]
            if isinstance(value, _AutoExpr):
                value = value._compute()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    gnv = classdict.get('_generate_next_value_')
                    if gnv is None and enum_base is not None:
                        gnv = enum_base._generate_next_value_
                    if isinstance(gnv, staticmethod):
                        gnv = gnv.__func__
                    value = gnv(key, 1, len(last_values), last_values[:])
                    classdict[key].value = value
                else:
                    value = value.value
            member_values[key] = value
            last_values.append(value)
        ns = {}
        for key in classdict.keys():
            if key not in member_values:
                ns[key] = classdict[key]
        data_type = _mixed_in_data_type(cls, bases)
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = data_type if data_type is not None else object
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        # A __new__ of the class's own (or of an enum base with members' type) makes the members,
        # as CPython's __new_member__; lookups by value still go through EnumType.__call__.
        custom_new = None
        for b in enum_class.__mro__:
            if not isinstance(b, EnumType) or b.__module__ == __name__:
                continue
            if '__new__' in b.__dict__:
                custom_new = b.__dict__['__new__']
                if isinstance(custom_new, staticmethod):
                    custom_new = custom_new.__func__
                break
        if is_flag:
            if boundary is not None:
                enum_class._boundary_ = boundary
            enum_class._flag_mask_ = 0
            enum_class._singles_mask_ = 0
            enum_class._all_bits_ = 0
        for key in member_names:
            value = member_values[key]
            if isinstance(value, tuple) and data_type is not tuple:
                args = value
            else:
                args = (value,)
            member = _new_member(enum_class, custom_new, data_type, args)
            if not hasattr(member, '_value_'):
                member._value_ = _default_member_value(enum_class, data_type, value, args)
            # Aliases are found by the value the member had before its __init__ ran.
            value = member._value_
            member._name_ = key
            member.__objclass__ = enum_class
            member.__init__(*args)
            member._sort_order_ = len(enum_class._member_names_)
            if is_flag:
                enum_class._flag_mask_ |= value
                if _is_single_bit(value):
                    enum_class._singles_mask_ |= value
                enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for other in enum_class._member_map_.values():
                    if other._value_ == value:
                        canonical = other
                        break
            if canonical is not None:
                member = canonical
            elif not is_flag or _is_single_bit(value):
                # A multi-bit flag is a member by name but not one of the class's iteration.
                enum_class._member_names_.append(key)
            enum_class._member_map_[key] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, key, _class_slot_for_member(enum_class, key, member))
        if enum_base is not None and data_type is not None:
            # A mixed-in type's repr, str and format come before the Enum's in the MRO; the
            # enum's own are put back unless the class defines them (as CPython's EnumType).
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(data_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, _method_of(getattr(enum_base, name)))
        if is_flag:
            values = [enum_class._member_map_[name]._value_ for name in enum_class._member_names_]
            enum_class._by_definition_ = values != sorted(values)
        if declared_order is not None:
            _check_declared_order(enum_class, declared_order, is_flag)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            if not cls._member_map_:
                raise TypeError('%r has no members defined' % (cls,))
            return cls.__new_member__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __new_member__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            found = cls._value2member_map_.get(value)
        except TypeError:
            # an unhashable value can only be compared with each member's in turn
            found = next((m for m in cls._member_map_.values() if m._value_ == value), None)
        if found is not None:
            return found
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: a new enumeration named class_name whose members come from
        names (see _functional_members)."""
        bases = (cls,) if type is None else (type, cls)
        classdict = _functional_members(cls, names, start)
        if module is None:
            # As in CPython: the module of the code calling Enum(...), two frames up.
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict, boundary=boundary)

    def __getattr__(cls, name):
        # members live in the class namespace; reaching here means no member has that name
        raise AttributeError(name)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__',
                 '__qualname__'}
        shown.update(cls._member_names_)
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
            shown.add('__new__')
        elif any(isinstance(b, EnumType) and b.__module__ != __name__ and '__new__' in b.__dict__
                 for b in cls.__mro__):
            shown.add('__new__')
        return sorted(shown)

    def __contains__(cls, member):
        # 3.11: only members may be asked about (3.12 accepts values); a composite Flag value
        # made by | is not one of the named members.
        if not isinstance(member, Enum):
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                          "False depending on whether the value is a member or the value of a member",
                          DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MappingProxyType(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__ if not issubclass(cls, Flag) else "<flag %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {}) if '_member_map_' in cls.__dict__ else {}
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        newest = last_values[-1]
        try:
            last_values.sort()
            if newest == last_values[-1]:
                return newest + 1
        except TypeError:
            pass
        # Values that do not increase (or cannot be ordered): 3.11 warns, then counts on.
        import warnings
        warnings.warn(_AUTO_FALLBACK_WARNING, DeprecationWarning, stacklevel=3)
        return _after_largest_addable(last_values, start)

    @classmethod
    def _missing_(cls, value):
        """Hook for subclasses: the member to use for a value lookup found nothing for."""
        return None

    def __init__(self, *args, **kwds):
        # Members receive their value's arguments here; a mixin's __init__ in front of Enum
        # in the MRO takes them instead.
        pass

    # read-only views of a member's _name_ and _value_ (enum properties, see above)
    name = property(lambda member: member._name_, doc='The name of the Enum member.')
    value = property(lambda member: member._value_, doc='The value of the Enum member.')

    def __repr__(self):
        kind = type(self)
        show_value = getattr(kind, '_value_repr_', repr)
        return f'<{kind.__name__}.{self._name_}: {show_value(self._value_)}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        # the public face of a member: its methods, properties and public attributes, plus
        # everything its data type shows when it has one; never the other members
        kind = type(self)
        shown = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if kind._member_type_ is not object:
            shown.update(object.__dir__(self))
        members = kind._member_map_
        for name in getattr(self, '__dict__', {}):
            if not name.startswith('_') and name not in members:
                shown.add(name)
        for klass in kind.__mro__:
            for name in klass.__dict__:
                if not name.startswith('_') and name not in members:
                    shown.add(name)
        return sorted(shown)

    # members are singletons: copying gives the member itself, pickling looks it up by value
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __repr__(self):
        return Enum.__repr__(self)

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        # the data type's format: an empty spec means str(self), whatever __str__ now is
        if not format_spec:
            return str(self)
        return format(self._value_, format_spec)


def _check_str_member_args(args):
    """A StrEnum member's value must be given as str() arguments that are strings themselves."""
    if len(args) > 3:
        raise TypeError(f'too many arguments for str(): {args!r}')
    if len(args) == 1 and not isinstance(args[0], str):
        raise TypeError(f'{args[0]!r} is not a string')
    for role, arg in zip(('encoding', 'errors'), args[1:]):
        if not isinstance(arg, str):
            raise TypeError(f'{role} must be a string, not {arg!r}')


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __repr__(self):
        return Enum.__repr__(self)

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        # the data type's format: an empty spec means str(self), whatever __str__ now is
        if not format_spec:
            return str(self)
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits that none of its members has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum):
    """Support for flags"""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # the first auto() is start (1 by default), each later one the next power of two
        if count == 0:
            return 1 if start is None else start
        largest = max(last_values)
        try:
            return 2 ** (_high_bit(largest) + 1)
        except Exception:
            raise TypeError('invalid flag value %r' % largest) from None

    @classmethod
    def _iter_member_(cls, value):
        """The members of value's bits, lowest bit first, or in definition order when the
        class did not define them in increasing value."""
        members = [cls._value2member_map_.get(val) for val in _iter_bits_lsb(value & cls._flag_mask_)]
        if cls._by_definition_:
            members.sort(key=lambda m: m._sort_order_)
        return iter(members)

    @classmethod
    def _missing_(cls, value):
        """A composite member of the canonical members present in value; bits outside them
        are handled as the class's boundary says."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        full = cls._all_bits_
        boundary = cls._boundary_
        if not ~full <= value <= full or value & (full ^ cls._flag_mask_):
            if boundary is EJECT:
                return value
            value = _fit_to_boundary(cls, value, boundary)
        # a negative value names the same member as its complement within the class's bits
        negative_key = None
        if value < 0:
            negative_key = value
            value += full + 1
        stray = value & ~cls._flag_mask_
        if stray and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, stray, _builtin_bin(stray)))
        if cls._member_type_ is object:
            composite = object.__new__(cls)
        else:
            composite = cls._member_type_.__new__(cls, value)
        composite._value_ = value
        composite._name_ = _composite_name(cls, value, boundary)
        # another thread of lookups may have made the same composite first: keep that one
        composite = cls._value2member_map_.setdefault(value, composite)
        if negative_key is not None:
            cls._value2member_map_[negative_key] = composite
        return composite

    def __iter__(self):
        """Returns flags in definition order."""
        return self._iter_member_(self._value_)

    def __len__(self):
        return _builtin_bin(self._value_).count('1')

    def __contains__(self, other):
        kind = type(self)
        if not isinstance(other, kind):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, kind.__qualname__))
        # every bit of other is set in self
        theirs = other._value_
        return theirs & self._value_ == theirs

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = getattr(self.__class__, '_value_repr_', None) or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        kind_name = type(self).__name__
        if self._name_ is not None:
            return f'{kind_name}.{self._name_}'
        return f'{kind_name}({self._value_!r})'

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ is EJECT or self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag._boundary_ = STRICT


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    def __repr__(self):
        return Flag.__repr__(self)

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        # the data type's format: an empty spec means str(self), whatever __str__ now is
        if not format_spec:
            return str(self)
        return format(self._value_, format_spec)

    # int's operators come first in the MRO; CPython's EnumType puts Flag's back on the class.
    def __or__(self, other):
        return Flag.__or__(self, other)

    def __and__(self, other):
        return Flag.__and__(self, other)

    def __xor__(self, other):
        return Flag.__xor__(self, other)

    def __invert__(self):
        return Flag.__invert__(self)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


IntFlag._boundary_ = KEEP


def _fit_to_boundary(cls, value, boundary):
    """Flag value with bits outside the class's members, as STRICT, CONFORM or KEEP treat it
    (EJECT is the caller's business: it returns the plain int)."""
    known = cls._flag_mask_
    if boundary is STRICT:
        width = max(value.bit_length(), known.bit_length())
        raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                         % (cls, value, _bin(value, width), _bin(known, width)))
    if boundary is CONFORM:
        return value & known
    if boundary is KEEP:
        if value >= 0:
            return value
        return max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
    raise ValueError('%r unknown flag boundary %r' % (cls, boundary))


def _composite_name(cls, value, boundary):
    """'A|B' for a composite flag value: its single-bit members, then the multi-bit members
    that cover bits no single one does, then any leftover bits as a number; None when no
    member is involved."""
    singles = value & cls._singles_mask_
    if not singles and not value & ~cls._singles_mask_:
        return None
    parts = list(cls._iter_member_(singles))
    covered = 0
    for part in parts:
        covered |= part._value_
    if value != singles:
        for candidate in cls._member_map_.values():
            bits = candidate._value_
            if candidate not in parts and bits and bits & value == bits:
                parts.append(candidate)
                covered |= bits
    if not covered:
        return None
    leftover = value ^ covered
    if leftover and boundary is STRICT:
        raise ValueError('%r: no members with value %r' % (cls, leftover))
    name = '|'.join([part._name_ for part in parts])
    if leftover:
        name += '|' + cls._numeric_repr_(leftover)
    return name


def _high_bit(value):
    return value.bit_length() - 1


def unique(enumeration):
    """Class decorator refusing an enumeration in which two names share a value."""
    aliases = [(alias, member.name) for alias, member in enumeration.__members__.items()
               if alias != member.name]
    if aliases:
        details = ', '.join(f'{alias} -> {canonical}' for alias, canonical in aliases)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


def show_flag_values(value):
    """The single-bit values that make up the flag value `value`, lowest first."""
    return list(_iter_bits_lsb(value))


class EnumCheck(StrEnum):
    """The constraints `verify` can enforce on an enumeration."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


UNIQUE = EnumCheck.UNIQUE
CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS


def _reject_aliases(enumeration):
    aliases = [(alias, canonical.name) for alias, canonical in enumeration.__members__.items()
               if alias != canonical.name]
    if aliases:
        listed = ', '.join(f'{alias} -> {name}' for alias, name in aliases)
        raise ValueError(f'aliases found in {enumeration!r}: {listed}')


def _reject_gaps(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    lowest, highest = min(values), max(values)
    if kind == 'flag':
        # Between the lowest and highest bits, every power of two needs a member.
        expected = [1 << bit for bit in range(_high_bit(lowest) + 1, _high_bit(highest))]
    else:
        expected = range(lowest + 1, highest)
    gaps = [str(v) for v in expected if v not in values]
    if gaps:
        text = f'invalid {kind} {enumeration.__name__!r}: missing values {", ".join(gaps)}'
        raise ValueError(text[:256])


def _reject_unnamed_bits(enumeration):
    canonical_values = [m.value for m in enumeration]
    canonical_names = enumeration._member_names_
    offenders = []
    unnamed_bits = 0
    for name, alias in enumeration._member_map_.items():
        if name in canonical_names or alias.value < 0:
            continue
        missed = [bit for bit in _iter_bits_lsb(alias.value) if bit not in canonical_values]
        if missed:
            offenders.append(name)
            for bit in missed:
                unnamed_bits |= bit
    if not offenders:
        return
    if len(offenders) == 1:
        who = f'alias {offenders[0]} is missing'
    else:
        who = f'aliases {", ".join(offenders[:-1])} and {offenders[-1]} are missing'
    if _is_single_bit(unnamed_bits):
        what = f'value 0x{unnamed_bits:x}'
    else:
        what = f'combined values of 0x{unnamed_bits:x}'
    raise ValueError(f'invalid Flag {enumeration.__name__!r}: {who} {what} '
                     f'[use enum.show_flag_values(value) for details]')


class verify:
    """Class decorator: raise ValueError unless the enumeration meets every EnumCheck given."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _reject_aliases(enumeration)
            elif check is CONTINUOUS:
                _reject_gaps(enumeration, kind)
            elif check is NAMED_FLAGS:
                _reject_unnamed_bits(enumeration)
        return enumeration


# ---------------------------------------------------------------------------------------------
# Pickling by name (for use as an enum's __reduce_ex__; not meant for Flag members, whose
# combinations have no single name).

def pickle_by_global_name(self, proto):
    """Pickle a member as the module-level name it is exported as (see global_enum)."""
    return self.name


def pickle_by_enum_name(self, proto):
    """Pickle a member as its enum class and member name, so unpickling looks the name up."""
    return getattr, (self.__class__, self._name_)


_reduce_ex_by_global_name = pickle_by_global_name


# global_enum: members exported as module globals, shown as module.NAME

def _module_tail(member):
    return type(member).__module__.rpartition('.')[2]


def global_enum_repr(self):
    """repr of a global enum member: `module.NAME`."""
    return '%s.%s' % (_module_tail(self), self._name_)


def global_flag_repr(self):
    """repr of a global flag: each named part as `module.NAME`, joined by |."""
    module = _module_tail(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (module, type(self).__name__, self._value_)
    # The bit test works on the member itself, as CPython's does; for a plain Flag (which
    # has no subtraction) this raises TypeError, as it does there.
    if self != 0 and self & (self - 1) == 0:
        return '%s.%s' % (module, self._name_)
    keep_numbers = self._boundary_ is KEEP
    parts = []
    for part in self._name_.split('|'):
        parts.append(part if keep_numbers and part[0].isdigit() else '%s.%s' % (module, part))
    return '|'.join(parts)


def global_str(self):
    """str of a global enum member: its bare name, or `Class(value)` when it has none."""
    if self._name_ is None:
        return '%s(%r)' % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members into their module's namespace and show them as
    module-level names; str becomes the bare name too, unless the enum keeps its data type's
    str (IntEnum, StrEnum, IntFlag) and update_str is false."""
    import sys
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
