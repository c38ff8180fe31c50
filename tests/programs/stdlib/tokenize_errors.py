# tokenize's errors: TokenError at the end of a multi-line statement or string, the
# IndentationError of a dedent to no open level, ERRORTOKENs for stray characters, and
# detect_encoding's SyntaxErrors.
import io
import tokenize


def tokens_of(source):
    return tokenize.generate_tokens(io.StringIO(source).readline)


def run(source):
    seen = []
    try:
        for tok in tokens_of(source):
            seen.append(tok)
    except tokenize.TokenError as e:
        print(repr(source), 'TokenError', e, e.args, len(seen))
    except IndentationError as e:
        print(repr(source), 'IndentationError', e)
        print('   ', e.args, e.filename, e.lineno, e.offset, repr(e.text), e.msg, len(seen))
    else:
        errors = [(t.string, t.start) for t in seen if t.type == tokenize.ERRORTOKEN]
        print(repr(source), 'ok', len(seen), errors)


for source in [
    "x = (1,\n",
    "x = [1,\n2,\n",
    "x = {\n",
    "f(\n  a,\n",
    "x = 1 + \\\n",
    "x = 1 + \\",
    "s = '''abc\n",
    "s = '''abc\ndef\n",
    's = """\n\n',
    "s = 'abc\\\n",
    "s = 'abc\\\ndef\\\n",
    "s = 'abc\\\ndef\nx = 1\n",
    "if x:\n    a\n  b\n",
    "if x:\n        a\n    b\n",
    "if x:\n  if y:\n      a\n    b\n",
    "if x:\n\ta\n        b\n",
    "if x:\n    a\n   b\n",
    "x = $y\n",
    "x = a  ?  b\n",
    "x = 'open\n",
    "x = \"open\ny = 2\n",
    "x = f'open\n",
    "!\n",
    "  \u20ac\n",
    "a = 1 \\ b\n",
    "x = )\n",
    "x = )(\n",
    "])}\n",
    "x = (\n)\n)\n",
]:
    run(source)

try:
    next(tokens_of("(\n"))
    list(tokens_of("(\n"))
except tokenize.TokenError as e:
    print('TokenError is an Exception:', isinstance(e, Exception), type(e).__mro__[1].__name__)
print(issubclass(tokenize.StopTokenizing, Exception))

# The generator raises lazily: tokens before the error come out first.
gen = tokens_of("a b (\n")
print([t.string for t in [next(gen), next(gen), next(gen), next(gen)]])
try:
    next(gen)
except tokenize.TokenError as e:
    print('then', e)


def detect(data, name=None):
    stream = io.BytesIO(data)
    readline = stream.readline
    if name is not None:
        class Named:
            def __init__(self, inner):
                self.inner = inner
                self.name = name

            def readline(self):
                return self.inner.readline()
        readline = Named(stream).readline
    try:
        print(repr(data[:40]), tokenize.detect_encoding(readline))
    except SyntaxError as e:
        print(repr(data[:40]), type(e).__name__, e)


for data in [
    b"",
    b"x = 1\n",
    b"# -*- coding: latin-1 -*-\nx = 1\n",
    b"#!/usr/bin/env python\n# coding=utf-8\n",
    b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\n",
    b"x = 1\n# coding: latin-1\n",
    b"\n# coding: cp1252\n",
    b"  \t# coding:ascii\n",
    b"# coding: UTF_8\n",
    b"# coding: utf-8-unix\n",
    b"# coding: Latin_1\n",
    b"# coding: iso-latin-1-unix\n",
    b"# coding: ISO-8859-1\n",
    b"# coding: koi8-r\n",
    b"# codingutf-8\n",
    b"# coding: \n",
    b"# not a cookie\n# still none\n# third coding: latin-1\n",
    b"\xef\xbb\xbfx = 1\n",
    b"\xef\xbb\xbf",
    b"\xef\xbb\xbf# coding: utf-8\n",
    b"\xef\xbb\xbf\n# coding: utf-8\n",
    b"# coding: nonsense-codec\n",
    b"\xef\xbb\xbf# coding: latin-1\n",
    b"\xff\xfe bad\n",
    b"# ok\n\xff\xfe bad\n",
    b"x\xff = 1\n",
]:
    detect(data)
detect(b"# coding: nonsense-codec\n", 'module.py')
detect(b"\xef\xbb\xbf# coding: latin-1\n", 'module.py')
detect(b"\xff\n", 'module.py')
detect(b"# coding: latin-1\n", 'module.py')

# tokenize() detects the encoding up front and decodes lines with it.
data = "# -*- coding: latin-1 -*-\ns = '\u00e9'\n".encode('latin-1')
for tok in tokenize.tokenize(io.BytesIO(data).readline):
    print(tok)
for tok in tokenize.tokenize(io.BytesIO(b"\xef\xbb\xbfa\n").readline):
    print(tok)
try:
    tokenize.tokenize(io.BytesIO(b"# coding: nonsense-codec\n").readline)
except SyntaxError as e:
    print('at the call:', e)
lines = iter([b"x = (\n", b"1)\n"])
print([t.string for t in tokenize.tokenize(lines.__next__)])
