"""Read TOML 1.0 documents into Python values: loads() for text, load() for a binary file.

Tables become dicts, arrays lists, and the date and time kinds datetime, date and time objects.
A malformed document raises TOMLDecodeError, whose message ends with where the reader stopped:
"(at line L, column C)" or "(at end of document)".

The reader walks the text with an index. Every rule takes the index where its construct starts
and gives back the index just past it with the value read. Which keys may still be extended is
kept in a _KeyLedger beside the result, keyed by absolute key paths (tuples of str).
"""

import re
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An invalid TOML document."""


# ---------------------------------------------------------------------------------------------
# Character classes

_BLANK = " \t"
_BLANK_OR_EOL = " \t\n"
_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE_KEY | frozenset("\"'")
_HEX = frozenset("0123456789abcdefABCDEF")

# Control characters are refused everywhere except tab, and except newline where a construct
# may span lines.
_CONTROL = frozenset(chr(code) for code in range(32)) | {"\x7f"}
_BAD_IN_LINE = _CONTROL - {"\t"}
_BAD_IN_BLOCK = _CONTROL - {"\t", "\n"}

_SIMPLE_ESCAPES = {
    "\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f",
    "\\r": "\r", '\\"': '"', "\\\\": "\\",
}
_SPECIALS = {"inf", "nan", "+inf", "-inf", "+nan", "-nan"}

_CLOCK = r"([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,6})\d*)?"
_DATE_TIME_RE = re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"(?:[Tt ]" + _CLOCK + r"(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?",
    re.ASCII)
_TIME_RE = re.compile(_CLOCK, re.ASCII)
_NUMBER_RE = re.compile(
    r"0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*"
    r"|0o[0-7](?:_?[0-7])*"
    r"|0b[01](?:_?[01])*"
    r"|[+-]?(?:0|[1-9](?:_?\d)*)((?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)",
    re.ASCII)


# ---------------------------------------------------------------------------------------------
# Public functions

def load(fp, /, *, parse_float=float):
    """Parse the TOML document in a file opened in binary mode."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document given as a str."""
    # TOML lets a reader turn CRLF into LF everywhere, strings included; after this a lone
    # carriage return is always an error.
    text = s.replace("\r\n", "\n")
    return _Reader(text, _checked_float_maker(parse_float)).document()


def _checked_float_maker(parse_float):
    if parse_float is float:
        return float

    def make_float(digits):
        value = parse_float(digits)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return make_float


# ---------------------------------------------------------------------------------------------
# Which tables may still be written to

class _KeyLedger:
    """What is known about the absolute key paths of one document (or one inline table).

    A *sealed* path holds an inline table or an array written as a value: nothing below it may
    change. A *declared* path is a table that may not be opened again with a [header] or
    extended through dotted keys from another table. Tables that dotted keys create count as
    declared once the next header begins; until then they are *provisional*, so the same
    section can keep adding to them."""

    def __init__(self):
        self.sealed = set()
        self.declared = set()
        self.provisional = []

    def is_sealed(self, path):
        return any(path[:size] in self.sealed for size in range(1, len(path) + 1))

    def is_declared(self, path):
        return path in self.declared

    def settle_provisional(self):
        self.declared.update(self.provisional)
        self.provisional.clear()

    def forget_below(self, path):
        """Drop every mark on path and inside it (a new [[array]] element starts clean)."""
        size = len(path)
        self.sealed = {p for p in self.sealed if p[:size] != path}
        self.declared = {p for p in self.declared if p[:size] != path}


class _NotATable(Exception):
    """A key path runs into a value that is not a table."""


def _descend(root, path, into_arrays):
    """The dict at path below root, creating empty tables on the way. With into_arrays, an
    array of tables stands for its last element."""
    node = root
    for part in path:
        if part not in node:
            node[part] = {}
        node = node[part]
        if into_arrays and isinstance(node, list):
            node = node[-1]
        if not isinstance(node, dict):
            raise _NotATable
    return node


# ---------------------------------------------------------------------------------------------
# The reader

class _Reader:
    def __init__(self, text, make_float):
        self.text = text
        self.make_float = make_float

    # -- errors and small scanners

    def fail(self, at, message):
        text = self.text
        if at >= len(text):
            where = "end of document"
        else:
            line = text.count("\n", 0, at) + 1
            column = at + 1 if line == 1 else at - text.rindex("\n", 0, at)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{message} (at {where})")

    def char_at(self, at):
        return self.text[at] if at < len(self.text) else None

    def skip(self, at, chars):
        text = self.text
        end = len(text)
        while at < end and text[at] in chars:
            at += 1
        return at

    def find_closer(self, at, closer, refused, must_close):
        """The index of closer from at; a refused character before it is an error. Without
        must_close a missing closer means the end of the text."""
        text = self.text
        stop = text.find(closer, at)
        if stop < 0:
            if must_close:
                raise self.fail(len(text), f"Expected {closer!r}")
            stop = len(text)
        for index in range(at, stop):
            if text[index] in refused:
                raise self.fail(index, f"Found invalid character {text[index]!r}")
        return stop

    def skip_comment(self, at):
        if self.char_at(at) == "#":
            return self.find_closer(at + 1, "\n", _BAD_IN_LINE, False)
        return at

    def skip_array_filler(self, at):
        """Blanks, newlines and comments, as many as there are (inside arrays)."""
        while True:
            after = self.skip_comment(self.skip(at, _BLANK_OR_EOL))
            if after == at:
                return at
            at = after

    # -- the document

    def document(self):
        result = {}
        ledger = _KeyLedger()
        section = ()
        text = self.text
        at = 0
        while True:
            at = self.skip(at, _BLANK)
            char = self.char_at(at)
            if char is None:
                return result
            if char == "\n":
                at += 1
                continue
            if char in _KEY_START:
                at = self.assignment(at, result, ledger, section)
                at = self.skip(at, _BLANK)
            elif char == "[":
                ledger.settle_provisional()
                if text.startswith("[[", at):
                    at, section = self.array_header(at, result, ledger)
                else:
                    at, section = self.table_header(at, result, ledger)
                at = self.skip(at, _BLANK)
            elif char != "#":
                raise self.fail(at, "Invalid statement")
            at = self.skip_comment(at)
            char = self.char_at(at)
            if char is None:
                return result
            if char != "\n":
                raise self.fail(at, "Expected newline or end of document after a statement")
            at += 1

    def table_header(self, at, result, ledger):
        at = self.skip(at + 1, _BLANK)
        at, path = self.key(at)
        if ledger.is_declared(path) or ledger.is_sealed(path):
            raise self.fail(at, f"Cannot declare {path} twice")
        ledger.declared.add(path)
        try:
            _descend(result, path, True)
        except _NotATable:
            raise self.fail(at, "Cannot overwrite a value") from None
        if not self.text.startswith("]", at):
            raise self.fail(at, "Expected ']' at the end of a table declaration")
        return at + 1, path

    def array_header(self, at, result, ledger):
        at = self.skip(at + 2, _BLANK)
        at, path = self.key(at)
        if ledger.is_sealed(path):
            raise self.fail(at, f"Cannot mutate immutable namespace {path}")
        ledger.forget_below(path)
        ledger.declared.add(path)
        try:
            owner = _descend(result, path[:-1], True)
        except _NotATable:
            raise self.fail(at, "Cannot overwrite a value") from None
        name = path[-1]
        if name not in owner:
            owner[name] = [{}]
        elif isinstance(owner[name], list):
            owner[name].append({})
        else:
            raise self.fail(at, "Cannot overwrite a value")
        if not self.text.startswith("]]", at):
            raise self.fail(at, "Expected ']]' at the end of an array declaration")
        return at + 2, path

    def assignment(self, at, result, ledger, section):
        """A key/value line inside the current section."""
        at, key, value = self.key_value(at)
        # Each table a dotted key walks through must not be a header's table; those it makes
        # become declared when the section ends.
        for size in range(1, len(key)):
            through = section + key[:size]
            if ledger.is_declared(through):
                raise self.fail(at, f"Cannot redefine namespace {through}")
            ledger.provisional.append(through)
        owner_path = section + key[:-1]
        if ledger.is_sealed(owner_path):
            raise self.fail(at, f"Cannot mutate immutable namespace {owner_path}")
        try:
            owner = _descend(result, owner_path, True)
        except _NotATable:
            raise self.fail(at, "Cannot overwrite a value") from None
        if key[-1] in owner:
            raise self.fail(at, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            ledger.sealed.add(section + key)
        owner[key[-1]] = value
        return at

    # -- keys

    def key_value(self, at):
        at, key = self.key(at)
        if self.char_at(at) != "=":
            raise self.fail(at, "Expected '=' after a key in a key/value pair")
        at = self.skip(at + 1, _BLANK)
        at, value = self.value(at)
        return at, key, value

    def key(self, at):
        """A dotted key as a tuple of its parts; blanks after it are skipped too."""
        parts = []
        while True:
            at, part = self.key_part(at)
            parts.append(part)
            at = self.skip(at, _BLANK)
            if self.char_at(at) != ".":
                return at, tuple(parts)
            at = self.skip(at + 1, _BLANK)

    def key_part(self, at):
        char = self.char_at(at)
        if char is not None and char in _BARE_KEY:
            start = at
            at = self.skip(at, _BARE_KEY)
            return at, self.text[start:at]
        if char == "'":
            return self.literal_string(at)
        if char == '"':
            return self.basic_string(at + 1, False)
        raise self.fail(at, "Invalid initial character for a key part")

    # -- values

    def value(self, at):
        text = self.text
        char = self.char_at(at)
        if char == '"':
            if text.startswith('"""', at):
                return self.basic_block(at)
            return self.basic_string(at + 1, False)
        if char == "'":
            if text.startswith("'''", at):
                return self.literal_block(at)
            return self.literal_string(at)
        if char == "t" and text.startswith("true", at):
            return at + 4, True
        if char == "f" and text.startswith("false", at):
            return at + 5, False
        if char == "[":
            return self.array(at)
        if char == "{":
            return self.inline_table(at)
        found = _DATE_TIME_RE.match(text, at)
        if found:
            try:
                moment = _moment(found.groups())
            except ValueError:
                raise self.fail(at, "Invalid date or datetime") from None
            return found.end(), moment
        found = _TIME_RE.match(text, at)
        if found:
            return found.end(), _clock(*found.groups())
        found = _NUMBER_RE.match(text, at)
        if found:
            return found.end(), self.number(found.group(), found.group(1))
        for size in (3, 4):
            word = text[at:at + size]
            if word in _SPECIALS:
                return at + size, self.make_float(word)
        raise self.fail(at, "Invalid value")

    def number(self, digits, fraction_and_exponent):
        digits = digits.replace("_", "")
        if fraction_and_exponent:
            return self.make_float(digits)
        return int(digits, 0)

    def array(self, at):
        items = []
        at = self.skip_array_filler(at + 1)
        if self.text.startswith("]", at):
            return at + 1, items
        while True:
            at, item = self.value(at)
            items.append(item)
            at = self.skip_array_filler(at)
            char = self.char_at(at)
            if char == "]":
                return at + 1, items
            if char != ",":
                raise self.fail(at, "Unclosed array")
            at = self.skip_array_filler(at + 1)
            if self.text.startswith("]", at):
                return at + 1, items

    def inline_table(self, at):
        table = {}
        ledger = _KeyLedger()
        at = self.skip(at + 1, _BLANK)
        if self.text.startswith("}", at):
            return at + 1, table
        while True:
            at, key, value = self.key_value(at)
            if ledger.is_sealed(key):
                raise self.fail(at, f"Cannot mutate immutable namespace {key}")
            try:
                owner = _descend(table, key[:-1], False)
            except _NotATable:
                raise self.fail(at, "Cannot overwrite a value") from None
            if key[-1] in owner:
                raise self.fail(at, f"Duplicate inline table key {key[-1]!r}")
            owner[key[-1]] = value
            at = self.skip(at, _BLANK)
            char = self.char_at(at)
            if char == "}":
                return at + 1, table
            if char != ",":
                raise self.fail(at, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                ledger.sealed.add(key)
            at = self.skip(at + 1, _BLANK)

    # -- strings

    def literal_string(self, at):
        stop = self.find_closer(at + 1, "'", _BAD_IN_LINE, True)
        return stop + 1, self.text[at + 1:stop]

    def literal_block(self, at):
        at += 3
        if self.text.startswith("\n", at):
            at += 1
        stop = self.find_closer(at, "'''", _BAD_IN_BLOCK, True)
        return self.closing_quotes(stop + 3, self.text[at:stop], "'")

    def basic_block(self, at):
        at += 3
        if self.text.startswith("\n", at):
            at += 1
        return self.basic_string(at, True)

    def closing_quotes(self, at, body, quote):
        """A block string may end with up to two more quotes than its delimiter: they belong
        to the string."""
        for _ in range(2):
            if not self.text.startswith(quote, at):
                break
            body += quote
            at += 1
        return at, body

    def basic_string(self, at, block):
        """The body of a basic string from at (just past the opening quotes)."""
        text = self.text
        refused = _BAD_IN_BLOCK if block else _BAD_IN_LINE
        pieces = []
        start = at
        while True:
            if at >= len(text):
                raise self.fail(at, "Unterminated string")
            char = text[at]
            if char == '"':
                if not block:
                    pieces.append(text[start:at])
                    return at + 1, "".join(pieces)
                if text.startswith('"""', at):
                    pieces.append(text[start:at])
                    return self.closing_quotes(at + 3, "".join(pieces), '"')
                at += 1
            elif char == "\\":
                pieces.append(text[start:at])
                at, piece = self.escape(at, block)
                pieces.append(piece)
                start = at
            elif char in refused:
                raise self.fail(at, f"Illegal character {char!r}")
            else:
                at += 1

    def escape(self, at, block):
        pair = self.text[at:at + 2]
        at += 2
        if block and pair in ("\\ ", "\\\t", "\\\n"):
            return self.line_continuation(at, pair), ""
        if pair == "\\u":
            return self.code_point(at, 4)
        if pair == "\\U":
            return self.code_point(at, 8)
        if pair in _SIMPLE_ESCAPES:
            return at, _SIMPLE_ESCAPES[pair]
        raise self.fail(at, "Unescaped '\\' in a string")

    def line_continuation(self, at, pair):
        """A backslash ending a line of a block string eats the blanks and newlines after it;
        only blanks may stand between it and the end of its line."""
        if pair != "\\\n":
            at = self.skip(at, _BLANK)
            char = self.char_at(at)
            if char is None:
                return at
            if char != "\n":
                raise self.fail(at, "Unescaped '\\' in a string")
            at += 1
        return self.skip(at, _BLANK_OR_EOL)

    def code_point(self, at, size):
        digits = self.text[at:at + size]
        if len(digits) != size or not _HEX.issuperset(digits):
            raise self.fail(at, "Invalid hex value")
        at += size
        code = int(digits, 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise self.fail(at, "Escaped character is not a Unicode scalar value")
        return at, chr(code)


# ---------------------------------------------------------------------------------------------
# Dates and times

def _microseconds(fraction):
    return int(fraction.ljust(6, "0")) if fraction else 0


def _clock(hour, minute, second, fraction):
    return time(int(hour), int(minute), int(second), _microseconds(fraction))


def _moment(groups):
    """A date, or a datetime (naive, or aware when the text gives an offset or Z)."""
    year, month, day, hour, minute, second, fraction, zulu, sign, off_hour, off_minute = groups
    if hour is None:
        return date(int(year), int(month), int(day))
    if sign:
        direction = 1 if sign == "+" else -1
        zone = timezone(direction * timedelta(hours=int(off_hour), minutes=int(off_minute)))
    elif zulu:
        zone = timezone.utc
    else:
        zone = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                    _microseconds(fraction), tzinfo=zone)
