"""Enumerations (PEP 435), after CPython's enum module: Enum, IntEnum, StrEnum, Flag, IntFlag,
auto and unique, with 3.11's reprs (`<Color.RED: 1>`) and lookup errors."""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto',
           'unique', 'ReprEnum']


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = [0]

    def __init__(self, value=None):
        self.value = value
        auto._counter[0] += 1
        self._order = auto._counter[0]

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, property)))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern)


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        for key in list(classdict.keys()):
            value = classdict[key]
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if _is_descriptor(value) or callable(value) and not isinstance(value, auto):
                continue
            member_names.append(key)
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
            if isinstance(value, auto):
                if value.value is None:
                    gnv = classdict.get('_generate_next_value_')
                    if gnv is None and enum_base is not None:
                        gnv = enum_base._generate_next_value_
                    if isinstance(gnv, staticmethod):
                        gnv = gnv.__func__
                    value = gnv(key, 1, len(last_values), last_values[:])
                else:
                    value = value.value
            member_values[key] = value
            last_values.append(value)
        ns = {}
        for key in classdict.keys():
            if key not in member_values:
                ns[key] = classdict[key]
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        data_type = None
        for base in enum_class.__mro__[1:]:
            if base is object or isinstance(base, EnumType):
                continue
            data_type = base
            break
        enum_class._member_type_ = data_type if data_type is not None else object
        for key in member_names:
            value = member_values[key]
            if isinstance(value, tuple) and data_type is not tuple:
                args = value
            else:
                args = (value,)
            if data_type is None:
                member = object.__new__(enum_class)
            else:
                member = data_type.__new__(enum_class, *args)
            init = enum_class.__dict__.get('__init__') if '__init__' in enum_class.__dict__ else None
            if init is None:
                for b in enum_class.__mro__[1:]:
                    if isinstance(b, EnumType) and '__init__' in b.__dict__ and b not in (Enum, Flag):
                        init = b.__dict__['__init__']
                        break
            member._value_ = value
            if init is not None:
                init(member, *args)
                if data_type is not None and len(args) == 1 and not isinstance(value, tuple):
                    member._value_ = args[0]
            member._name_ = key
            member.__objclass__ = enum_class
            canonical = None
            for name in enum_class._member_names_:
                other = enum_class._member_map_[name]
                if other._value_ == member._value_:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(key)
            enum_class._member_map_[key] = member
            try:
                if member._value_ not in enum_class._value2member_map_:
                    enum_class._value2member_map_[member._value_] = member
            except TypeError:
                pass
            type.__setattr__(enum_class, key, member)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new_member__(value)
        return cls._create_(value, names, module=module, type=type, start=start)

    def __new_member__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(e, start + i) for i, e in enumerate(names)]
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            member_name, member_value = item
            classdict[member_name] = member_value
        enum_class = EnumType.__new__(EnumType, class_name, bases, classdict)
        enum_class.__module__ = module or '__main__'
        return enum_class

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return any(m._value_ == member for m in cls._member_map_.values())

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

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__ if not issubclass(cls, Flag) else "<flag %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {}) if '_member_map_' in cls.__dict__ else {}
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, '_value_repr_') else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __repr__(self):
        return Enum.__repr__(self)

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __repr__(self):
        return Enum.__repr__(self)

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value & ~all_bits:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._decompose(value)]
        pseudo._name_ = '|'.join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _decompose(cls, value):
        members = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and value & v == v:
                members.append(m)
        return members

    def __iter__(self):
        return iter(self._decompose(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    def __repr__(self):
        return Flag.__repr__(self)

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
