# TOML documents read by tomllib: hand-written valid and invalid ones, documents generated from
# random nested values, and mutations of valid documents (most of them invalid).
import io
import tomllib
from datetime import date, datetime, time, timedelta, timezone


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 33

    def below(self, n):
        return self.next() % n

    def pick(self, items):
        return items[self.below(len(items))]


def show(doc):
    try:
        print(repr(tomllib.loads(doc)))
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", e)
    except Exception as e:
        print(type(e).__name__, e)


VALID = [
    '',
    '# only a comment\n\n',
    'title = "TOML Example"\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00-08:00\n',
    '[database]\nenabled = true\nports = [ 8000, 8001, 8002 ]\ndata = [ ["delta", "phi"], [3.14] ]\ntemp_targets = { cpu = 79.5, case = 72.0 }\n',
    '[servers]\n\n[servers.alpha]\nip = "10.0.0.1"\nrole = "frontend"\n\n[servers.beta]\nip = "10.0.0.2"\n',
    '[[products]]\nname = "Hammer"\nsku = 738594937\n\n[[products]]\n\n[[products]]\nname = "Nail"\ncolor = "gray"\n',
    '[[fruits]]\nname = "apple"\n[fruits.physical]\ncolor = "red"\n[[fruits.varieties]]\nname = "red delicious"\n[[fruits]]\nname = "banana"\n[[fruits.varieties]]\nname = "plantain"\n',
    'a.b.c = 1\na.b.d = 2\na.e = 3\n"quoted key" = 4\n\'literal.key\' = 5\nsite."google.com" = true\n',
    'int1 = +99\nint2 = 42\nint3 = 0\nint4 = -17\nint5 = 1_000\nint6 = 5_349_221\nhex = 0xDEAD_beef\noct = 0o755\nbin = 0b1101_0110\n',
    'f1 = +1.0\nf2 = 3.1415\nf3 = -0.01\nf4 = 5e+22\nf5 = 1e06\nf6 = -2E-2\nf7 = 6.626e-34\nf8 = 224_617.445_991\nf9 = -0.0\nf10 = +0.0\n',
    'sf1 = inf\nsf2 = +inf\nsf3 = -inf\nsf4 = nan\nsf5 = +nan\nsf6 = -nan\nbig = 1e400\n',
    'odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\nodt3 = 1979-05-27T00:32:00.999999-07:00\nodt4 = 1979-05-27 07:32:00Z\nodt5 = 1979-05-27t07:32:00z\n',
    'ldt1 = 1979-05-27T07:32:00\nldt2 = 1979-05-27T00:32:00.999999\nldt3 = 1979-05-27T00:32:00.1234567\nld1 = 1979-05-27\nlt1 = 07:32:00\nlt2 = 00:32:00.5\n',
    'utc = 2000-01-01T00:00:00+00:00\nplus = 2000-01-01T00:00:00+05:45\nminus = 2000-02-29T23:59:59-12:00\n',
    'str = "I\'m a string. \\"You can quote me\\". Name\\tJos\\u00E9\\nLocation\\tSF."\nesc = "\\b\\f\\r\\\\\\U0001F600"\n',
    'str1 = """\nRoses are red\nViolets are blue"""\nstr2 = """\\\n  The quick brown \\\n\n  fox."""\nstr3 = """Here are two quotation marks: "". Simple enough."""\nstr4 = """""This," she said, "is just a pointless statement.\"\"\"\"\"\n',
    "winpath = 'C:\\Users\\nodejs\\templates'\nquoted = 'Tom \"Dubs\" Preston-Werner'\nregex = '<\\i\\c*\\s*>'\nlines = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\nquot15 = '''Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"'''\napos15 = \"Here are fifteen apostrophes: '''''''''''''''\"\nstr = ''''That,' she said, 'is still pointless.''''\n",
    'arr = [\n  1,\n  2, # two\n  3,\n]\nempty = [ ]\nnested = [[[]], [[1, "a"], {x = [true, false]}]]\nmixed = [ 0.1, 0.2, "x", 1979-05-27, 07:32:00 ]\n',
    'name = { first = "Tom", last = "Preston-Werner" }\npoint = { x = 1, y = 2 }\nanimal = { type.name = "pug" }\nempty = {}\ndeep = { a = { b = { c = {} } } }\n',
    '[x.y.z.w]\n[x]\n',
    '[a.b.c]\n[a]\nb.d = 1\n',
    '[a]\nb.c = 1\n[a.b.d]\ne = 2\n',
    '[[a]]\nb.c = 1\n[[a]]\nb.c = 2\n[[a.d]]\n[a.d.e]\n',
    '  key1 = 1  # trailing\n\tkey2=2\n"" = 3\n\'\' . x = 4\n',
    'a = 1\r\nb = """x\r\ny"""\r\n# c\r\n',
    '1234 = "numeric key"\n-_ = "dash"\n3.14159 = "pi"\ntrue = false\ninf = nan\n',
]

INVALID = [
    'a = ', 'a', 'a =1\nb', 'a = 1\na = 2', 'a = 1\n[a]', '[a]\n[a]', '[[a]]\n[a]',
    '[a]\nb=1\n[a.b]', 'a = {b=1}\na.c = 2', 'a = {b=1}\n[a]', 'a = [1]\n[[a]]', 'a.b = 1\n[a]',
    '[a]\nb.c=1\n[a.b]', '[a.b]\nc=1\n[a]\nb.d=1', '[a', '[[a]', '[[a] ]', '[a]\n[a', 'a = [1,2',
    'a = {b=1', 'a = {b=1,}', 'a = {b=1\n}', 'a = "abc', "a = 'abc", 'a = """abc', "a = '''abc",
    'a = "\\q"', 'a = "\\uD800"', 'a = "\\uZZZZ"', 'a = "\\u12"', 'a = "\\U00110000"',
    'a = "a\x01"', 'a = "x\\', 'a = """x\\ ', 'a = """\\ x"""', "a = 'a\x01", "a = '''\x7f'''",
    'a = 1 2', 'a = 01', 'a = 1__0', 'a = _1', 'a = 0x', 'a = 0xG', 'a = 0x_1', 'a = 1.', 'a = .1',
    'a = 1e', 'a = tru', 'a = t', 'a = 1979-13-27', 'a = 1979-02-30', 'a = 0000-01-01',
    'a = 25:00:00', 'a = 07:32', 'a = 12:00:00Z', 'a = 1979-05-27T', 'a = 1979-05-27T24:00:00',
    'a = 1979-05-27T07:32:00.', 'a = 1979-05-27T07:32:00+25:00', 'a = 1979-05-27 x',
    '= 1', '."a" = 1', 'a. = 1', 'a..b = 1', ' = 1', 'a = 1 # c\x00', '# \x01', '# \r',
    '"a\nb" = 1', '[]', '[[]]', 'a = [1,,2]', 'a = [,]', 'a = {,}', 'a = {a=1,,b=2}',
    'a = {a=1, a=2}', 'a = {a.b=1, a.b=2}', 'a = {a.b=1, a={}}', 'a = {a={}, a.b=1}',
    'a = {a=1, a.b=2}', 'a={}\na.b=1', 'a=[]\na.b=1', 'x = 1\n\n\n  y = 2 3', '\r', 'a = 1\r',
    'a = 1\r\nb = ', 'a = "\r"', 'a = 0o8', 'a = 0b2', 'a = +0x1', 'a = 1_', 'a = 1e1_',
    'a = 00.1', '[a]b', '[a] b = 1', 'a = 1 b = 2', 'a=1,', '[ a . b ]\nc=1\n[a. b ]',
    'a = [[1], {a=1}]\n[[a]]', 'a = """a""""""', '[[a]]\n[a]\n', 'a = [1]\n[a.b]',
    'x = { a = 1\n, b = 2 }', 'x = [1 2]', '[a.b]\n[a.b]', 'k = "\\x41"', 'k = 1979-05-27T07:32',
]


def generated_value(rng, depth):
    kind = rng.below(13 if depth < 3 else 8)
    if kind == 0:
        return rng.below(2000) - 1000
    if kind == 1:
        return (rng.below(20000) - 10000) / 8
    if kind == 2:
        return rng.pick(['', 'plain', 'tab\there', 'quote"s', "apos'", 'back\\slash', 'new\nline', 'caf\u00e9', '\U0001F600'])
    if kind == 3:
        return rng.below(2) == 0
    if kind == 4:
        return date(1900 + rng.below(200), 1 + rng.below(12), 1 + rng.below(28))
    if kind == 5:
        return time(rng.below(24), rng.below(60), rng.below(60), rng.pick([0, 0, 500000, 123456]))
    if kind == 6:
        zone = rng.pick([None, timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8))])
        return datetime(1970 + rng.below(60), 1 + rng.below(12), 1 + rng.below(28), rng.below(24), rng.below(60), rng.below(60), tzinfo=zone)
    if kind == 7:
        return rng.pick([float('inf'), -float('inf'), 0x7fffffffffffffff, -(1 << 63), 1e-300])
    if kind in (8, 9):
        return [generated_value(rng, depth + 1) for _ in range(rng.below(4))]
    if kind == 12:
        return [{generated_key(rng): generated_value(rng, depth + 1) for _ in range(1 + rng.below(3))}
                for _ in range(1 + rng.below(3))]
    return {generated_key(rng): generated_value(rng, depth + 1) for _ in range(rng.below(4))}


def generated_key(rng):
    return rng.pick(['a', 'b', 'key', 'x-y', 'under_score', '9', 'with space', 'dot.ted', 'q"uote', ''])


def toml_key(key):
    if key and all(c.isalnum() or c in '-_' for c in key) and key.isascii():
        return key
    return toml_string(key)


def toml_string(s):
    out = []
    for c in s:
        if c == '"' or c == '\\':
            out.append('\\' + c)
        elif c == '\n':
            out.append('\\n')
        elif c == '\t':
            out.append('\\t')
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def toml_value(v, rng):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        if v >= 0 and rng.below(4) == 0:
            return rng.pick([hex(v), oct(v), bin(v)])
        return str(v)
    if isinstance(v, float):
        return {float('inf'): 'inf', -float('inf'): '-inf'}.get(v, repr(v))
    if isinstance(v, str):
        return toml_string(v)
    if isinstance(v, datetime):
        return v.isoformat(sep=rng.pick(['T', ' ']))
    if isinstance(v, (date, time)):
        return v.isoformat()
    if isinstance(v, list):
        return '[' + ', '.join(toml_value(x, rng) for x in v) + (',' if v and rng.below(2) else '') + ']'
    return '{' + ', '.join(toml_key(k) + ' = ' + toml_value(x, rng) for k, x in v.items()) + '}'


def toml_document(table, rng, path=()):
    lines = []
    nested = []
    for k, v in table.items():
        if isinstance(v, dict) and v and rng.below(2):
            nested.append((k, v))
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v) and rng.below(3):
            nested.append((k, v))
        else:
            lines.append(toml_key(k) + ' = ' + toml_value(v, rng) + rng.pick(['', '', '  # note']))
    for k, v in nested:
        sub = path + (k,)
        name = '.'.join(toml_key(p) for p in sub)
        for element in (v if isinstance(v, list) else [v]):
            lines.append('')
            lines.append(('[[%s]]' if isinstance(v, list) else '[%s]') % name)
            lines.append(toml_document(element, rng, sub))
    return '\n'.join(lines)


def generated_documents(count):
    rng = Lcg(2024)
    ok = 0
    for n in range(count):
        table = {generated_key(rng): generated_value(rng, 0) for _ in range(1 + rng.below(5))}
        doc = toml_document(table, rng)
        try:
            back = tomllib.loads(doc)
        except tomllib.TOMLDecodeError as e:
            print(n, 'TOMLDecodeError', e, repr(doc))
            continue
        same = back == table or repr(back) == repr(table)
        ok += same
        if n % 10 == 0 or not same:
            print(n, same, repr(back))
    print('generated round trips', ok, 'of', count)


PIECES = ['[', ']', '{', '}', '=', '.', ',', '"', "'", '#', '\n', ' ', '\t', 'a', 'b', '0', '1',
          '_', '+', '-', ':', 'e', 'x', 'T', 'Z', '\\', 'u', '[[', ']]', '"""', "'''", '\r\n',
          '1979-05-27', '07:32:00', '\x00', '\x7f']


def mutated_documents(count):
    rng = Lcg(77)
    for n in range(count):
        doc = rng.pick(VALID[2:] + INVALID[:40])
        for _ in range(1 + rng.below(3)):
            at = rng.below(len(doc) + 1)
            op = rng.below(10)
            if op < 4:
                doc = doc[:at] + rng.pick(PIECES) + doc[at:]
            elif op < 7:
                doc = doc[:at] + doc[at + 1:]
            else:
                start = rng.below(len(doc) + 1)
                doc = doc[:at] + doc[start:start + 1 + rng.below(8)] + doc[at:]
        print(n, end=' ')
        show(doc)


print('--- valid')
for doc in VALID:
    show(doc)
print('--- invalid')
for doc in INVALID:
    print(repr(doc), end=' -> ')
    show(doc)
print('--- api')
print(tomllib.load(io.BytesIO(b'x = 1\n[t]\ny = "\xc3\xa9"\n')))
try:
    tomllib.load(io.StringIO('x = 1'))
except Exception as e:
    print(type(e).__name__, e)
print(tomllib.loads('a = [1.5, inf, -0.0]\nb = 2', parse_float=lambda s: 'F' + s))
try:
    tomllib.loads('a = 1.5', parse_float=lambda s: [s])
except Exception as e:
    print(type(e).__name__, e)
try:
    tomllib.loads('a = 1.5', parse_float=lambda s: {})
except Exception as e:
    print(type(e).__name__, e)
try:
    tomllib.loads('a = 1.5', parse_float=int)
except Exception as e:
    print(type(e).__name__, e)
print(tomllib.loads('a = 1.5', parse_float=lambda s: (s,)))
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__name__)
try:
    tomllib.loads('[x]\n[x]')
except ValueError as e:
    print(e.args)
d = tomllib.loads('t = 1979-05-27T07:32:00.5+01:30\nd = 2024-02-29\nl = 23:59:59.000001')
print(type(d['t']).__name__, d['t'].utcoffset(), d['t'].isoformat(), type(d['d']).__name__, d['l'].isoformat())
print(tomllib.loads('z = 2000-01-01T00:00:00Z')['z'].tzinfo is timezone.utc)
print('--- generated')
generated_documents(120)
print('--- mutated')
mutated_documents(400)
