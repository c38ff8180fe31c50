"""Shell-like lexing: split a command line as a POSIX shell would (quotes, escapes, comments),
quote an argument for a shell, join arguments back into a command line; and the shlex lexer
class behind them (POSIX and classic modes, whitespace_split, punctuation_chars)."""

import re
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_POSIX_EXTRA_WORDCHARS = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                          "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")


class shlex:
    """A lexer over a string or a file: iterate it, or call get_token(), for the tokens.

    The states are ' ' (between tokens), 'a' (in a word), 'c' (in a run of punctuation), a quote
    character (inside that quote), or an escape character (the next character is taken as is);
    None once the input has ended."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if instream is None:
            import sys
            instream, infile = sys.stdin, None  # a name given for stdin is not kept
        elif isinstance(instream, str):
            instream = StringIO(instream)
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = ("abcdfeghijklmnopqrstuvwxyz"
                          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
        if posix:
            self.wordchars += _POSIX_EXTRA_WORDCHARS
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            # Characters that make up file names and options stay in words.
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        """The characters that make tokens of their own (fixed when the lexer is made)."""
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.appendleft(tok)

    def get_token(self):
        """The next token: a pushed-back one first; self.eof at the end."""
        if self.pushback:
            return self.pushback.popleft()
        return self.read_token()

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            char = self._pushback_chars.pop()
        else:
            char = self.instream.read(1)
        if char == "\n":
            self.lineno += 1
        return char

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        after_escape = " "
        while True:
            char = self._next_char()
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == " ":
                if not char:
                    self.state = None
                    break
                if char in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                elif char in self.commenters:
                    self._skip_comment()
                elif self.posix and char in self.escape:
                    after_escape = "a"
                    self.state = char
                elif char in self.wordchars:
                    self.token = char
                    self.state = "a"
                elif char in self._punctuation_chars:
                    self.token = char
                    self.state = "c"
                elif char in self.quotes:
                    if not self.posix:
                        self.token = char
                    self.state = char
                elif self.whitespace_split:
                    self.token = char
                    self.state = "a"
                else:
                    # A character of its own kind is a token by itself.
                    self.token = char
                    if self.token or (self.posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not char:
                    raise ValueError("No closing quotation")
                if char == state:
                    if not self.posix:
                        self.token += char
                        self.state = " "
                        break
                    self.state = "a"
                elif self.posix and char in self.escape and state in self.escapedquotes:
                    after_escape = state
                    self.state = char
                else:
                    self.token += char
            elif state in self.escape:
                if not char:
                    raise ValueError("No escaped character")
                # Inside double quotes, a backslash escapes only the quote or itself; before
                # anything else it stays.
                if after_escape in self.quotes and char != state and char != after_escape:
                    self.token += state
                self.token += char
                self.state = after_escape
            elif state in ("a", "c"):
                if not char:
                    self.state = None
                    break
                if char in self.whitespace:
                    self.state = " "
                    if self.token or (self.posix and quoted):
                        break
                elif char in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = " "
                        if self.token or (self.posix and quoted):
                            break
                elif state == "c":
                    if char in self._punctuation_chars:
                        self.token += char
                    else:
                        if char not in self.whitespace:
                            self._pushback_chars.append(char)
                        self.state = " "
                        break
                elif self.posix and char in self.quotes:
                    self.state = char
                elif self.posix and char in self.escape:
                    after_escape = "a"
                    self.state = char
                elif (char in self.wordchars or char in self.quotes
                      or (self.whitespace_split and char not in self._punctuation_chars)):
                    self.token += char
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(char)
                    else:
                        self.pushback.appendleft(char)
                    self.state = " "
                    if self.token or (self.posix and quoted):
                        break
        result = self.token
        self.token = ""
        if self.posix and not quoted and result == "":
            result = None
        return result

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message in the style of C compilers: file and line."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """The words of a command line, split as a POSIX shell splits them."""
    if s is None:
        # That reads standard input, which was never meant to work.
        from warnings import warn
        warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning,
             stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """s quoted for a POSIX shell: as it is when it needs no quoting, else in single quotes."""
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The command line whose split() gives split_command back."""
    return " ".join(quote(arg) for arg in split_command)
