# untokenize: exact round trips from 5-tuples, CPython's spacing from 2-tuples, the
# encoding of an ENCODING token, and its ValueError for tokens out of order.
import io
import token
import tokenize
from tokenize import NAME, NUMBER, OP, STRING, NEWLINE, NL, INDENT, DEDENT, ENDMARKER

SOURCES = [
    "x = 1\n",
    "def f(a,b = 2):\n    return  a+b   # sum\n\n\nprint( f(1) )\n",
    "class K:\n\tdef m(self):\n\t\treturn [\n\t\t\t1,\n\t\t\t2]\n",
    "if a:\n    if b:\n        c\n    d\ne\n",
    "total = 1 + \\\n    2 + \\\n\n    3\n",
    "s = '''one\ntwo'''  ;  t = 'a' 'b'\n",
    "x = f'{a}' rb'b' 0x1F 1.5e3j\n",
    "x = (1,\n  2)\n# end\n",
    "x = 1",
    "if x:\n    y",
    "a\r\nb\r\n",
    "é = 'ü'\n",
    "if x:\n    # comment at block level\n    y = 1\n",
    "while True:\n    pass\n\n# trailing\n",
]

for source in SOURCES:
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    full = tokenize.untokenize(tokens)
    print(repr(source))
    print('  full  ', repr(full), full == source)
    pairs = tokenize.untokenize([t[:2] for t in tokens])
    print('  pairs ', repr(pairs))
    again = [t[:2] for t in tokenize.generate_tokens(io.StringIO(pairs).readline)]
    print('  same tokens after pairs:', again == [t[:2] for t in tokens])
    raw = list(tokenize.tokenize(io.BytesIO(source.encode('utf-8')).readline))
    print('  bytes ', repr(tokenize.untokenize(raw)))
    print('  bytes pairs', repr(tokenize.untokenize([t[:2] for t in raw])))

# Hand-made pairs: names and numbers get a space after them; adjacent strings one between.
pairs = [(NAME, 'if'), (NAME, 'x'), (OP, ':'), (NEWLINE, '\n'), (INDENT, '  '),
         (NAME, 'y'), (OP, '='), (STRING, "'a'"), (STRING, "'b'"), (NUMBER, '1'),
         (NEWLINE, '\n'), (DEDENT, ''), (NAME, 'z'), (NEWLINE, '\n'), (ENDMARKER, '')]
print(repr(tokenize.untokenize(pairs)))
print(repr(tokenize.untokenize(iter(pairs))))

# Mixed: 5-tuples first, then a pair switches the rest to the pair mode.
first = list(tokenize.generate_tokens(io.StringIO("a = 1\n").readline))
print(repr(tokenize.untokenize(first[:3] + [(OP, '+'), (NUMBER, '2'), (NEWLINE, '\n')])))

# Positions: gaps become spaces, skipped rows backslash-newlines.
spread = [(NAME, 'a', (1, 0), (1, 1), ''), (OP, '=', (1, 4), (1, 5), ''),
          (NUMBER, '5', (3, 2), (3, 3), ''), (NEWLINE, '\n', (3, 3), (3, 4), '')]
print(repr(tokenize.untokenize(spread)))

# The encoding token makes untokenize return bytes.
enc = [(tokenize.ENCODING, 'latin-1', (0, 0), (0, 0), ''), (NAME, 'x', (1, 0), (1, 1), ''),
       (OP, '=', (1, 2), (1, 3), ''), (STRING, "'\u00e9'", (1, 4), (1, 7), '')]
print(repr(tokenize.untokenize(enc)))
print(repr(tokenize.untokenize([t[:2] for t in enc])))
print(repr(tokenize.untokenize([(tokenize.ENCODING, 'utf-8'), (NAME, 'q')])))

# ENDMARKER stops a full-mode untokenize.
print(repr(tokenize.untokenize([(NAME, 'a', (1, 0), (1, 1), ''),
                                (ENDMARKER, '', (2, 0), (2, 0), ''),
                                (NAME, 'b', (3, 0), (3, 1), '')])))

for bad in ([(NAME, 'a', (1, 5), (1, 6), ''), (NAME, 'b', (1, 2), (1, 3), '')],
            [(NAME, 'a', (2, 0), (2, 1), ''), (NAME, 'b', (1, 9), (1, 10), '')]):
    try:
        tokenize.untokenize(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    tokenize.untokenize([(NAME, 'a', (1, 0))])
except Exception as e:
    print(type(e).__name__, e)

# The Untokenizer class itself.
u = tokenize.Untokenizer()
print(u.prev_row, u.prev_col, u.encoding, u.tokens)
print(repr(u.untokenize(tokenize.generate_tokens(io.StringIO("p(q)\n").readline))))
print(u.prev_row, u.prev_col, u.tokens)

# Transform a program: rename every NAME 'old' and rebuild it.
program = "old = 1\nif old:\n    print(old, 'old')  # old\n"
renamed = []
for tok in tokenize.generate_tokens(io.StringIO(program).readline):
    if tok.type == NAME and tok.string == 'old':
        tok = tok._replace(string='new')
    renamed.append(tok)
print(tokenize.untokenize(renamed), end='')
