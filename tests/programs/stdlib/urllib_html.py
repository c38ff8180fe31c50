import html
from urllib.parse import (quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl,
                          urlparse, urlsplit, urljoin, urlunparse, urldefrag)

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('<b>"q"</b>', quote=False))
print(html.unescape('&lt;p&gt; &amp;amp; &quot;hi&quot; &#39;x&#39; &#x41;&#66; &copy; &nbsp;| &bogus; &amp'))
print(quote('a b/c?d=é&'), quote('a b/c', safe=''), quote_plus('a b+c&d'), quote('~_.-'))
print(unquote('a%20b%2Fc%C3%A9%zz%'), unquote_plus('a+b%2B'), unquote('%E2%82%AC'))
print(urlencode({'q': 'memphis compiler', 'n': 10, 'tag': 'a&b'}), urlencode([('x', 1), ('x', 2)]))
print(urlencode({'k': ['a', 'b']}, doseq=True), urlencode({'k': ['a', 'b']}))
print(parse_qs('a=1&b=2&a=3&c=&d=x+y%21'), parse_qs('c=&d', keep_blank_values=True))
print(parse_qsl('a=1&b=2&a=3'), parse_qsl(''))
u = urlparse('https://user:pw@Example.com:8080/path/to;p?q=1&r=2#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password)
print(u.geturl(), urlunparse(u))
s = urlsplit('http://example.com/a/b?x=1#top')
print(s, s.path, s[1])
print(urlsplit('/relative/path?x'), urlsplit('mailto:me@x.org'), urlparse('//host/p'))
for rel in ['d', '../d', '/d', '?q', '#f', 'http://other/x', '../../../d', './', '']:
    print(repr(urljoin('http://a/b/c/d;p?q', rel)))
print(urldefrag('http://x/y#z'), urldefrag('http://x/y'))
