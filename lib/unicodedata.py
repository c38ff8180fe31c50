"""The Unicode character database of CPython 3.11 (Unicode 14.0.0): properties, names and
normalization of characters, and ucd_3_2_0, the same functions answering for Unicode 3.2.0 (as
IDNA and stringprep want). The data and the algorithms live in the native _unicodedata; this
layer checks the arguments and raises the errors CPython's C module raises."""

import _unicodedata
from _builtinfunc import builtin as _as_builtin

unidata_version = _unicodedata.unidata_version

_FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
_MAX_NAME_BYTES = 256


class _Query:
    """One call's argument checks: `owner` prefixes the arity messages ('unicodedata.', 'UCD.')."""

    def __init__(self, fname, owner, args, kwargs):
        if kwargs:
            raise TypeError(f'{owner}{fname}() takes no keyword arguments')
        self.fname = fname
        self.owner = owner
        self.args = args

    def single(self):
        """The only argument of a one-argument function."""
        if len(self.args) != 1:
            raise TypeError(f'{self.owner}{self.fname}() takes exactly one argument ({len(self.args)} given)')
        return self.args[0]

    def between(self, least, most):
        """The arguments of a function taking `least` to `most` of them."""
        n = len(self.args)
        if least == most and n != least:
            raise TypeError(f'{self.fname} expected {least} arguments, got {n}')
        if n < least:
            raise TypeError(f"{self.fname} expected at least {least} argument{'s' if least > 1 else ''}, got {n}")
        if n > most:
            raise TypeError(f'{self.fname} expected at most {most} arguments, got {n}')
        return self.args

    def char(self, value, which='argument'):
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError(f'{self.fname}() {which} must be a unicode character, not {_kind(value)}')
        return value

    def text(self, value, position):
        if not isinstance(value, str):
            raise TypeError(f'{self.fname}() argument {position} must be str, not {_kind(value)}')
        return value


def _kind(value):
    # How the C argument parser names a wrong argument: None by itself, anything else by type.
    return 'None' if value is None else type(value).__name__


def _property(fname, owner, args, kwargs, old):
    if len(args) == 1 and not kwargs and type(args[0]) is str and len(args[0]) == 1:
        return getattr(_unicodedata, fname)(args[0], old)
    q = _Query(fname, owner, args, kwargs)
    return getattr(_unicodedata, fname)(q.char(q.single()), old)


# decimal, digit, numeric: which of _unicodedata.numbers' values, and the error without a default.
_NUMBER_KINDS = {'decimal': (0, 'not a decimal'), 'digit': (1, 'not a digit'), 'numeric': (2, 'not a numeric character')}


def _number(fname, owner, args, kwargs, old):
    q = _Query(fname, owner, args, kwargs)
    args = q.between(1, 2)
    index, message = _NUMBER_KINDS[fname]
    value = _unicodedata.numbers(q.char(args[0], 'argument 1'), old)[index]
    if value is not None:
        return value
    if len(args) > 1:
        return args[1]
    raise ValueError(message)


def _name(owner, args, kwargs, old):
    q = _Query('name', owner, args, kwargs)
    args = q.between(1, 2)
    found = _unicodedata.name(q.char(args[0], 'argument 1'), old)
    if found is not None:
        return found
    if len(args) > 1:
        return args[1]
    raise ValueError('no such name')


def _lookup(owner, args, kwargs, old):
    wanted = _Query('lookup', owner, args, kwargs).single()
    if isinstance(wanted, str):
        size = len(wanted.encode('utf-8'))
    elif isinstance(wanted, bytes):
        size = len(wanted)
        wanted = wanted.decode('utf-8', 'replace')
    elif isinstance(wanted, (bytearray, memoryview)):
        raise TypeError(f'lookup() argument must be read-only bytes-like object, not {type(wanted).__name__}')
    else:
        raise TypeError(f"a bytes-like object is required, not '{type(wanted).__name__}'")
    if size > _MAX_NAME_BYTES:
        raise KeyError('name too long')
    found = _unicodedata.lookup(wanted, old)
    if found is None:
        # The C module reads the name as a C string: the message stops at a NUL.
        shown = wanted.split('\0', 1)[0]
        raise KeyError(f"undefined character name '{shown}'")
    return found


def _normal(fname, owner, args, kwargs, old):
    q = _Query(fname, owner, args, kwargs)
    form, text = q.between(2, 2)
    form = q.text(form, 1)
    text = q.text(text, 2)
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    return getattr(_unicodedata, fname)(form, text, old)


_HERE = 'unicodedata.'


def category(*args, **kwargs):
    """The general category of a character ('Lu', 'Nd', 'Cn'...), as a str."""
    return _property('category', _HERE, args, kwargs, False)


def bidirectional(*args, **kwargs):
    """The bidirectional class of a character ('L', 'AN'...), '' when it has none."""
    return _property('bidirectional', _HERE, args, kwargs, False)


def combining(*args, **kwargs):
    """The canonical combining class of a character, an int (0 for starters)."""
    return _property('combining', _HERE, args, kwargs, False)


def east_asian_width(*args, **kwargs):
    """The East Asian width of a character: 'F', 'H', 'W', 'Na', 'A' or 'N'."""
    return _property('east_asian_width', _HERE, args, kwargs, False)


def mirrored(*args, **kwargs):
    """1 when the character is mirrored in right-to-left text, else 0."""
    return _property('mirrored', _HERE, args, kwargs, False)


def decomposition(*args, **kwargs):
    """The character's decomposition mapping as text ('<compat> 0020 0301'), '' when none."""
    return _property('decomposition', _HERE, args, kwargs, False)


def decimal(*args, **kwargs):
    """decimal(chr[, default]): the decimal digit value of a character, an int."""
    return _number('decimal', _HERE, args, kwargs, False)


def digit(*args, **kwargs):
    """digit(chr[, default]): the digit value of a character (superscripts too), an int."""
    return _number('digit', _HERE, args, kwargs, False)


def numeric(*args, **kwargs):
    """numeric(chr[, default]): the numeric value of a character (fractions too), a float."""
    return _number('numeric', _HERE, args, kwargs, False)


def name(*args, **kwargs):
    """name(chr[, default]): the character's Unicode name."""
    return _name(_HERE, args, kwargs, False)


def lookup(*args, **kwargs):
    """The character (or named sequence) with the given name, alias or sequence name."""
    return _lookup(_HERE, args, kwargs, False)


def normalize(*args, **kwargs):
    """normalize(form, unistr): unistr in normal form 'NFC', 'NFD', 'NFKC' or 'NFKD'."""
    return _normal('normalize', _HERE, args, kwargs, False)


def is_normalized(*args, **kwargs):
    """is_normalized(form, unistr): whether unistr is already in that normal form."""
    return _normal('is_normalized', _HERE, args, kwargs, False)


# The module's functions are C functions in CPython: builtins that print as such and do not bind
# as methods. Their parameters are documented as argument clinic spells them.
_ONE_CHAR = '($module, chr, /)'
_CHAR_AND_DEFAULT = '($module, chr, default=<unrepresentable>, /)'
_FORM_AND_TEXT = '($module, form, unistr, /)'
for _fname, _text in (('category', _ONE_CHAR), ('bidirectional', _ONE_CHAR),
                      ('combining', _ONE_CHAR), ('east_asian_width', _ONE_CHAR),
                      ('mirrored', _ONE_CHAR), ('decomposition', _ONE_CHAR),
                      ('decimal', _CHAR_AND_DEFAULT), ('digit', _CHAR_AND_DEFAULT),
                      ('numeric', _CHAR_AND_DEFAULT), ('name', _CHAR_AND_DEFAULT),
                      ('lookup', '($module, name, /)'), ('normalize', _FORM_AND_TEXT),
                      ('is_normalized', _FORM_AND_TEXT)):
    globals()[_fname] = _as_builtin(globals()[_fname], 'unicodedata', True, _text)
del _fname, _text


_UCD = 'UCD.'


class UCD:
    """The database of one older Unicode version; the module's ucd_3_2_0 is the only one."""

    __slots__ = ('unidata_version',)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'unicodedata.UCD' instances")

    def category(self, *args, **kwargs):
        return _property('category', _UCD, args, kwargs, True)

    def bidirectional(self, *args, **kwargs):
        return _property('bidirectional', _UCD, args, kwargs, True)

    def combining(self, *args, **kwargs):
        return _property('combining', _UCD, args, kwargs, True)

    def east_asian_width(self, *args, **kwargs):
        return _property('east_asian_width', _UCD, args, kwargs, True)

    def mirrored(self, *args, **kwargs):
        return _property('mirrored', _UCD, args, kwargs, True)

    def decomposition(self, *args, **kwargs):
        return _property('decomposition', _UCD, args, kwargs, True)

    def decimal(self, *args, **kwargs):
        return _number('decimal', _UCD, args, kwargs, True)

    def digit(self, *args, **kwargs):
        return _number('digit', _UCD, args, kwargs, True)

    def numeric(self, *args, **kwargs):
        return _number('numeric', _UCD, args, kwargs, True)

    def name(self, *args, **kwargs):
        return _name(_UCD, args, kwargs, True)

    def lookup(self, *args, **kwargs):
        return _lookup(_UCD, args, kwargs, True)

    def normalize(self, *args, **kwargs):
        return _normal('normalize', _UCD, args, kwargs, True)

    def is_normalized(self, *args, **kwargs):
        return _normal('is_normalized', _UCD, args, kwargs, True)


ucd_3_2_0 = object.__new__(UCD)
ucd_3_2_0.unidata_version = '3.2.0'
