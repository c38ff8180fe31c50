# tokenize over a corpus of snippets, every TokenInfo printed (repr, exact type), through
# both generate_tokens (str) and tokenize (bytes).
import io
import token
import tokenize

SNIPPETS = [
    "x = 1\n",
    "x = 1",
    "",
    "\n",
    "   \n",
    "# only a comment",
    "# only a comment\n",
    "  # indented comment\nx\n",
    "def f(a, b=2, *args, **kw) -> int:\n    return a + b\n",
    "class C:\n    def m(self):\n        pass\n\n    x = 3\ny = 4\n",
    "if x:\n\tif y:\n\t\tz\n\telse:\n\t\tw\n",
    "if a:\n    b\n\n# between\n    \nc\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    print(i)\nelse:\n    pass\n",
    "x = (1,\n     2,  # inside\n\n     3)\n",
    "y = [\n    'a',\n    'b',\n]\n",
    "z = {\n  1: 2,\n}\n",
    "total = 1 + \\\n    2\n",
    "a = 'one' \"two\" '''three''' \"\"\"four\"\"\"\n",
    "s = '''multi\nline\n  string'''\nafter = 1\n",
    's = """\nstarts\non the next line\n"""\n',
    "t = 'cont\\\ninued'\n",
    "u = b'bytes' rb'raw' Rb'x' bR'y' BR'z' br'w'\n",
    "f = f'{x!r:>{width}}' rf'{y}' F'z' fR'w'\n",
    "g = f'''{\n  x\n}'''\n",
    "u'unicode' U'too'\n",
    "n = 0 1 12 0x1F 0X_ff 0o17 0O7 0b1010 0B_1 1_000_000\n",
    "m = 1.0 .5 5. 1e10 1E-5 1.5e+3 1_0.0_1 0.0\n",
    "c = 1j 2J 1.5j .5j 1e3j 10_0j 0j\n",
    "odd = 0777 0_0 00 0x 1__2 1if 0b2 1e 1.e5 1..2 0o8\n",
    "ops = a != b % c %= d & e &= f ** g **= h *= i + j += k - l -= m -> n\n",
    "more = a . b ... c / d // e //= f /= g : h := i ; j < k << l <<= m <= n\n",
    "rest = a = b == c > d >= e >> f >>= g @ h @= i ^ j ^= k | l |= m ~ n\n",
    "brackets = ([{}])\n",
    "print(x)  # trailing comment\n",
    "x = 1 # c1\n# c2\n\n",
    "async def g():\n    await h()\n    async with a as b:\n        pass\n",
    "match p:\n    case [1, 2]:\n        pass\n    case _:\n        pass\n",
    "lambda: (yield)\n",
    "x = 1; y = 2;\n",
    "@decorator\ndef f(): pass\n",
    "with open(p) as f, open(q) as g: pass\n",
    "nonlocal_ = global_ = None_ = 3\n",
    "é = 'unicode name'\nnaïve = 1\n日本 = 2\n",
    "x = 1\r\ny = 2\r\n",
    "if x:\r\n    y\r\n",
    "a\x0cb\n",
    "\x0c\nx\n",
    "   x = 1\n",
    "if 1:\n        deep\n    shallow_dedent_to_nothing\n",
    "x = $\n",
    "y = a ? b : c\n",
    "z = `old`\n",
    "w = !x\n",
    "q = 'unterminated\nnext = 1\n",
    "v = \"also unterminated\n",
    "p = x  \\  \n",
    "r = 5 \\",
    "s = '''never closed",
    "t = (1,",
    "x = \u00b2 + 1\n",
    "y = \u20ac\n",
    "def f():\n    return 1\n  # dedented comment\n",
    "class A: pass\nclass B(A): pass\n",
    "x = [i for i in range(3) if i]\n",
    "print(*args, **kwargs)\n",
    "x: int = 5\n",
    "x = y if z else w\n",
    "del x[0], y.z\n",
    "assert x, 'message'\n",
    "raise ValueError('bad') from None\n",
    "try:\n    pass\nexcept* E:\n    pass\nfinally:\n    pass\n",
    "if x:\n    pass\n\n\n",
    "if x:\n    pass\n    ",
    "x = 1  ",
    "x = 1\n\n\n\n",
    "'a' 'b'\n",
    "\\\n",
    "x = '\\\\'\n",
    "x = 'it\\'s'\n",
    "x = \"say \\\"hi\\\"\"\n",
    "x = '''a ' b '' c'''\n",
    "x = '''a\\''' b'''\n",
]


def dump(tokens):
    for tok in tokens:
        print(' ', tok, token.tok_name[tok.exact_type])


for number, source in enumerate(SNIPPETS):
    print(number, repr(source))
    try:
        dump(tokenize.generate_tokens(io.StringIO(source).readline))
    except Exception as e:
        print('  !', type(e).__name__, e)
    try:
        kinds = [token.tok_name[t.type] for t in tokenize.tokenize(io.BytesIO(source.encode()).readline)]
        print('  bytes:', ' '.join(kinds))
    except Exception as e:
        print('  bytes !', type(e).__name__, e)

# A readline that ends by raising StopIteration instead of returning ''.
lines = iter(["a = [1,\n", "2]\n"])
for tok in tokenize.generate_tokens(lines.__next__):
    print(tok)

# TokenInfo is a named tuple.
tok = next(tokenize.generate_tokens(io.StringIO("name\n").readline))
print(tok.type, tok.string, tok.start, tok.end, tok.line, len(tok), tok[1], tuple(tok))
print(tok == (1, 'name', (1, 0), (1, 4), 'name\n'), tok._fields)
print(tok._replace(string='other'))
print(isinstance(tok, tuple), type(tok).__name__)
kind, text, start, end, line = tok
print(kind, text, start, end, repr(line))
print(tokenize.TokenInfo._make([1, 'a', (1, 0), (1, 1), 'a']))
print(tok._asdict())
print(tokenize.TokenInfo(type=54, string='+', start=(1, 0), end=(1, 1), line='+').exact_type)
print(tokenize.TokenInfo(54, '$', (1, 0), (1, 1), '$').exact_type)
print(tokenize.TokenInfo(60, '+', (1, 0), (1, 1), '+').exact_type)
print([c.__name__ for c in tokenize.TokenInfo.__mro__], tokenize.TokenInfo._fields)
print(tokenize.TokenInfo.__match_args__, tokenize.TokenInfo.__doc__, tokenize.TokenInfo.type.__doc__)
print(tok.__getnewargs__() == tuple(tok), hash(tok) == hash(tuple(tok)))
for bad in (lambda: tok._replace(colour=1), lambda: tokenize.TokenInfo._make([1, 2]),
            lambda: tokenize.TokenInfo(1, 'a', (1, 0), (1, 1)),
            lambda: tokenize.TokenInfo(1, 'a', (1, 0), (1, 1), '', 6)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
match tok:
    case tokenize.TokenInfo(kind, text):
        print('matched', kind, text)
