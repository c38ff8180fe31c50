# urllib.parse: unquote per ASCII run (strict errors name positions in the run), quote/quote_plus on str and bytes, urlencode with doseq, RFC 3986's join examples, split/parse round trips.
from urllib.parse import *
for s in ['abc%20def', '%C3%A9t%C3%A9', 'ab%C3', '%E2%82', '%zz%4', '100%', 'é%20x%C3%A9', '%41%42é%43', '', 'plain', 'a+b%2Bc']:
    print(repr(unquote(s)), repr(unquote(s, errors='ignore')), repr(unquote_plus(s)), unquote_to_bytes(s))
    try: print(unquote(s, errors='strict'))
    except UnicodeDecodeError as e: print('UDE', e)
print(unquote(b'%41b%ff'), unquote_to_bytes(b''), unquote_to_bytes(bytearray(b'x')), unquote('%41', encoding=None, errors=None))
for s in ['a b&c/d?e', 'é€', '', '~_.-', 'x y+z']:
    print(quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'), quote(s.encode()), quote_plus(s.encode(), safe=b'/'))
print(quote_from_bytes(b'\x00\xff abc', safe='é '), quote_plus(bytearray(b'a b')))
for bad in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'), lambda: quote_from_bytes('x'), lambda: unquote(None), lambda: unquote_to_bytes(None), lambda: urlencode('abc'), lambda: urlencode([1, 2])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(urlencode({'a': 1, 'b': 'x y', 'c': [1, 2], b'd': b'\xff'}), urlencode({'c': [1, 2], 'd': 'str', 'e': 5, 'f': b'b'}, doseq=True), urlencode([('k', 'v&w')], safe='&'))
print(urlencode({'a': 'é'}, encoding='latin-1'), urlencode({'a': 'x/y'}, quote_via=quote))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g']:
    print(rel, urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('mailto:a@b', 'c'), urljoin('http://a/b/', 'c/../../../d'))
for u in ['http://user:pw@Host:80/p;a?q=1#f', 'file:///tmp/x', 'mailto:me@x.org', '//net/loc', 'http://h/p#', 'svn+ssh://h/x', 'path/only?x#y']:
    p = urlparse(u); print(p, urlunparse(p), urlsplit(u), urlunsplit(urlsplit(u)), urldefrag(u))
print(urlunsplit(('http', '', 'x', '', '')), urlunsplit(('', 'h', 'p', 'q', 'f')), urlunparse(('s', 'n', 'p', 'a', 'q', 'f')))
