# string, copy, heapq, bisect, operator, contextlib, types, base64, struct, html, urllib.parse
# and io the way programs use them.
import string, copy, heapq, bisect, operator, contextlib, types, base64, struct, html, io
from urllib.parse import urlparse, urlencode, quote, unquote, parse_qs, parse_qsl, urljoin, urlsplit, quote_plus, unquote_plus, urlunparse

print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.capwords('hello   wORLD  foo'), string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
t = string.Template('$a and $b')
print(t.safe_substitute(a=1), t.template)
try:
    t.substitute(a=1)
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('$').substitute()
except ValueError as e:
    print('ValueError', e)
f = string.Formatter()
print(f.format('{0}-{x:>4}', 'a', x=7), list(f.parse('a{0}b{x!r:>3}')))

class Node:
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []
    def __repr__(self):
        return f'Node({self.v}, {self.kids})'

n = Node(1, [Node(2), [3, {'k': [4]}]])
c1 = copy.copy(n)
c2 = copy.deepcopy(n)
n.kids[1][1]['k'].append(5)
print(c1, c2, c1.kids is n.kids, c2.kids is n.kids)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, copy.copy((1, 2)) == (1, 2), copy.deepcopy({'a': {1, 2}}), copy.copy({1: [2]}))

class WithHooks:
    def __init__(self):
        self.x = [1]
    def __copy__(self):
        print('  __copy__')
        return 'copied'
    def __deepcopy__(self, memo):
        print('  __deepcopy__', type(memo).__name__)
        return 'deepcopied'

print(copy.copy(WithHooks()), copy.deepcopy([WithHooks()]))

h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h)
heapq.heappush(h, -1)
print(h, heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])))
print(list(heapq.merge([7, 4, 1], [5, 2], reverse=True)), heapq.nlargest(2, {'a': 3, 'b': 9, 'c': 1}.items(), key=lambda kv: kv[1]))
pq = []
for pri, task in [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat')]:
    heapq.heappush(pq, (pri, task))
print([heapq.heappop(pq) for _ in range(len(pq))])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)

a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 5, lo=2))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a, bisect.bisect([(1, 'a'), (3, 'c')], (2, 'z')), bisect.bisect_left(['b', 'd'], 'c'), bisect.bisect(a, 4, key=None))
print(bisect.bisect_left([{'k': 1}, {'k': 5}], 3, key=lambda d: d['k']))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print('ValueError', e)

print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.attrgetter('v', 'kids')(Node(7)))
print(operator.methodcaller('split', ',')('a,b'), operator.add(1, 2), operator.mul('a', 3), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.contains([1], 1), operator.getitem({'a': 1}, 'a'), operator.index(7), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter('a.b')), repr(operator.methodcaller('f', 1, k=2)), operator.attrgetter('a.b').__class__.__name__)
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=operator.itemgetter(1)), operator.pow(2, 10), operator.floordiv(7, 2), operator.truediv(7, 2))
li = [1, 2, 3]
operator.setitem(li, 0, 9)
operator.delitem(li, 1)
print(li, operator.iadd([1], [2]), operator.is_(None, None), operator.xor(5, 3), operator.lshift(1, 4), operator.mod(-7, 3))

@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('p') as t:
    print('body', t)
try:
    with tag('div'):
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)
with contextlib.suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('hidden')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f'e{i}'))
    stack.callback(print, 'callback ran')
    print('in stack')
with contextlib.nullcontext(5) as v:
    print('null', v)

class Res:
    def close(self):
        print('closed')
with contextlib.closing(Res()):
    print('using')

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print('swallowed')
with swallow():
    1 / 0
print('after swallow')

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, repr(ns), ns == types.SimpleNamespace(a=1, b='x', c=[1]), vars(ns))
print(types.FunctionType, type(len).__name__, isinstance(lambda: 0, types.FunctionType), isinstance(print, types.BuiltinFunctionType), types.MappingProxyType({'a': 1})['a'])
print(types.GeneratorType, isinstance((x for x in []), types.GeneratorType), isinstance(Node(1).__repr__, types.MethodType), types.NoneType)

print(base64.b64encode(b'hello world'), base64.b64decode('aGVsbG8gd29ybGQ='), base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.b32encode(b'abc'), base64.b16encode(b'\x01\xab'))
print(base64.b64decode(b'aGk'  + b'='), base64.standard_b64encode(b'x'), base64.b85encode(b'data') if hasattr(base64, 'b85encode') else '', base64.a85encode(b'data') if hasattr(base64, 'a85encode') else '')
try:
    base64.b64decode('abc')
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.b64decode('ab!c', validate=True)
except Exception as e:
    print(type(e).__name__, e)

print(struct.pack('>I', 1), struct.pack('<hHb', -2, 65535, 127), struct.unpack('>HH', b'\x00\x01\x00\x02'), struct.calcsize('>iQd'), struct.calcsize('iQd'))
print(struct.pack('3s?f', b'abcd', True, 1.5), struct.unpack('<d', struct.pack('<d', 0.1)), struct.unpack_from('>B', b'\x00\xff', 1), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
s = struct.Struct('<2i')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x03\x00\x00\x00\x04\x00\x00\x00'))
for bad in [lambda: struct.pack('>B', 256), lambda: struct.pack('>i', 'x'), lambda: struct.unpack('>I', b'\x00'), lambda: struct.pack('>q')]:
    try:
        bad()
    except struct.error as e:
        print('struct.error', e)

print(html.escape('<a href="x">\'&\'</a>'), html.escape('"q"', quote=False), html.unescape('&lt;p&gt; &amp;amp; &#39; &#x41; &copy; &nbsp;|&notanentity;'))

u = urlparse('https://user:pw@example.com:8080/path/to;params?q=1&r=two#frag')
print(u, u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment, u.username, u.password, u.params)
print(urlsplit('http://x.org/a?b=c'), urlunparse(u), u._replace(fragment='').geturl())
print(urlencode({'a': 1, 'b': 'x y', 'c': 'ü&'}), urlencode([('k', 'v1'), ('k', 'v2')]), urlencode({'l': [1, 2]}, doseq=True))
print(quote('a b/c?d=é'), quote('a b/c', safe=''), quote_plus('a b+c'), unquote('%C3%A9%20x'), unquote_plus('a+b%2B'))
print(parse_qs('a=1&a=2&b=&c=3', keep_blank_values=True), parse_qsl('x=1&y=%20z'), parse_qs('a=1&b'))
print(urljoin('http://a/b/c/d', '../e'), urljoin('http://a/b/', 'g?y'), urljoin('http://a/b', '//other/x'), urljoin('http://a/b/c', 'http://z/'))

s = io.StringIO('line1\nline2\nline3')
print(s.readline(), s.read(3), s.readlines(), s.tell(), s.seek(0), s.read())
bio = io.BytesIO()
bio.write(b'abc')
bio.write(b'def')
print(bio.getvalue(), bio.tell(), bio.seek(1), bio.read(2), bio.read(), repr(io.StringIO().getvalue()))
w = io.StringIO()
print('to buffer', 42, file=w, end='!')
print(repr(w.getvalue()), [line for line in io.StringIO('a\nb\n')])
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, repr(mp), type(mp), mp['a'], len(mp), list(mp), 'a' in mp, mp.get('z', 0), mp == {'a': 1, 'b': 2}, mp | {'c': 3}, list(reversed(mp)))
for bad in [lambda: mp.__setitem__('q', 1), lambda: types.MappingProxyType([1])]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
