"""json.encoder: JSONEncoder and the string quoting functions.

A one-shot encode (JSONEncoder.encode, json.dumps) runs in the native `_json.make_encoder`
when present. iterencode without _one_shot, and every encode when the accelerator is missing,
use the generator below, which yields text in the same pieces CPython's pure-Python encoder
yields (json.dump writes each piece as it comes).
"""

try:
    import _json as _accelerator
except ImportError:
    _accelerator = None

c_encode_basestring_ascii = getattr(_accelerator, 'encode_basestring_ascii', None)
c_encode_basestring = getattr(_accelerator, 'encode_basestring', None)
c_make_encoder = getattr(_accelerator, 'make_encoder', None)

INFINITY = float('inf')

_SHORT_ESCAPES = {
    '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t',
}


def _needs_escape(code, ascii_only):
    return code < 0x20 or code == 0x22 or code == 0x5c or (ascii_only and code > 0x7e)


def _escape(char, ascii_only):
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    code = ord(char)
    if code < 0x20 or not ascii_only:
        return '\\u%04x' % code if code < 0x20 else char
    if code <= 0xffff:
        return '\\u%04x' % code
    # Outside the BMP: a UTF-16 surrogate pair, each half escaped.
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff))


def _quote(s, ascii_only):
    out = []
    clean_from = 0
    for index, char in enumerate(s):
        if _needs_escape(ord(char), ascii_only):
            out.append(s[clean_from:index])
            out.append(_escape(char, ascii_only))
            clean_from = index + 1
    if not out:
        return '"' + s + '"'
    out.append(s[clean_from:])
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """s as a JSON string literal using only ASCII characters."""
    return _quote(s, True)


def py_encode_basestring(s):
    """s as a JSON string literal."""
    return _quote(s, False)


encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii
encode_basestring = c_encode_basestring or py_encode_basestring


class _ChunkEncoder:
    """The settings of one iterencode call and the generators that walk the value."""

    def __init__(self, markers, default, quote, indent, key_separator, item_separator, sort_keys,
                 skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.quote = quote
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def float_text(self, number):
        if number != number:
            text = 'NaN'
        elif number == INFINITY:
            text = 'Infinity'
        elif number == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(number)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(number))
        return text

    def leaf(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def key_text(self, key):
        """A dict key as JSON object keys are written; None to leave the pair out."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def enter(self, o):
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def nested(self, o, depth):
        if isinstance(o, (list, tuple)):
            return self.array(o, depth)
        if isinstance(o, dict):
            return self.mapping(o, depth)
        return self.other(o, depth)

    def value(self, o, depth):
        text = self.leaf(o)
        if text is not None:
            yield text
        else:
            yield from self.nested(o, depth)

    def other(self, o, depth):
        marker = self.enter(o)
        yield from self.value(self.default(o), depth)
        self.leave(marker)

    def opening(self, depth):
        """(text after the bracket, separator between items, text before the closing bracket)."""
        if self.indent is None:
            return '', self.item_separator, ''
        inner = '\n' + self.indent * (depth + 1)
        return inner, self.item_separator + inner, '\n' + self.indent * depth

    def array(self, items, depth):
        if not items:
            yield '[]'
            return
        marker = self.enter(items)
        first_gap, separator, closing_gap = self.opening(depth)
        prefix = '[' + first_gap
        for item in items:
            # A scalar travels with the separator before it; a container starts a new piece.
            text = self.leaf(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.nested(item, depth + 1)
            prefix = separator
        if closing_gap:
            yield closing_gap
        yield ']'
        self.leave(marker)

    def mapping(self, dct, depth):
        if not dct:
            yield '{}'
            return
        marker = self.enter(dct)
        yield '{'
        first_gap, separator, closing_gap = self.opening(depth)
        if first_gap:
            yield first_gap
        pairs = sorted(dct.items()) if self.sort_keys else dct.items()
        started = False
        for key, item in pairs:
            key = self.key_text(key)
            if key is None:
                continue
            if started:
                yield separator
            started = True
            yield self.quote(key)
            yield self.key_separator
            yield from self.value(item, depth + 1)
        if closing_gap:
            yield closing_gap
        yield '}'
        self.leave(marker)


class JSONEncoder:
    """Turns Python values into JSON text (dict -> object, list and tuple -> array, str ->
    string, int and float -> number, True/False/None -> true/false/null).

    Other objects go through default(o), which should return something encodable or raise
    TypeError. skipkeys leaves out dict keys that are not str, int, float, bool or None
    (otherwise TypeError); ensure_ascii escapes every non-ASCII character; check_circular
    detects reference cycles (otherwise they recurse); allow_nan writes NaN and the infinities
    (otherwise ValueError); sort_keys sorts objects by key; indent (a count or a string) lays
    out nested values on lines; separators is the (item, key) separator pair.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        if default is not None:
            self.default = default
        self.indent = indent
        self.sort_keys = sort_keys
        self.allow_nan = allow_nan
        self.check_circular = check_circular
        self.ensure_ascii = ensure_ascii
        self.skipkeys = skipkeys
        if separators is None:
            # Indented output ends lines after the comma, so no space is wanted there.
            if indent is not None:
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators

    def default(self, o):
        """Called for objects with no JSON form: return one that has, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        pieces = self.iterencode(o, _one_shot=True)
        if not isinstance(pieces, (list, tuple)):
            pieces = list(pieces)
        return ''.join(pieces)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as a sequence of pieces (for writing as they are made)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        markers = {} if self.check_circular else None
        if _one_shot and c_make_encoder is not None:
            # Unlike CPython's C encoder, ours also lays out indented text (the same text the
            # pure-Python encoder makes), so it serves every one-shot encode.
            return c_make_encoder(markers, self.default, quote, indent, self.key_separator,
                                  self.item_separator, self.sort_keys, self.skipkeys,
                                  self.allow_nan)(o, 0)
        walker = _ChunkEncoder(markers, self.default, quote, indent, self.key_separator,
                               self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)
        return walker.value(o, 0)
