"""literal_eval's reader: Python literals and displays read from a string without the compiler.

ast.literal_eval of a string uses it, and so can modules that must not carry the compiler's front
end (ast.parse needs it): logging.config reads its literals here."""


# -- errors -----------------------------------------------------------------------------------

def _syntax_error(message, line, col=0, kind=None):
    error_class = kind or SyntaxError
    return error_class(message, ("<unknown>", line, col + 1, None, line, col + 1))


# -- tokens -----------------------------------------------------------------------------------

_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_THREE_CHAR_OPS = ("...", "**=", "//=", ">>=", "<<=")
_TWO_CHAR_OPS = ("**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=",
                 "/=", "%=", "&=", "|=", "^=", "@=")
_ONE_CHAR_OPS = "()[]{},:.;+-*/%&|^~<>=@"
_STRING_PREFIXES = ("", "r", "u", "b", "br", "rb", "f", "fr", "rf")
_KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "break", "class",
             "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
             "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
             "raise", "return", "try", "while", "with", "yield"}
# words a number may run straight into (CPython only warns, e.g. "1if x else 2")
_WORDS_AFTER_NUMBER = ("and", "else", "for", "if", "in", "is", "not", "or")


class _Token:
    def __init__(self, kind, value, line, col):
        self.kind = kind      # 'num', 'str', 'name', 'op', 'newline', 'end'
        self.value = value
        self.line = line
        self.col = col
        self.is_bytes = False
        self.is_format = False


def _is_name_start(ch):
    return ch == "_" or ch.isalpha()


def _is_name_char(ch):
    return ch == "_" or ch.isalnum()


class _Tokenizer:
    """Turns the source into tokens, raising the tokenizer's errors (brackets, numbers, strings)."""

    def __init__(self, source):
        self.src = source
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.brackets = []     # (char, line, col) of each open bracket
        self.tokens = []

    def col(self):
        return self.pos - self.line_start

    def error(self, message, line=None, col=None):
        return _syntax_error(message, self.line if line is None else line,
                             self.col() if col is None else col)

    def run(self):
        src = self.src
        at_line_start = True
        while self.pos < len(src):
            ch = src[self.pos]
            if ch == "\n":
                if not self.brackets and self.tokens and self.tokens[-1].kind != "newline":
                    self.tokens.append(_Token("newline", None, self.line, self.col()))
                self.pos += 1
                self.line += 1
                self.line_start = self.pos
                at_line_start = True
                continue
            if ch in " \t\f\r":
                if at_line_start and not self.brackets and ch in " \t":
                    self.check_indent()
                self.pos += 1
                continue
            if ch == "\\" and src.startswith("\n", self.pos + 1):
                self.pos += 2
                self.line += 1
                self.line_start = self.pos
                continue
            if ch == "#":
                while self.pos < len(src) and src[self.pos] != "\n":
                    self.pos += 1
                continue
            at_line_start = False
            if ch.isdigit() or (ch == "." and src[self.pos + 1:self.pos + 2].isdigit()):
                self.number()
            elif ch in "'\"":
                self.string("")
            elif _is_name_start(ch):
                self.name()
            else:
                self.operator()
        if self.brackets:
            opener, line, col = self.brackets[-1]
            raise self.error("'%s' was never closed" % opener, line, col)
        self.tokens.append(_Token("end", None, self.line, self.col()))
        return self.tokens

    def check_indent(self):
        # indentation only matters in front of a first token on a later line
        rest = self.pos
        while rest < len(self.src) and self.src[rest] in " \t\f":
            rest += 1
        if rest < len(self.src) and self.src[rest] not in "#\n\\" and self.line > 1:
            # reported by the parser, which may already have failed at the line break
            self.tokens.append(_Token("indent", None, self.line, rest - self.line_start))

    def name(self):
        start = self.pos
        while self.pos < len(self.src) and _is_name_char(self.src[self.pos]):
            self.pos += 1
        word = self.src[start:self.pos]
        if self.pos < len(self.src) and self.src[self.pos] in "'\"" and \
                word.lower() in _STRING_PREFIXES:
            self.pos = start
            self.string(word)
            return
        self.tokens.append(_Token("name", word, self.line, start - self.line_start))

    def operator(self):
        src, start = self.src, self.pos
        col = self.col()
        for table in (_THREE_CHAR_OPS, _TWO_CHAR_OPS):
            for op in table:
                if src.startswith(op, start):
                    self.pos += len(op)
                    self.tokens.append(_Token("op", op, self.line, col))
                    return
        ch = src[start]
        if ch not in _ONE_CHAR_OPS:
            raise self.error("invalid syntax")
        if ch in _OPENERS:
            self.brackets.append((ch, self.line, col))
        elif ch in _CLOSERS:
            if not self.brackets:
                raise self.error("unmatched '%s'" % ch)
            opener, line, _ = self.brackets.pop()
            if _OPENERS[opener] != ch:
                where = "" if line == self.line else " on line %d" % line
                raise self.error("closing parenthesis '%s' does not match opening parenthesis "
                                 "'%s'%s" % (ch, opener, where))
        self.pos += 1
        self.tokens.append(_Token("op", ch, self.line, col))

    # -- numbers ------------------------------------------------------------------------------

    def digits(self, allowed, kind):
        """Consume digits of one base with single underscores between them; how many were read."""
        src = self.src
        count = 0
        while self.pos < len(src):
            ch = src[self.pos]
            if ch in allowed:
                self.pos += 1
                count += 1
            elif ch == "_" and count:
                if self.pos + 1 < len(src) and src[self.pos + 1] in allowed:
                    self.pos += 1
                else:
                    self.pos += 1
                    raise self.error("invalid %s literal" % kind)
            else:
                break
        return count

    def check_number_end(self, kind):
        rest = self.src[self.pos:]
        if rest and _is_name_start(rest[0]):
            for word in _WORDS_AFTER_NUMBER:
                if rest.startswith(word):
                    return
            raise self.error("invalid %s literal" % kind)

    def number(self):
        src, start, col = self.src, self.pos, self.col()
        head = src[start:start + 2].lower()
        bases = {"0x": ("hexadecimal", "0123456789abcdefABCDEF", 16),
                 "0o": ("octal", "01234567", 8), "0b": ("binary", "01", 2)}
        if head in bases:
            kind, allowed, base = bases[head]
            self.pos += 2
            if src[self.pos:self.pos + 1] == "_":
                self.pos += 1
            found = self.digits(allowed, kind)
            nxt = src[self.pos:self.pos + 1]
            if not found and not nxt.isdigit():
                raise self.error("invalid %s literal" % kind)
            if nxt.isdigit():
                raise self.error("invalid digit '%s' in %s literal" % (nxt, kind))
            self.check_number_end(kind)
            text = src[start + 2:self.pos].replace("_", "")
            self.tokens.append(_Token("num", int(text, base), self.line, col))
            return
        decimal = "0123456789"
        whole = self.digits(decimal, "decimal")
        is_float = False
        if src[self.pos:self.pos + 1] == ".":
            is_float = True
            self.pos += 1
            if src[self.pos:self.pos + 1].isdigit():
                self.digits(decimal, "decimal")
        if src[self.pos:self.pos + 1] in ("e", "E") and whole + is_float:
            mark = self.pos
            self.pos += 1
            if src[self.pos:self.pos + 1] in ("+", "-"):
                self.pos += 1
            if not self.digits(decimal, "decimal"):
                if src[mark + 1:mark + 2] in ("+", "-"):
                    raise self.error("invalid decimal literal")
                self.pos = mark
                raise self.error("invalid decimal literal")
            is_float = True
        text = src[start:self.pos].replace("_", "")
        if src[self.pos:self.pos + 1] in ("j", "J"):
            self.pos += 1
            self.check_number_end("imaginary")
            self.tokens.append(_Token("num", complex(0.0, float(text)), self.line, col))
            return
        self.check_number_end("decimal")
        if is_float:
            value = float(text)
        else:
            if len(text) > 1 and text[0] == "0" and text.strip("0"):
                raise _syntax_error("leading zeros in decimal integer literals are not "
                                    "permitted; use an 0o prefix for octal integers",
                                    self.line, col)
            value = int(text)
        self.tokens.append(_Token("num", value, self.line, col))

    # -- strings ------------------------------------------------------------------------------

    def string(self, prefix):
        src = self.src
        start_line, col = self.line, self.col()
        self.pos += len(prefix)
        quote = src[self.pos]
        if src.startswith(quote * 3, self.pos):
            quote = quote * 3
        self.pos += len(quote)
        body_start = self.pos
        raw = "r" in prefix.lower()
        while True:
            if self.pos >= len(src):
                # a line break at the very end opens no new line
                last_line = max(1, len(src.splitlines()))
                if len(quote) == 3:
                    raise _syntax_error("unterminated triple-quoted string literal (detected at "
                                        "line %d)" % last_line, start_line, col)
                raise _syntax_error("unterminated string literal (detected at line %d)"
                                    % last_line, start_line, col)
            ch = src[self.pos]
            if ch == "\\" and self.pos + 1 < len(src):
                if src[self.pos + 1] == "\n":
                    self.line += 1
                    self.line_start = self.pos + 2
                self.pos += 2
                continue
            if ch == "\n":
                if len(quote) == 1:
                    raise _syntax_error("unterminated string literal (detected at line %d)"
                                        % self.line, start_line, col)
                self.line += 1
                self.line_start = self.pos + 1
            if src.startswith(quote, self.pos):
                break
            self.pos += 1
        body = src[body_start:self.pos]
        self.pos += len(quote)
        token = _Token("str", None, start_line, col)
        token.is_bytes = "b" in prefix.lower()
        token.is_format = "f" in prefix.lower()
        if token.is_bytes:
            if any(ord(c) > 127 for c in body):
                raise _syntax_error("bytes can only contain ASCII literal characters",
                                    start_line, col)
            token.value = body.encode("ascii") if raw else _decode_bytes(body, start_line, col)
        elif token.is_format or raw:
            token.value = body
        else:
            token.value = _decode_text(body, start_line, col)
        self.tokens.append(token)


_SIMPLE_ESCAPES = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
                   "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_HEX = "0123456789abcdefABCDEF"


def _hex_run(body, start, count):
    """How many hex digits (at most count) follow body[start]."""
    n = 0
    while n < count and start + n < len(body) and body[start + n] in _HEX:
        n += 1
    return n


def _octal_escape(body, i):
    """The value and length of the octal escape starting at body[i] (after the backslash)."""
    end = i
    while end < len(body) and end < i + 3 and body[end] in "01234567":
        end += 1
    return int(body[i:end], 8), end


def _decode_text(body, line, col):
    """The value of a str literal's body, escapes applied (CPython's messages on bad ones)."""
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\" or i + 1 >= len(body):
            out.append(ch)
            i += 1
            continue
        esc = body[i + 1]
        if esc in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[esc])
            i += 2
        elif esc in "01234567":
            value, i = _octal_escape(body, i + 1)
            out.append(chr(value))
        elif esc in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[esc]
            found = _hex_run(body, i + 2, width)
            if found < width:
                names = {"x": "\\xXX", "u": "\\uXXXX", "U": "\\UXXXXXXXX"}
                raise _escape_error(body, i, i + 1 + found, "truncated %s escape" % names[esc],
                                    line, col)
            code = int(body[i + 2:i + 2 + width], 16)
            if code > 0x10FFFF:
                raise _escape_error(body, i, i + 1 + width, "illegal Unicode character",
                                    line, col)
            out.append(chr(code))
            i += 2 + width
        elif esc == "N":
            close = body.find("}", i + 3)
            if body[i + 2:i + 3] != "{" or close < 0 or close == i + 3:
                last = len(body) - 1 if body[i + 2:i + 3] == "{" and close < 0 else i + 1
                raise _escape_error(body, i, last, "malformed \\N character escape", line, col)
            out.append(_lookup_name(body, i, close, line, col))
            i = close + 1
        else:
            out.append("\\" + esc)
            i += 2
    return "".join(out)


def _lookup_name(body, start, close, line, col):
    try:
        import unicodedata
        return unicodedata.lookup(body[start + 3:close])
    except KeyError:
        raise _escape_error(body, start, close, "unknown Unicode character name", line, col)


def _escape_error(body, first, last, reason, line, col):
    def offset(index):
        return len(body[:index].encode("utf-8"))
    return _syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                         "%d-%d: %s" % (offset(first), offset(last), reason), line, col)


def _decode_bytes(body, line, col):
    """The value of a bytes literal's body (ASCII only), escapes applied."""
    out = bytearray()
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\" or i + 1 >= len(body):
            out.append(ord(ch))
            i += 1
            continue
        esc = body[i + 1]
        if esc in _SIMPLE_ESCAPES:
            out.extend(_SIMPLE_ESCAPES[esc].encode("ascii"))
            i += 2
        elif esc in "01234567":
            value, i = _octal_escape(body, i + 1)
            out.append(value & 0xFF)
        elif esc == "x":
            if _hex_run(body, i + 2, 2) < 2:
                raise _syntax_error("(value error) invalid \\x escape at position %d" % i,
                                    line, col)
            out.append(int(body[i + 2:i + 4], 16))
            i += 4
        else:
            out.extend(("\\" + esc).encode("ascii"))
            i += 2
    return bytes(out)


# -- parser -----------------------------------------------------------------------------------

_COMPARISONS = ("<", ">", "==", ">=", "<=", "!=")
_BINARY_LEVELS = (("|",), ("^",), ("&",), ("<<", ">>"), ("+", "-"), ("*", "/", "//", "%", "@"))
_FORGOT_COMMA = "invalid syntax. Perhaps you forgot a comma?"


class _Parser:
    """Recursive descent over Python's expression grammar, building AST nodes."""

    def __init__(self, tokens, line_count):
        self.tokens = tokens
        self.index = 0
        self.line_count = line_count

    @property
    def tok(self):
        return self.tokens[self.index]

    def advance(self):
        token = self.tokens[self.index]
        self.index += 1
        return token

    def is_op(self, *ops):
        return self.tok.kind == "op" and self.tok.value in ops

    def is_word(self, *words):
        return self.tok.kind == "name" and self.tok.value in words

    def fail(self, message="invalid syntax", token=None):
        token = token or self.tok
        return _syntax_error(message, token.line, token.col)

    def expect_op(self, op):
        if not self.is_op(op):
            raise self.fail()
        self.advance()

    def starts_atom(self):
        token = self.tok
        if token.kind in ("num", "str"):
            return True
        if token.kind == "name":
            return token.value not in _KEYWORDS or token.value in ("True", "False", "None",
                                                                    "lambda", "not")
        return token.kind == "op" and token.value in ("(", "[", "{", "...", "-", "+", "~")

    # -- entry --------------------------------------------------------------------------------

    def skip_line_breaks(self):
        while self.tok.kind == "newline":
            self.advance()
        if self.tok.kind == "indent":
            raise _syntax_error("unexpected indent", self.tok.line, self.tok.col,
                                IndentationError)

    def parse_eval(self):
        self.skip_line_breaks()
        if self.tok.kind == "end":
            raise _syntax_error("invalid syntax", self.line_count, 0)
        node = self.elements_or_single(top=True)
        self.skip_line_breaks()
        if self.tok.kind != "end":
            raise self.fail()
        return node

    def elements_or_single(self, top=False):
        """A comma-separated run (a tuple when there is a comma) outside brackets."""
        line = self.tok.line
        first = self.element()
        if not self.is_op(","):
            if top and isinstance(first, _LStarred):
                raise self.fail()
            return first
        items = [first]
        while self.is_op(","):
            self.advance()
            if self.tok.kind in ("end", "newline") or self.is_op(")", "]", "}", "="):
                break
            items.append(self.element())
        return _LTuple(line, elts=items)

    def element(self):
        if self.is_op("*"):
            token = self.advance()
            return _LStarred(token.line, value=self.binary(0))
        return self.test()

    # -- expressions --------------------------------------------------------------------------

    def test(self):
        if self.is_word("lambda"):
            token = self.advance()
            depth = 0
            while not (depth == 0 and self.is_op(":")):
                if self.tok.kind == "end":
                    raise self.fail()
                depth += self.is_op("(", "[", "{") - self.is_op(")", "]", "}")
                self.advance()
            self.advance()
            return _LLambda(token.line, body=self.test())
        line = self.tok.line
        node = self.disjunction()
        if self.is_word("if"):
            self.advance()
            condition = self.disjunction()
            if not self.is_word("else"):
                raise self.fail("expected 'else' after 'if' expression")
            self.advance()
            return _LIfExp(line, test=condition, body=node, orelse=self.test())
        if self.is_op(":="):
            self.advance()
            return _LNamedExpr(line, target=node, value=self.test())
        return node

    def disjunction(self):
        line = self.tok.line
        node = self.conjunction()
        while self.is_word("or"):
            self.advance()
            node = _LBoolOp(line, values=[node, self.conjunction()])
        return node

    def conjunction(self):
        line = self.tok.line
        node = self.inversion()
        while self.is_word("and"):
            self.advance()
            node = _LBoolOp(line, values=[node, self.inversion()])
        return node

    def inversion(self):
        if self.is_word("not"):
            token = self.advance()
            return _LUnaryOp(token.line, op="Not", operand=self.inversion())
        return self.comparison()

    def comparison(self):
        line = self.tok.line
        node = self.binary(0)
        while True:
            if self.is_op(*_COMPARISONS) or self.is_word("in", "is"):
                word = self.advance().value
                if word == "is" and self.is_word("not"):
                    self.advance()
            elif self.is_word("not") and self.tokens[self.index + 1].kind == "name" and \
                    self.tokens[self.index + 1].value == "in":
                self.advance()
                self.advance()
            else:
                return node
            node = _LCompare(line, left=node, right=self.binary(0))

    def binary(self, level):
        if level == len(_BINARY_LEVELS):
            return self.unary()
        line = self.tok.line
        node = self.binary(level + 1)
        while self.is_op(*_BINARY_LEVELS[level]):
            op = self.advance().value
            node = _LBinOp(line, left=node, op=op, right=self.binary(level + 1))
        return node

    def unary(self):
        if self.is_op("+", "-", "~"):
            token = self.advance()
            return _LUnaryOp(token.line, op=token.value, operand=self.unary())
        return self.power()

    def power(self):
        line = self.tok.line
        if self.is_word("await"):
            self.advance()
            return _LAwait(line, value=self.power())
        node = self.primary()
        if self.is_op("**"):
            self.advance()
            return _LBinOp(line, left=node, op="**", right=self.unary())
        return node

    def primary(self):
        node = self.atom()
        while True:
            if self.is_op("("):
                self.advance()
                node = _LCall(node.lineno, func=node, args=self.call_arguments())
            elif self.is_op("["):
                self.advance()
                node = _LSubscript(node.lineno, value=node, slice=self.subscript())
            elif self.is_op("."):
                self.advance()
                if self.tok.kind != "name":
                    raise self.fail()
                node = _LAttribute(node.lineno, value=node, attr=self.advance().value)
            else:
                return node

    def call_arguments(self):
        args = []
        while not self.is_op(")"):
            if self.is_op("*", "**"):
                self.advance()
                args.append(_LStarred(self.tok.line, value=self.test()))
            elif self.tok.kind == "name" and self.tokens[self.index + 1].kind == "op" and \
                    self.tokens[self.index + 1].value == "=":
                self.advance()
                self.advance()
                args.append(self.test())
            else:
                value = self.test()
                if self.is_word("for"):
                    value = _LGeneratorExp(value.lineno, elt=value, gens=self.comprehension())
                args.append(value)
            if not self.is_op(","):
                if not self.is_op(")"):
                    raise self.fail(_FORGOT_COMMA if self.starts_atom() else "invalid syntax")
                break
            self.advance()
        self.advance()
        return args

    def subscript(self):
        parts = []
        while True:
            line = self.tok.line
            bounds = []
            if not self.is_op(":"):
                bounds.append(self.element())
            while self.is_op(":"):
                self.advance()
                if not self.is_op(":", ",", "]"):
                    bounds.append(self.test())
                parts.append(_LSlice(line, parts=bounds))
            if not bounds and not parts:
                raise self.fail()
            parts.append(bounds[0] if bounds else None)
            if not self.is_op(","):
                break
            self.advance()
            if self.is_op("]"):
                break
        self.expect_op("]")
        return parts

    def target(self):
        if self.is_op("*"):
            self.advance()
        return self.binary(0)

    def comprehension(self):
        clauses = []
        while self.is_word("for", "async"):
            if self.is_word("async"):
                self.advance()
            self.advance()
            targets = [self.target()]
            while self.is_op(","):
                self.advance()
                targets.append(self.target())
            if not self.is_word("in"):
                raise self.fail()
            self.advance()
            clauses.append((targets, self.disjunction()))
            while self.is_word("if"):
                self.advance()
                clauses.append(self.disjunction())
        return clauses

    def atom(self):
        token = self.tok
        if token.kind == "num":
            self.advance()
            return _LConstant(token.line, value=token.value)
        if token.kind == "str":
            return self.strings()
        if token.kind == "name":
            if token.value in ("True", "False", "None"):
                self.advance()
                return _LConstant(token.line,
                                value={"True": True, "False": False, "None": None}[token.value])
            if token.value in _KEYWORDS:
                raise self.fail()
            self.advance()
            return _LName(token.line, id=token.value)
        if self.is_op("..."):
            self.advance()
            return _LConstant(token.line, value=...)
        if self.is_op("("):
            return self.parenthesized()
        if self.is_op("["):
            self.advance()
            return self.sequence("]", _LList, _LListComp, token)
        if self.is_op("{"):
            return self.braces()
        raise self.fail()

    def strings(self):
        first = self.tok
        parts = []
        while self.tok.kind == "str":
            token = self.advance()
            if token.is_bytes != first.is_bytes:
                raise self.fail("cannot mix bytes and nonbytes literals", token)
            parts.append(token)
        if any(part.is_format for part in parts):
            return _LJoinedStr(first.line, values=parts)
        joiner = b"" if first.is_bytes else ""
        return _LConstant(first.line, value=joiner.join(part.value for part in parts))

    def parenthesized(self):
        opener = self.advance()
        if self.is_op(")"):
            self.advance()
            return _LTuple(opener.line, elts=[])
        first = self.element()
        if self.is_word("for"):
            node = _LGeneratorExp(opener.line, elt=first, gens=self.comprehension())
            self.expect_op(")")
            return node
        if self.is_op(")"):
            self.advance()
            if isinstance(first, _LStarred):
                raise self.fail()
            return first
        return self.rest_of_sequence(first, ")", _LTuple, opener)

    def sequence(self, closer, node_class, comp_class, opener):
        if self.is_op(closer):
            self.advance()
            return node_class(opener.line, elts=[])
        first = self.element()
        if self.is_word("for"):
            node = comp_class(opener.line, elt=first, gens=self.comprehension())
            self.expect_op(closer)
            return node
        return self.rest_of_sequence(first, closer, node_class, opener)

    def rest_of_sequence(self, first, closer, node_class, opener):
        items = [first]
        while True:
            if self.is_op(closer):
                self.advance()
                return node_class(opener.line, elts=items)
            if not self.is_op(","):
                raise self.juxtaposed(items[-1])
            self.advance()
            if self.is_op(closer):
                continue
            items.append(self.element())

    def juxtaposed(self, previous):
        """The error for a token that cannot follow an element inside brackets."""
        if self.starts_atom() and not (isinstance(previous, _LName) and self.tok.kind == "str"):
            return _syntax_error(_FORGOT_COMMA, previous.lineno, 0)
        return self.fail()

    def braces(self):
        opener = self.advance()
        if self.is_op("}"):
            self.advance()
            return _LDict(opener.line, keys=[], values=[])
        if self.is_op("**"):
            self.advance()
            return self.rest_of_dict(None, self.binary(0), opener)
        first = self.element()
        if self.is_op(":") and not isinstance(first, _LStarred):
            self.advance()
            value = self.test()
            if self.is_word("for"):
                node = _LDictComp(opener.line, key=first, value=value, gens=self.comprehension())
                self.expect_op("}")
                return node
            return self.rest_of_dict(first, value, opener)
        if self.is_word("for"):
            node = _LSetComp(opener.line, elt=first, gens=self.comprehension())
            self.expect_op("}")
            return node
        return self.rest_of_sequence(first, "}", _LSet, opener)

    def rest_of_dict(self, key, value, opener):
        keys, values = [key], [value]
        while True:
            if self.is_op("}"):
                self.advance()
                return _LDict(opener.line, keys=keys, values=values)
            if not self.is_op(","):
                raise self.juxtaposed(values[-1])
            self.advance()
            if self.is_op("}"):
                continue
            if self.is_op("**"):
                self.advance()
                keys.append(None)
                values.append(self.binary(0))
                continue
            key_token = self.tok
            key = self.test()
            if not self.is_op(":"):
                if self.is_op(",", "}"):
                    raise self.fail("':' expected after dictionary key", key_token)
                raise self.juxtaposed(key)
            self.advance()
            keys.append(key)
            values.append(self.test())


class _LitNode:
    """A node of literal_eval's own parser: the field names of the real nodes, operators as text."""

    def __init__(self, lineno=None, **fields):
        self.lineno = lineno
        for key, value in fields.items():
            setattr(self, key, value)


def _lit_class(name):
    return type(name, (_LitNode,), {"__module__": "ast"})


_LConstant, _LName, _LTuple, _LList, _LSet, _LDict, _LCall = map(
    _lit_class, ("Constant", "Name", "Tuple", "List", "Set", "Dict", "Call"))
_LBinOp, _LUnaryOp, _LBoolOp, _LCompare, _LIfExp, _LLambda = map(
    _lit_class, ("BinOp", "UnaryOp", "BoolOp", "Compare", "IfExp", "Lambda"))
_LAttribute, _LSubscript, _LStarred, _LJoinedStr, _LSlice = map(
    _lit_class, ("Attribute", "Subscript", "Starred", "JoinedStr", "Slice"))
_LListComp, _LSetComp, _LDictComp, _LGeneratorExp, _LAwait, _LNamedExpr = map(
    _lit_class, ("ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "NamedExpr"))

# The classes value_of accepts for each node kind: this reader's own, and once the ast module is
# imported, its node classes too (see accept_nodes); likewise the sign operator classes.
_KIND = {name: (cls,) for name, cls in (
    ("Constant", _LConstant), ("Name", _LName), ("Tuple", _LTuple), ("List", _LList), ("Set", _LSet),
    ("Dict", _LDict), ("Call", _LCall), ("BinOp", _LBinOp), ("UnaryOp", _LUnaryOp))}
_SIGNS = {}


def accept_nodes(classes, signs):
    """Let value_of read the ast module's nodes: `classes` maps kind names to node classes,
    `signs` maps operator classes to '+' or '-'."""
    for name, cls in classes.items():
        _KIND[name] = (cls,) + _KIND[name]
    _SIGNS.update(signs)


def _sign_of(op):
    """'+' or '-' for an addition or sign operator (a real one or the literal parser's)."""
    if isinstance(op, str):
        return op if op in ("+", "-") else None
    return _SIGNS.get(type(op))


def _malformed(node):
    line = getattr(node, "lineno", None)
    where = " on line %d" % line if line else ""
    raise ValueError("malformed node or string%s: %r" % (where, node))


def _number(node):
    if isinstance(node, _KIND["Constant"]) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _signed_number(node):
    if isinstance(node, _KIND["UnaryOp"]):
        sign = _sign_of(node.op)
        if sign is not None:
            operand = _number(node.operand)
            return +operand if sign == "+" else -operand
    return _number(node)


def value_of(node):
    if isinstance(node, _KIND["Constant"]):
        return node.value
    if isinstance(node, _KIND["Tuple"]):
        return tuple(value_of(item) for item in node.elts)
    if isinstance(node, _KIND["List"]):
        return [value_of(item) for item in node.elts]
    if isinstance(node, _KIND["Set"]):
        result = set()
        for item in node.elts:
            result.add(value_of(item))
        return result
    if isinstance(node, _KIND["Call"]) and isinstance(node.func, _KIND["Name"]) \
            and node.func.id == "set" and node.args == [] and getattr(node, "keywords", []) == []:
        return set()
    if isinstance(node, _KIND["Dict"]):
        if len(node.keys) != len(node.values):
            _malformed(node)
        result = {}
        for key, value in zip(node.keys, node.values):
            key = value_of(key)
            result[key] = value_of(value)
        return result
    if isinstance(node, _KIND["BinOp"]) and _sign_of(node.op) is not None:
        left = _signed_number(node.left)
        right = _number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if _sign_of(node.op) == "+" else left - right
    return _signed_number(node)


def literal_eval_text(text):
    """The value of the Python literal or display spelled by `text` (ast.literal_eval of a str)."""
    source = text.lstrip(" \t")
    tokens = _Tokenizer(source).run()
    return value_of(_Parser(tokens, len(source.splitlines())).parse_eval())
