"""json.decoder: JSONDecoder, JSONDecodeError and the string reader (scanstring)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

from json import scanner

try:
    import _json as _accelerator
except ImportError:
    _accelerator = None

c_scanstring = getattr(_accelerator, 'scanstring', None)

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t'}
_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


class JSONDecodeError(ValueError):
    """A ValueError that also says where in the document decoding failed.

    msg: the bare message; doc: the document; pos: the index of the failure;
    lineno and colno: pos as a 1-based line and column.
    """

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, line, column, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _code_unit(text, pos):
    """The value of the four hex digits at pos (which follow a backslash-u)."""
    digits = text[pos:pos + 4]
    if len(digits) == 4 and all(d in _HEX_DIGITS for d in digits):
        return int(digits, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", text, pos - 1)


def _escaped(text, pos):
    """The character a backslash escape at text[pos] (just past the backslash) stands for, and
    the index after the escape; a surrogate pair written as two escapes makes one character."""
    if pos >= len(text):
        return None, pos
    kind = text[pos]
    if kind != 'u':
        plain = _SIMPLE_ESCAPES.get(kind)
        if plain is None:
            raise JSONDecodeError("Invalid \\escape: %r" % kind, text, pos)
        return plain, pos + 1
    unit = _code_unit(text, pos + 1)
    pos += 5
    if 0xd800 <= unit <= 0xdbff and text.startswith('\\u', pos):
        low = _code_unit(text, pos + 2)
        if 0xdc00 <= low <= 0xdfff:
            return chr(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)), pos + 6
    return chr(unit), pos


def py_scanstring(s, end, strict=True):
    """Read the JSON string whose opening quote is at end - 1: (its text, index past the
    closing quote)."""
    opening = end - 1
    size = len(s)
    pieces = []
    pos = end
    while True:
        run_start = pos
        while pos < size:
            c = s[pos]
            if c == '"' or c == '\\' or (strict and c < ' '):
                break
            pos += 1
        if pos >= size:
            raise JSONDecodeError("Unterminated string starting at", s, opening)
        pieces.append(s[run_start:pos])
        stop = s[pos]
        if stop == '"':
            return ''.join(pieces), pos + 1
        if stop != '\\':
            raise JSONDecodeError("Invalid control character %r at" % stop, s, pos + 1)
        char, pos = _escaped(s, pos + 1)
        if char is None:
            raise JSONDecodeError("Unterminated string starting at", s, opening)
        pieces.append(char)


scanstring = c_scanstring or py_scanstring


# where JSON's whitespace after `pos` ends: the scanner's own helper
_skip_blanks = scanner._past_blanks


class JSONDecoder:
    """Turns JSON text into Python objects (object -> dict, array -> list, string -> str,
    number -> int or float, true/false/null -> True/False/None; NaN and the infinities too).

    object_hook is called with each decoded dict and its result used instead;
    object_pairs_hook (which wins over object_hook) with the list of (key, value) pairs.
    parse_float, parse_int and parse_constant turn number texts and the names 'NaN',
    'Infinity', '-Infinity' into values. With strict false, control characters may appear
    inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.strict = strict
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.parse_int = parse_int or int
        self.parse_float = parse_float or float
        self.object_pairs_hook = object_pairs_hook
        self.object_hook = object_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python value of the JSON document s (a str); surrounding whitespace is allowed."""
        value, end = self.raw_decode(s, _skip_blanks(s, 0))
        end = _skip_blanks(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx]: (value, index just past it)."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", s, stop.value) from None
