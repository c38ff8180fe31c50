"""json.scanner: `make_scanner(context)` builds the function that reads one JSON value.

The returned `scan_once(string, idx)` gives `(value, end)` and raises StopIteration(idx) when no
value starts at `idx`. The native `_json.make_scanner` is used when present; `py_make_scanner`
is the fallback, a character-by-character reader (no regular expressions) that takes its hooks
from the context object (a JSONDecoder) just as the native one does.
"""

__all__ = ['make_scanner']

try:
    import _json as _accelerator
except ImportError:
    _accelerator = None

c_make_scanner = getattr(_accelerator, 'make_scanner', None)

_BLANKS = ' \t\n\r'
_DIGITS = '0123456789'
_LITERALS = (('null', None), ('true', True), ('false', False))
_NAMED_FLOATS = ('NaN', 'Infinity', '-Infinity')


def _fail(msg, doc, pos):
    # json.decoder imports this module, so the error class is fetched only when needed.
    from json.decoder import JSONDecodeError
    raise JSONDecodeError(msg, doc, pos)


def _past_blanks(text, pos):
    end = len(text)
    while pos < end and text[pos] in _BLANKS:
        pos += 1
    return pos


def _past_digits(text, pos):
    end = len(text)
    while pos < end and text[pos] in _DIGITS:
        pos += 1
    return pos


class _ValueReader:
    """Reads values the way the context (a JSONDecoder) asks: its hooks and strictness."""

    def __init__(self, context):
        self.strict = context.strict
        self.read_string = context.parse_string
        self.make_float = context.parse_float
        self.make_int = context.parse_int
        self.make_constant = context.parse_constant
        self.object_hook = context.object_hook
        self.pairs_hook = context.object_pairs_hook
        self.memo = context.memo

    def __call__(self, text, pos):
        try:
            return self.value(text, pos)
        finally:
            self.memo.clear()

    def value(self, text, pos):
        if pos >= len(text):
            raise StopIteration(pos)
        first = text[pos]
        if first == '"':
            return self.read_string(text, pos + 1, self.strict)
        if first == '{':
            return self.mapping(text, pos + 1)
        if first == '[':
            return self.sequence(text, pos + 1)
        for word, result in _LITERALS:
            if text.startswith(word, pos):
                return result, pos + len(word)
        number = self.number(text, pos)
        if number is not None:
            return number
        for name in _NAMED_FLOATS:
            if text.startswith(name, pos):
                return self.make_constant(name), pos + len(name)
        raise StopIteration(pos)

    def number(self, text, pos):
        """(value, end) for a number starting at pos, or None when none starts there."""
        end = len(text)
        cursor = pos + 1 if text.startswith('-', pos) else pos
        if cursor >= end or text[cursor] not in _DIGITS:
            return None
        cursor = cursor + 1 if text[cursor] == '0' else _past_digits(text, cursor)
        whole = cursor
        if cursor + 1 < end and text[cursor] == '.' and text[cursor + 1] in _DIGITS:
            cursor = _past_digits(text, cursor + 1)
        if cursor < end and text[cursor] in 'eE':
            mark = cursor + 1
            if mark < end and text[mark] in '+-':
                mark += 1
            if mark < end and text[mark] in _DIGITS:
                cursor = _past_digits(text, mark)
        literal = text[pos:cursor]
        if cursor == whole:
            return self.make_int(literal), cursor
        return self.make_float(literal), cursor

    def member_value(self, text, pos):
        try:
            return self.value(text, pos)
        except StopIteration as stop:
            _fail("Expecting value", text, stop.value)

    def mapping(self, text, pos):
        pairs = []
        pos = _past_blanks(text, pos)
        if text.startswith('}', pos):
            return self.finish_mapping(pairs), pos + 1
        while True:
            if not text.startswith('"', pos):
                _fail("Expecting property name enclosed in double quotes", text, pos)
            key, pos = self.read_string(text, pos + 1, self.strict)
            key = self.memo.setdefault(key, key)
            pos = _past_blanks(text, pos)
            if not text.startswith(':', pos):
                _fail("Expecting ':' delimiter", text, pos)
            item, pos = self.member_value(text, _past_blanks(text, pos + 1))
            pairs.append((key, item))
            pos = _past_blanks(text, pos)
            if text.startswith('}', pos):
                return self.finish_mapping(pairs), pos + 1
            if not text.startswith(',', pos):
                _fail("Expecting ',' delimiter", text, pos)
            pos = _past_blanks(text, pos + 1)

    def finish_mapping(self, pairs):
        if self.pairs_hook is not None:
            return self.pairs_hook(pairs)
        made = dict(pairs)
        return made if self.object_hook is None else self.object_hook(made)

    def sequence(self, text, pos):
        items = []
        pos = _past_blanks(text, pos)
        if text.startswith(']', pos):
            return items, pos + 1
        while True:
            item, pos = self.member_value(text, pos)
            items.append(item)
            pos = _past_blanks(text, pos)
            if text.startswith(']', pos):
                return items, pos + 1
            if not text.startswith(',', pos):
                _fail("Expecting ',' delimiter", text, pos)
            pos = _past_blanks(text, pos + 1)


def py_make_scanner(context):
    return _ValueReader(context)


make_scanner = c_make_scanner or py_make_scanner
