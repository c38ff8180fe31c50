"""Splitting Python source into tokens, the way CPython 3.11's pure-Python tokenizer does.

tokenize(readline) reads bytes (it finds the encoding first and reports it as an ENCODING
token); generate_tokens(readline) reads str. Both produce TokenInfo 5-tuples; comments and
non-logical newlines (NL) are kept, so untokenize() can rebuild the source.

The scanner is written by hand: at each position it looks for the same alternatives, in
the same order, as CPython's regular expressions (a backslash-newline, the end of the line,
a comment, an opening triple quote, a number, a newline or operator, a one-line string, a
run of word characters), so the tokens, including the ERRORTOKENs for what none of them
accepts, come out identical.
"""

# Every name `from token import *` would give, spelled out.
from token import (
    tok_name, ISTERMINAL, ISNONTERMINAL, ISEOF, EXACT_TOKEN_TYPES, ENDMARKER, NAME, NUMBER,
    STRING, NEWLINE, INDENT, DEDENT, LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS,
    MINUS, STAR, SLASH, VBAR, AMPER, LESS, GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE,
    EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL, TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT,
    DOUBLESTAR, PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL,
    VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL,
    DOUBLESLASH, DOUBLESLASHEQUAL, AT, ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL, OP, AWAIT,
    ASYNC, TYPE_IGNORE, TYPE_COMMENT, SOFT_KEYWORD, ERRORTOKEN, COMMENT, NL, ENCODING,
    N_TOKENS, NT_OFFSET,
)
import token as _token
import sys as _sys
from builtins import open as _open_file

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                            "untokenize", "TokenInfo"]

BOM_UTF8 = b'\xef\xbb\xbf'
tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# The fields, as collections.namedtuple('TokenInfo', ...) would make them; written out so
# that importing tokenize does not bring in the whole collections package.
class TokenInfo(tuple):
    'TokenInfo(type, string, start, end, line)'

    __slots__ = ()
    _fields = ('type', 'string', 'start', 'end', 'line')
    _field_defaults = {}
    __match_args__ = _fields

    def __new__(cls, type, string, start, end, line):
        return tuple.__new__(cls, (type, string, start, end, line))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def _replace(self, /, **changes):
        values = [changes.pop(name, value) for name, value in zip(self._fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    type = property(lambda self: self[0], doc='Alias for field number 0')
    string = property(lambda self: self[1], doc='Alias for field number 1')
    start = property(lambda self: self[2], doc='Alias for field number 2')
    end = property(lambda self: self[3], doc='Alias for field number 3')
    line = property(lambda self: self[4], doc='Alias for field number 4')


_TokenFields = TokenInfo


class TokenInfo(_TokenFields):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


# ---------------------------------------------------------------------------------------
# String prefixes

def _case_variants(letters):
    """Every upper/lower spelling of `letters`."""
    spellings = ['']
    for letter in letters:
        spellings = [head + c for head in spellings for c in (letter.lower(), letter.upper())]
    return spellings


_PREFIX_SPELLINGS = frozenset(
    spelling
    for base in ('', 'b', 'r', 'u', 'f', 'br', 'rb', 'fr', 'rf')
    for spelling in _case_variants(base)
)

single_quoted = {prefix + quote for prefix in _PREFIX_SPELLINGS for quote in ("'", '"')}
triple_quoted = {prefix + quote * 3 for prefix in _PREFIX_SPELLINGS for quote in ("'", '"')}


def _prefix_length(line, i):
    """The length of a string prefix at `i` that a quote follows directly, or -1."""
    for length in (0, 1, 2):
        c = line[i + length:i + length + 1]
        if c == "'" or c == '"':
            return length if line[i:i + length] in _PREFIX_SPELLINGS else -1
        if not c.isalpha():
            return -1
    return -1


# ---------------------------------------------------------------------------------------
# Character classes. Sets, so that '' (read past the end of a line) belongs to none.

_BLANKS = frozenset(' \t\f')
_DECIMAL = frozenset('0123456789')
_NONZERO = frozenset('123456789')
_ZERO = frozenset('0')
_HEX = frozenset('0123456789abcdefABCDEF')
_OCTAL = frozenset('01234567')
_BINARY = frozenset('01')
_IMAGINARY = frozenset('jJ')
_EXPONENT = frozenset('eE')
_SIGNS = frozenset('+-')
_RADIX_DIGITS = {'x': _HEX, 'X': _HEX, 'o': _OCTAL, 'O': _OCTAL, 'b': _BINARY, 'B': _BINARY}
_BRACKETS_OPEN = frozenset('([{')
_BRACKETS_CLOSE = frozenset(')]}')


def _char(line, i):
    return line[i:i + 1]


def _skip_underscored(line, i, digits):
    """Where a run of digits, each optionally preceded by one underscore, ends."""
    while True:
        c = _char(line, i)
        if c in digits:
            i += 1
        elif c == '_' and _char(line, i + 1) in digits:
            i += 2
        else:
            return i


def _digit_part(line, i):
    """The end of a decimal digit run (underscores allowed between digits), or -1."""
    if _char(line, i) not in _DECIMAL:
        return -1
    return _skip_underscored(line, i + 1, _DECIMAL)


def _exponent_end(line, i):
    if _char(line, i) not in _EXPONENT:
        return -1
    i += 1
    if _char(line, i) in _SIGNS:
        i += 1
    return _digit_part(line, i)


def _with_optional_exponent(line, i):
    exponent = _exponent_end(line, i)
    return exponent if exponent >= 0 else i


def _float_end(line, i):
    """A float with a point (exponent optional) or a float with an exponent, or -1."""
    whole = _digit_part(line, i)
    if whole >= 0:
        if _char(line, whole) == '.':
            fraction = _digit_part(line, whole + 1)
            return _with_optional_exponent(line, fraction if fraction >= 0 else whole + 1)
        return _exponent_end(line, whole)
    if _char(line, i) == '.':
        fraction = _digit_part(line, i + 1)
        if fraction >= 0:
            return _with_optional_exponent(line, fraction)
    return -1


def _integer_end(line, i):
    first = _char(line, i)
    if first == '0':
        digits = _RADIX_DIGITS.get(_char(line, i + 1))
        if digits is not None:
            end = _skip_underscored(line, i + 2, digits)
            if end > i + 2:
                return end
        # Only zeros may follow a leading zero: '0777' is two numbers.
        return _skip_underscored(line, i + 1, _ZERO)
    if first in _NONZERO:
        return _skip_underscored(line, i + 1, _DECIMAL)
    return -1


def _number_end(line, i):
    """The end of a number at `i`, trying imaginary, float and integer forms in turn."""
    whole = _digit_part(line, i)
    if whole >= 0 and _char(line, whole) in _IMAGINARY:
        return whole + 1
    real = _float_end(line, i)
    if real >= 0:
        return real + 1 if _char(line, real) in _IMAGINARY else real
    return _integer_end(line, i)


def _operator_end(line, i):
    for width in (3, 2, 1):
        piece = line[i:i + width]
        if len(piece) == width and piece in EXACT_TOKEN_TYPES:
            return i + width
    return -1


def _newline_end(line, i):
    c = _char(line, i)
    if c == '\n':
        return i + 1
    if c == '\r' and _char(line, i + 1) == '\n':
        return i + 2
    return -1


def _is_word_char(c):
    return c == '_' or c.isalnum()


def _word_end(line, i):
    n = len(line)
    while i < n and _is_word_char(line[i]):
        i += 1
    return i


def _one_line_string_end(line, i, quote):
    """Scan a string opened by `quote` just before `i`. Returns (end, complete): complete
    when the closing quote is on this line, not when a backslash-newline continues it;
    end is -1 when neither comes first."""
    while True:
        c = _char(line, i)
        if c == quote:
            return i + 1, True
        if c == '' or c == '\n':
            return -1, False
        if c == '\\':
            after = _char(line, i + 1)
            if after == '\n':
                return i + 2, False
            if after == '\r' and _char(line, i + 2) == '\n':
                return i + 3, False
            if after == '':
                return -1, False
            i += 2
        else:
            i += 1


def _closing_quote_end(line, i, closer):
    """Where the first unescaped `closer` at or after `i` ends, or -1. A backslash before
    the end of the line, or before its newline, leaves the string open."""
    n = len(line)
    while i < n:
        c = line[i]
        if c == '\\':
            if i + 1 >= n or line[i + 1] == '\n':
                return -1
            i += 2
        elif line.startswith(closer, i):
            return i + len(closer)
        else:
            i += 1
    return -1


# What a scan at one position found.
_AT_END, _JOIN, _COMMENT, _TRIPLE, _NUMBER, _NEWLINE, _OPERATOR, _STRING, _OPEN_STRING, \
    _WORD = range(10)


def _next_lexeme(line, pos):
    """Skip blanks from `pos` and recognise what starts there: (kind, start, end), or
    None when nothing does (the caller then reports line[pos] as an ERRORTOKEN)."""
    start = pos
    while _char(line, start) in _BLANKS:
        start += 1
    c = _char(line, start)
    if c == '':
        return _AT_END, start, start
    if c == '\\':
        end = _newline_end(line, start + 1)
        return (_JOIN, start, end) if end >= 0 else None
    if c == '#':
        end = start
        while _char(line, end) not in ('', '\r', '\n'):
            end += 1
        return _COMMENT, start, end
    prefix = _prefix_length(line, start)
    if prefix >= 0:
        quote = line[start + prefix]
        if line.startswith(quote * 3, start + prefix):
            return _TRIPLE, start, start + prefix + 3
    if c in _DECIMAL or c == '.':
        end = _number_end(line, start)
        if end >= 0:
            return _NUMBER, start, end
    end = _newline_end(line, start)
    if end >= 0:
        return _NEWLINE, start, end
    end = _operator_end(line, start)
    if end >= 0:
        return _OPERATOR, start, end
    if prefix >= 0:
        end, complete = _one_line_string_end(line, start + prefix + 1, line[start + prefix])
        if end >= 0:
            return (_STRING if complete else _OPEN_STRING), start, end
    end = _word_end(line, start)
    if end > start:
        return _WORD, start, end
    return None


class _OpenString:
    """A string literal that the end of a line left open."""

    def __init__(self, start, text, lines, closer):
        self.start = start
        self.text = text
        self.lines = lines      # the source lines it spans so far
        self.closer = closer


def _ends_with_backslash_newline(line):
    return line.endswith('\\\n') or line.endswith('\\\r\n')


def _read_line(readline, empty):
    try:
        return readline()
    except StopIteration:
        return empty


def _measure_indent(line):
    """(column, offset) of the first character after the line's leading blanks; tabs
    advance to the next multiple of 8 and a form feed restarts the count."""
    column = 0
    offset = 0
    n = len(line)
    while offset < n:
        c = line[offset]
        if c == ' ':
            column += 1
        elif c == '\t':
            column = (column // tabsize + 1) * tabsize
        elif c == '\f':
            column = 0
        else:
            break
        offset += 1
    return column, offset


def _tokens(readline, encoding):
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'      # detect_encoding has already dropped the BOM
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    empty = '' if encoding is None else b''
    row = 0
    depth = 0                   # brackets open
    joined = False              # the last line ended with a backslash-newline
    indents = [0]
    open_string = None
    # Set when a one-quote string runs on past its line, which it may do only through
    # backslash-newlines. CPython's tokenizer clears it only when a continued string is
    # closed, so a later triple-quoted string left open can inherit it; so does ours.
    backslash_only = False
    line = ''
    while True:
        previous = line
        line = _read_line(readline, empty)
        if encoding is not None:
            line = line.decode(encoding)
        row += 1
        pos = 0
        n = len(line)

        if open_string is not None:
            if not line:
                raise TokenError("EOF in multi-line string", open_string.start)
            close = _closing_quote_end(line, 0, open_string.closer)
            if close >= 0:
                yield TokenInfo(STRING, open_string.text + line[:close], open_string.start,
                                (row, close), open_string.lines + line)
                open_string = None
                backslash_only = False
                pos = close
            elif backslash_only and not _ends_with_backslash_newline(line):
                yield TokenInfo(ERRORTOKEN, open_string.text + line, open_string.start,
                                (row, n), open_string.lines)
                open_string = None
                continue
            else:
                open_string.text += line
                open_string.lines += line
                continue
        elif depth != 0 or joined:
            # Inside brackets, or after a backslash-newline (a stray closing bracket
            # makes the count negative, which CPython treats the same way).
            if not line:
                raise TokenError("EOF in multi-line statement", (row, 0))
            joined = False
        else:
            if not line:
                break
            column, pos = _measure_indent(line)
            if pos == n:
                break
            first = line[pos]
            if first == '#' or first == '\r' or first == '\n':
                # Comments and blank lines say nothing about indentation.
                if first == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (row, pos), (row, pos + len(comment)),
                                    line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (row, pos), (row, n), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (row, 0), (row, pos), line)
            if column < indents[-1] and column not in indents:
                message = "unindent does not match any outer indentation level"
                raise IndentationError(message, ("<tokenize>", row, pos, line))
            while column < indents[-1]:
                indents.pop()
                yield TokenInfo(DEDENT, '', (row, pos), (row, pos), line)

        while pos < n:
            found = _next_lexeme(line, pos)
            if found is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line)
                pos += 1
                continue
            kind, start, end = found
            pos = end
            if kind == _AT_END:
                continue
            text = line[start:end]
            where, till = (row, start), (row, end)
            if kind == _NUMBER:
                yield TokenInfo(NUMBER, text, where, till, line)
            elif kind == _NEWLINE:
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, where, till, line)
            elif kind == _COMMENT:
                yield TokenInfo(COMMENT, text, where, till, line)
            elif kind == _TRIPLE:
                closer = text[-3:]
                close = _closing_quote_end(line, end, closer)
                if close < 0:
                    open_string = _OpenString(where, line[start:], line, closer)
                    break
                pos = close
                yield TokenInfo(STRING, line[start:close], where, (row, close), line)
            elif kind == _STRING:
                yield TokenInfo(STRING, text, where, till, line)
            elif kind == _OPEN_STRING:
                quote = text[_prefix_length(text, 0)]
                open_string = _OpenString(where, line[start:], line, quote)
                backslash_only = True
                break
            elif kind == _WORD:
                # A run of word characters that cannot start a name ('²') is an operator
                # to CPython's tokenizer.
                yield TokenInfo(NAME if text[0].isidentifier() else OP, text, where, till,
                                line)
            elif kind == _JOIN:
                joined = True
            else:
                if text in _BRACKETS_OPEN:
                    depth += 1
                elif text in _BRACKETS_CLOSE:
                    depth -= 1
                yield TokenInfo(OP, text, where, till, line)

    # Source that stops without a newline still ends its logical line.
    if previous and previous[-1] not in '\r\n' and not previous.strip().startswith('#'):
        width = len(previous)
        yield TokenInfo(NEWLINE, '', (row - 1, width), (row - 1, width + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (row, 0), (row, 0), '')
    yield TokenInfo(ENDMARKER, '', (row, 0), (row, 0), '')


def generate_tokens(readline):
    """Tokenize str lines from `readline` (no ENCODING token)."""
    return _tokens(readline, None)


def tokenize(readline):
    """Tokenize bytes lines from `readline`: the encoding is detected first and reported
    as the first token."""
    encoding, consumed = detect_encoding(readline)
    return _tokens(_replaying(consumed, readline), encoding)


def _replaying(consumed, readline):
    """A readline that hands back the lines already read, then reads on until b''."""
    pending = list(consumed)

    def next_line():
        if pending:
            return pending.pop(0)
        return _read_line(readline, b'')

    return next_line


# ---------------------------------------------------------------------------------------
# Encoding detection

def _normal_encoding_name(name):
    """Fold the spellings of utf-8 and latin-1 as CPython's tokenizer does (looking only
    at the first 12 characters)."""
    folded = name[:12].lower().replace('_', '-')
    if folded == 'utf-8' or folded.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if folded == latin or folded.startswith(latin + '-'):
            return 'iso-8859-1'
    return name


_COOKIE_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                               '0123456789_-.')


def _cookie_in(text):
    """The encoding named by a comment like '# -*- coding: latin-1 -*-' that starts the
    line, or None."""
    i = 0
    while _char(text, i) in _BLANKS:
        i += 1
    if _char(text, i) != '#':
        return None
    stop = text.find('\n', i)
    if stop < 0:
        stop = len(text)
    search = i + 1
    while True:
        found = text.find('coding', search, stop)
        if found < 0:
            return None
        j = found + 6
        if j < stop and text[j] in ':=':
            j += 1
            while j < stop and text[j] in ' \t':
                j += 1
            end = j
            while end < stop and text[end] in _COOKIE_NAME_CHARS:
                end += 1
            if end > j:
                return text[j:end]
        search = found + 1


def _is_blank_or_comment(raw):
    i = 0
    while raw[i:i + 1] in (b' ', b'\t', b'\f'):
        i += 1
    return raw[i:i + 1] in (b'', b'#', b'\r', b'\n')


def _encoding_exists(name):
    """Whether a codec is registered under `name`. The codecs module is asked only when
    the program has imported it (only then can it have registered codecs of its own)."""
    registry = _sys.modules.get('codecs')
    if registry is not None:
        try:
            registry.lookup(name)
        except LookupError:
            return False
        return True
    try:
        b'a'.decode(name, 'replace')
    except LookupError as e:
        # A codec that exists but does not decode to str ('hex') is still a codec.
        return not str(e).startswith('unknown encoding')
    return True


def _source_name(readline):
    try:
        return readline.__self__.name
    except AttributeError:
        return None


def detect_encoding(readline):
    """Find the encoding of Python source read through `readline` (bytes lines): a UTF-8
    BOM, or a coding cookie in the first two lines, else 'utf-8'. Returns the encoding and
    the lines it read (at most two, as bytes); 'utf-8-sig' means a BOM was found. Raises
    SyntaxError for an unknown encoding, a cookie that disagrees with the BOM, or a line
    that is not UTF-8 before any cookie."""
    filename = _source_name(readline)

    def described(message):
        if filename is None:
            return message
        return '%s for %r' % (message, filename)

    def cookie(raw, bom):
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError(described("invalid or missing encoding declaration"))
        named = _cookie_in(text)
        if named is None:
            return None
        encoding = _normal_encoding_name(named)
        if not _encoding_exists(encoding):
            if filename is None:
                raise SyntaxError("unknown encoding: " + encoding)
            raise SyntaxError("unknown encoding for %r: %s" % (filename, encoding))
        if bom:
            if encoding != 'utf-8':
                raise SyntaxError(described('encoding problem') + ': utf-8')
            return encoding + '-sig'
        return encoding

    first = _read_line(readline, b'')
    bom = first.startswith(BOM_UTF8)
    fallback = 'utf-8'
    if bom:
        first = first[len(BOM_UTF8):]
        fallback = 'utf-8-sig'
    if not first:
        return fallback, []
    found = cookie(first, bom)
    if found:
        return found, [first]
    if not _is_blank_or_comment(first):
        return fallback, [first]
    second = _read_line(readline, b'')
    if not second:
        return fallback, [first]
    found = cookie(second, bom)
    return (found or fallback), [first, second]


def open(filename):
    """Open a Python source file for reading as text, decoded with the encoding that
    detect_encoding() finds in it."""
    with _open_file(filename, 'rb') as raw:
        encoding, _ = detect_encoding(raw.readline)
    # The builtin text file, rather than io.TextIOWrapper over the binary one: the same
    # reading, without bringing the io module into every program that tokenizes.
    return _open_file(filename, 'r', encoding=encoding)


# ---------------------------------------------------------------------------------------
# Rebuilding source

class Untokenizer:
    """Joins tokens back into source text. Full 5-tuples keep their positions (gaps become
    spaces, skipped rows backslash-newlines); once a 2-tuple appears, the rest is joined
    with the minimal spacing that keeps names and numbers apart."""

    def __init__(self):
        self.encoding = None    # set by an ENCODING token
        self.tokens = []        # the pieces of text produced so far
        self.prev_row, self.prev_col = 1, 0     # where the last token ended

    def add_whitespace(self, start):
        """Move from the end of the last token to `start`."""
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        tokens = iter(iterable)
        indents = []
        at_line_start = False
        for token in tokens:
            if len(token) == 2:
                self._join_pairs(token, tokens)
                break
            kind, text, start, end, _ = token
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind == NEWLINE or kind == NL:
                at_line_start = True
            elif at_line_start and indents:
                # Restore the block's indentation unless the token starts left of it.
                width = len(indents[-1])
                if start[1] >= width:
                    self.tokens.append(indents[-1])
                    self.prev_col = width
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind == NEWLINE or kind == NL:
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(self.tokens)

    def _join_pairs(self, first, rest):
        indents = []
        at_line_start = False
        after_string = False
        out = self.tokens

        def pairs():
            yield first
            yield from rest

        for token in pairs():
            kind, text = token[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == NAME or kind == NUMBER:
                text += ' '
            if kind == STRING:
                # Adjacent literals stay apart: 'a' 'b' is not 'a''b'.
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind == NEWLINE or kind == NL:
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            out.append(text)


def untokenize(iterable):
    """Source text from tokens: str, or bytes in the encoding an ENCODING token gave."""
    joiner = Untokenizer()
    source = joiner.untokenize(iterable)
    if joiner.encoding is not None:
        source = source.encode(joiner.encoding)
    return source
