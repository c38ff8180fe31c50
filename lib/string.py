"""Character-class constants, capwords(), and the Template ($-substitution) and Formatter
(str.format machinery, overridable piece by piece) classes of the string module."""

import re as _re
import sys as _sys

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

# Character classes, ASCII only. (Spelled out rather than built from ranges: they are data.)
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each one and join them back with sep
    (a single space when sep is None or empty)."""
    words = s.split(sep)
    glue = sep if sep else ' '
    return glue.join([word.capitalize() for word in words])


# ---------------------------------------------------------------------------------------------
# Template: PEP 292 substitutions.
#
# A placeholder is the delimiter followed by one of: the delimiter again (an escaped delimiter),
# an identifier, an identifier in braces, or anything else (an invalid placeholder, matched as
# an empty group right after the delimiter). Each class compiles that grammar into `pattern`
# when it is created, from its delimiter, idpattern, braceidpattern and flags; a class may
# instead give a `pattern` of its own with the four groups escaped, named, braced and invalid.

_NOT_GIVEN = {}    # marks "no positional mapping" (an empty dict is a valid mapping too)


def _placeholder_grammar(cls):
    escaped_delimiter = _re.escape(cls.delimiter)
    plain = cls.idpattern
    braced = cls.braceidpattern or plain
    return (f'{escaped_delimiter}(?:'
            f'(?P<escaped>{escaped_delimiter})|'
            f'(?P<named>{plain})|'
            f'{{(?P<braced>{braced})}}|'
            f'(?P<invalid>)'
            f')')


class _Overlay:
    """Keyword arguments looked up before the positional mapping."""

    __slots__ = ('front', 'back')

    def __init__(self, front, back):
        self.front = front
        self.back = back

    def __getitem__(self, key):
        if key in self.front:
            return self.front[key]
        return self.back[key]


def _lookup_table(mapping, kws):
    if mapping is _NOT_GIVEN:
        return kws
    if kws:
        return _Overlay(kws, mapping)
    return mapping


class Template:
    """A string class for supporting $-substitutions."""

    flags = _re.IGNORECASE
    delimiter = '$'
    braceidpattern = None    # None: braced names follow idpattern too
    # ASCII identifiers; IGNORECASE above lets them use capitals as well.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'

    def __init_subclass__(cls):
        super().__init_subclass__()
        source = cls.__dict__['pattern'] if 'pattern' in cls.__dict__ else _placeholder_grammar(cls)
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _unknown_group(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _reject(self, match):
        """Raise the error for the invalid placeholder of `match`, located by line and column
        (both counted from 1; the column is that of the character after the delimiter)."""
        offset = match.start('invalid')
        lines_before = self.template[:offset].splitlines(keepends=True)
        if lines_before:
            line, column = len(lines_before), len(lines_before[-1])
        else:
            line, column = 1, 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def substitute(self, mapping=_NOT_GIVEN, /, **kws):
        table = _lookup_table(mapping, kws)

        def replacement(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(table[name])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._reject(match)
            raise self._unknown_group()
        return self.pattern.sub(replacement, self.template)

    def safe_substitute(self, mapping=_NOT_GIVEN, /, **kws):
        table = _lookup_table(mapping, kws)

        def replacement(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(table[name])
                except KeyError:
                    return match.group()    # unknown names stay as written
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise self._unknown_group()
        return self.pattern.sub(replacement, self.template)

    def is_valid(self):
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None and match.group('braced') is None
                    and match.group('escaped') is None):
                raise self._unknown_group()
        return True

    def get_identifiers(self):
        found = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is None:
                if match.group('invalid') is None and match.group('escaped') is None:
                    raise self._unknown_group()
            elif name not in found:
                found.append(name)
        return found


# The base class gets its pattern the way every subclass does.
Template.__init_subclass__()


# ---------------------------------------------------------------------------------------------
# Formatter: str.format written out as overridable steps. parse() splits a format string into
# (literal text, field name, format spec, conversion) records; get_field() resolves a field name
# ("0", "name.attr", "key[3]") through get_value(); convert_field() applies !s, !r or !a;
# format_field() calls format(). The parsing follows the str.format grammar, with its messages.

_MIXED_NUMBERING = ('cannot switch from manual field specification to automatic field '
                    'numbering')


def _next_brace(text, start):
    """Index of the first brace at or after `start`, or len(text) if there is none."""
    position = start
    size = len(text)
    while position < size and text[position] not in '{}':
        position += 1
    return position


def _read_field(text, position):
    """Parse a replacement field whose opening '{' sits just before `position`.

    Returns (field name, conversion or None, format spec, position after the closing '}')."""
    size = len(text)
    name_start = position
    terminator = None
    while position < size:
        char = text[position]
        position += 1
        if char == '{':
            raise ValueError("unexpected '{' in field name")
        if char == '[':
            # Inside an index anything goes until ']', even ':', '!' and '}'.
            while position < size and text[position] != ']':
                position += 1
        elif char in '}:!':
            terminator = char
            break
    if terminator is None:
        raise ValueError("expected '}' before end of string")
    name = text[name_start:position - 1]
    if terminator == '}':
        return name, None, '', position
    conversion = None
    if terminator == '!':
        if position == size:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[position]
        if conversion == '\0':
            conversion = None    # a NUL conversion reads as none at all
        position += 1
        if position < size:
            after = text[position]
            position += 1
            if after == '}':
                return name, conversion, '', position
            if after != ':':
                raise ValueError("expected ':' after conversion specifier")
    # The spec runs to the '}' that balances the field's own '{'; it may nest fields.
    spec_start = position
    depth = 1
    while position < size:
        char = text[position]
        position += 1
        if char == '{':
            depth += 1
        elif char == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, text[spec_start:position - 1], position
    raise ValueError("unmatched '{' in format spec")


def _format_records(text):
    """The (literal, field name, spec, conversion) records of format string `text`, lazily: an
    error surfaces only when the scan reaches it."""
    size = len(text)
    position = 0
    while position < size:
        brace_at = _next_brace(text, position)
        if brace_at == size:
            yield text[position:], None, None, None
            return
        brace = text[brace_at]
        if brace_at + 1 < size and text[brace_at + 1] == brace:
            # A doubled brace ends the literal, which keeps one of the pair.
            yield text[position:brace_at + 1], None, None, None
            position = brace_at + 2
        elif brace == '}':
            raise ValueError("Single '}' encountered in format string")
        elif brace_at + 1 == size:
            raise ValueError("Single '{' encountered in format string")
        else:
            name, conversion, spec, after = _read_field(text, brace_at + 1)
            yield text[position:brace_at], name, spec, conversion
            position = after


def _decimal_value(text):
    """The integer spelled by `text` if it is a non-empty run of decimal digits (of any
    script), else None."""
    if not text:
        return None
    value = 0
    for char in text:
        if not char.isdecimal():
            return None
        value = value * 10 + int(char)
        if value > _sys.maxsize:
            raise ValueError('Too many decimal digits in format string')
    return value


def _lookup_steps(field_name, position):
    """The (is attribute, name or key) steps after the first part of a field name, lazily."""
    size = len(field_name)
    while position < size:
        marker = field_name[position]
        position += 1
        if marker == '.':
            end = position
            while end < size and field_name[end] not in '.[':
                end += 1
            step = (True, field_name[position:end])
            position = end
        elif marker == '[':
            end = field_name.find(']', position)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[position:end]
            index = _decimal_value(key)
            step = (False, key if index is None else index)
            position = end + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if step[1] == '':
            raise ValueError('Empty attribute in format string')
        yield step


def _split_field_name(field_name):
    """(first part, steps): the first part is an int for positional fields."""
    head_end = 0
    while head_end < len(field_name) and field_name[head_end] not in '.[':
        head_end += 1
    head = field_name[:head_end]
    index = _decimal_value(head)
    return (head if index is None else index), _lookup_steps(field_name, head_end)


def _resolve_numbering(field_name, next_auto):
    """Apply automatic field numbering to `field_name`. `next_auto` is the next automatic index,
    or False once a field has been numbered by hand; the two styles may not be mixed."""
    if field_name == '':
        if next_auto is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(next_auto), next_auto + 1
    if field_name.isdigit():
        if next_auto:
            raise ValueError(_MIXED_NUMBERING)
        return field_name, False
    return field_name, next_auto


class Formatter:
    def vformat(self, format_string, args, kwargs):
        referenced = set()
        # Two levels of nested fields inside format specs are allowed, as in str.format.
        text, _next_auto = self._vformat(format_string, args, kwargs, referenced, 2)
        self.check_unused_args(referenced, args, kwargs)
        return text

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            field_name, auto_arg_index = _resolve_numbering(field_name, auto_arg_index)
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            # The spec may itself hold fields, which share the numbering.
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook for subclasses: nothing is checked by default."""

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converter = _CONVERTERS.get(conversion)
        if converter is None:
            raise ValueError(f'Unknown conversion specifier {conversion!s}')
        return converter(value)

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def parse(self, format_string):
        """Split format_string into (literal_text, field_name, format_spec, conversion) tuples;
        the last three are None when no field follows the literal text."""
        return _format_records(format_string)

    def get_field(self, field_name, args, kwargs):
        first, steps = _split_field_name(field_name)
        found = self.get_value(first, args, kwargs)
        for is_attribute, key in steps:
            found = getattr(found, key) if is_attribute else found[key]
        return found, first


_CONVERTERS = {'s': str, 'r': repr, 'a': ascii}
