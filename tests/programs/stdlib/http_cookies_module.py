"""http.cookies: SimpleCookie/BaseCookie loading generated and odd Cookie headers, Morsels and
their attributes, output forms, quoting, and the CookieError cases."""

import http.cookies as hc
from http.cookies import BaseCookie, CookieError, Morsel, SimpleCookie


class Lcg:
    """A small seeded generator, so the generated cases are the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound

    def pick(self, items):
        return items[self.next(len(items))]


def describe(jar):
    """Everything a loaded jar holds, in a stable order."""
    rows = []
    for key, morsel in sorted(jar.items()):
        set_attrs = {k: v for k, v in morsel.items() if v != ''}
        rows.append('%s: value=%r coded=%r attrs=%r' % (key, morsel.value, morsel.coded_value,
                                                       sorted(set_attrs.items())))
    return rows


def try_load(cls, header):
    jar = cls()
    try:
        jar.load(header)
    except Exception as e:
        print('  load error', type(e).__name__, e)
        return jar
    for row in describe(jar):
        print('  ', row)
    return jar


print('--- fixed headers')
FIXED = [
    'a=b',
    'a=b; c=d',
    'a=b;c=d;e=f',
    'a = b ; c = d',
    'chips=ahoy; vienna=finger',
    'keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;";',
    'keebler=E=mc2',
    'key:term=value:term',
    'a=b; Path=/; Domain=example.com; secure; HttpOnly',
    'a=b; path=/x; max-age=60; version=1; comment=hi; samesite=Lax',
    'a=b; expires=Wed, 09 Jun 2021 10:18:14 GMT; path=/',
    'a=b; expires=Wed, 09-Jun-2021 10:18:14 GMT',
    'a=b; Expires=Fri, 31 Dec 9999 23:59:59 GMT; Secure',
    '$Version=1; a=b; $Path=/acme',
    'a=b; $Domain=x.org; $Port=80',
    'a=b; $Path',
    'Path=/; a=b',
    'secure; a=b',
    'a=b; path',
    'a=b; secure=1',
    'a=b; httponly=',
    'a; b=c',
    'a=b; c',
    'a=b c=d',
    'a=b, c=d',
    'a="b c"; d="e\\"f"',
    'a="\\101\\102\\103"; b="\\400"; c="\\x"',
    'a="unterminated',
    'a=b; c="d;e"; f=g',
    'a=[b]; c={d}',
    'a=b;;c=d',
    ';a=b',
    '',
    '   ',
    'a=',
    'a=; b=',
    '=b',
    'a==b',
    'a=b=c',
    'a\tb=c',
    'a=b\nc=d',
    'name=caf\xe9',
    '\xe9=1',
    'a=b; comment="a comment; with semicolon"',
    'a=b; Max-Age=5; max-age=7',
    'A=1; a=2',
    'a=1; a=2',
    'a=b; SAMESITE=Strict; HTTPONLY',
    'a=b; foo=bar; baz',
]
for header in FIXED:
    print(repr(header))
    jar = try_load(SimpleCookie, header)
    print('  repr', repr(jar))
    print('  output', repr(jar.output()))

print('--- BaseCookie keeps values coded as given')
for header in ['a="x y"', 'a="\\012"', 'a=b; c="d"']:
    print(repr(header))
    try_load(BaseCookie, header)

print('--- attribute before a morsel with a $ name raises on assignment')
for header in ['a=b; $Foo=bar', 'a=b; $secure', 'a=b; $Max-Age=3']:
    print(repr(header))
    try_load(SimpleCookie, header)

print('--- generated headers')
KEYS = ['a', 'sid', 'Path', 'secure', 'httponly', 'x-y', '$Version', '$Path', 'k!', 'q.r',
        'max-age', 'expires', 'b[1]', 'user@host', 'Z']
VALUES = ['1', 'abc', '"quoted"', '"with space"', '"semi;colon"', '"esc\\"aped"', '"\\012\\015"',
          '', 'a,b', '[x]', 'Tue, 01 Jan 2030 00:00:00 GMT', 'a b', '"', '=', '{}',
          '"\\\\"', 'd\xe9j\xe0']
SEPARATORS = ['; ', ';', ' ', ', ', ';  ', '\t']
gen = Lcg(2024)
for case in range(300):
    pieces = []
    for _ in range(1 + gen.next(4)):
        key = gen.pick(KEYS)
        shape = gen.next(9)
        if shape == 0:
            pieces.append(key)
        elif shape == 1:
            pieces.append(key + ' = ' + gen.pick(VALUES))
        else:
            pieces.append(key + '=' + gen.pick(VALUES))
    header = gen.pick(SEPARATORS).join(pieces)
    jar = SimpleCookie()
    try:
        jar.load(header)
        shown = ' | '.join(describe(jar))
    except Exception as e:
        shown = 'error %s %s' % (type(e).__name__, e)
    print(case, repr(header), '->', shown)

print('--- generated well-formed headers with attributes')
NAMES = ['sid', 'theme', 'lang', 'cart_id', 'a.b', 'x-token', 'Z9']
ATTRS = ['Path=/', 'path=/app', 'Domain=.example.com', 'Max-Age=3600', 'max-age=0', 'Secure',
         'HttpOnly', 'SameSite=Lax', 'samesite=None', 'Version=1', 'Comment="hi there"',
         'expires=Sat, 01 Jan 2000 00:00:00 GMT', 'Expires=Mon, 31-Dec-2029 23:59:59 GMT',
         '$Path=/x', '$Domain=d.org']
WORDS = ['abc', '123', 'a+b/c', '"two words"', '"tab\\011"', 'x%20y', '"a\\"b"', 'v=1', '']
gen = Lcg(99)
for case in range(150):
    parts = []
    for _ in range(1 + gen.next(3)):
        parts.append(gen.pick(NAMES) + '=' + gen.pick(WORDS))
        for _ in range(gen.next(4)):
            parts.append(gen.pick(ATTRS))
    header = gen.pick(['; ', ';', ' ; ']).join(parts)
    jar = SimpleCookie()
    try:
        jar.load(header)
        print(case, repr(header))
        print('   ', repr(jar))
        for line in jar.output(header='SC:').split('\r\n'):
            print('   ', line)
    except Exception as e:
        print(case, repr(header), 'error', type(e).__name__, e)

print('--- quoting')
SAMPLES = ['plain', 'with space', 'semi;colon', 'comma,value', 'quote"d', 'back\\slash', 'tab\there',
           'new\nline', 'caf\xe9', '\u20ac', '\x00\x7f', '()/<=>?@[]{}', "!#$%&'*+-.^_`|~:", '',
           'a=b', '\xff\xfe']
for text in SAMPLES:
    quoted = hc._quote(text)
    print(repr(text), '->', repr(quoted), '->', repr(hc._unquote(quoted)))
print(hc._quote(None), hc._unquote(None), repr(hc._unquote('"')), repr(hc._unquote('""')))
print(repr(hc._unquote('"\\"')), repr(hc._unquote('x"')), repr(hc._unquote('"a\\477b"')))
gen = Lcg(7)
alphabet = ['a', 'Z', '0', ' ', '"', '\\', ';', ',', '=', '\x01', '\xe9', '\u0100', '~', '(', '\n']
for _ in range(200):
    text = ''.join(gen.pick(alphabet) for _ in range(gen.next(7)))
    quoted = hc._quote(text)
    back = hc._unquote(quoted)
    print(repr(text), repr(quoted), back == text)

print('--- setting values')
jar = SimpleCookie()
jar['plain'] = 'value'
jar['spaced'] = 'two words'
jar['number'] = 42
jar['list'] = [1, 2]
jar['semi'] = 'a;b'
print(repr(jar))
print(jar)
print(jar.output(header='Cookie:'))
print(jar.output(sep='\n'))
print(jar.output(attrs=[], header='X:', sep=' || '))
print(repr(jar['spaced'].value), repr(jar['spaced'].coded_value), jar['number'].value)
jar['spaced']['path'] = '/p'
jar['spaced'] = 'changed value'
print(repr(jar['spaced']), 'path kept:', jar['spaced']['path'])

base = BaseCookie()
base['a'] = 'x y'
base['b'] = 3
print(repr(base), base.output())
print(base.value_encode(5), base.value_decode('"q"'))
print(SimpleCookie().value_encode('a b'), SimpleCookie().value_decode('"a\\"b"'))

print('--- loading a dict')
jar = SimpleCookie({'one': '1', 'two': 'two words'})
print(repr(jar))
jar.load({'three': 3})
print(sorted(jar))
jar = SimpleCookie('a=1; b=2')
print(repr(jar), len(jar))
print(repr(SimpleCookie(None)), repr(SimpleCookie('')))

print('--- storing a Morsel directly')
m = Morsel()
m.set('mk', 'mv', '"mv"')
jar = SimpleCookie()
jar['other'] = m
print(repr(jar), jar['other'].key)

print('--- morsel attributes')
m = Morsel()
print(repr(m.key), repr(m.value), repr(m.coded_value))
print(sorted(m.keys()))
print(sorted(m.values()))
m.set('sid', 'abc', 'abc')
for name, value in [('Path', '/'), ('DOMAIN', '.example.org'), ('max-age', 3600),
                    ('comment', 'a comment; with ;semicolons'), ('secure', True),
                    ('httponly', 1), ('version', 1), ('samesite', 'Strict'),
                    ('expires', 'Thu, 01 Jan 2099 00:00:00 GMT')]:
    m[name] = value
    print(name, '->', m.OutputString())
print(repr(m))
print(m.output())
print(m.output(header='Set-Cookie2:'))
print(m.output(attrs=['path', 'secure']))
print(m.OutputString(attrs=('domain',)))
print(m.OutputString(attrs=[]))
print(str(m))
print(m.js_output())
print(repr(m.js_output(attrs=['path'])))
m['secure'] = False
m['httponly'] = 0
m['max-age'] = '10'
m['comment'] = 7
print(m.OutputString())
m['max-age'] = True
print(m.OutputString())
print(m.isReservedKey('PATH'), m.isReservedKey('sid'), m.isReservedKey('Max-Age'))

print('--- expires as seconds (a date computed from now)')
m = Morsel()
m.set('t', 'v', 'v')
m['expires'] = 0
text = m.OutputString()
print(text[:len('t=v; expires=')], text.endswith(' GMT'), len(text))
expected = hc._getdate(0)
print(len(expected), expected[3:5], expected[-4:])
m['expires'] = 3600
print(len(m.OutputString()), m.OutputString().count(':'))

print('--- errors')
m = Morsel()
for name in ['foo', 'Path ', 'SECURE-ish', '']:
    try:
        m[name] = 'x'
    except CookieError as e:
        print('setitem', type(e).__name__, e)
try:
    m.setdefault('bogus', 1)
except CookieError as e:
    print('setdefault', type(e).__name__, e)
print(m.setdefault('PATH', '/here'), repr(m['path']), m.setdefault('Domain', 'd'), repr(m['domain']))
try:
    m.update({'path': '/a', 'nope': 1})
except CookieError as e:
    print('update', type(e).__name__, e)
print('path unchanged by failed update:', repr(m['path']))
m.update({'PATH': '/b', 'Max-Age': 9})
m.update([('domain', 'z.org')])
print(m['path'], m['max-age'], m['domain'])
for key in ['path', 'Expires', 'a b', 'a;b', 'caf\xe9', '', 'ok=no', 'a,b', 'good-key_1.x']:
    try:
        m.set(key, 'v', 'v')
        print('set ok', repr(key))
    except CookieError as e:
        print('set', type(e).__name__, e)
for key in ['a b', 'semi;', 'Domain']:
    try:
        SimpleCookie()[key] = 'v'
    except CookieError as e:
        print('jar', type(e).__name__, e)
try:
    m.key = 'x'
except AttributeError as e:
    print('AttributeError on key assignment')
print(issubclass(CookieError, Exception), CookieError.__mro__[1].__name__)

print('--- equality and copy')
a = Morsel()
a.set('k', 'v', 'v')
a['path'] = '/'
b = a.copy()
print(type(b).__name__, a == b, a != b, b.key, b.value, b['path'])
b['path'] = '/other'
print(a == b, a != b, a['path'])
c = a.copy()
c.set('k', 'v2', 'v2')
print(a == c, a != c)
print(a == {'path': '/'}, a != 'x', Morsel() == Morsel())
print(dict(a) == dict(a.copy()))
print(a.__getstate__())
d = Morsel()
d.__setstate__({'key': 'kk', 'value': 'vv', 'coded_value': '"vv"'})
print(repr(d))

print('--- subclass with its own coding')


class UpperCookie(BaseCookie):
    def value_decode(self, val):
        return val.upper(), val

    def value_encode(self, val):
        text = str(val)
        return text, text.lower()


jar = UpperCookie('a=hello; b=World')
print(repr(jar), jar.output())
jar['c'] = 'MiXeD'
print(jar['c'].value, jar['c'].coded_value)

print('--- js_output of a jar')
jar = SimpleCookie('a=1; b="x y"')
print(repr(jar.js_output()))
print(repr(SimpleCookie().js_output()), repr(SimpleCookie().output()))

print('--- misc')
print(hc.Morsel[str], SimpleCookie.__mro__[1].__name__, sorted(Morsel._reserved))
print(sorted(Morsel._flags))
print(repr(hc._LegalChars))
print(isinstance(SimpleCookie(), dict), isinstance(Morsel(), dict))
