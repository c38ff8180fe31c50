# urllib.parse with bytes: bytes in gives the *Bytes result types (and bytes parts) out, the
# result types convert with encode()/decode(), and str and bytes may not be mixed.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag,
                          parse_qs, parse_qsl, quote, quote_plus, quote_from_bytes, unquote,
                          unquote_plus, unquote_to_bytes, urlencode, SplitResult,
                          SplitResultBytes, ParseResult, ParseResultBytes, DefragResult,
                          DefragResultBytes)
import urllib.parse as up


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)


URLS = [
    b'http://h/x?q=1',
    b'https://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag',
    b'//host/only',
    b'mailto:someone@example.com',
    b'file:///etc/passwd',
    b'http://[::1]:80/v6',
    b'http://[fe80::1%25Zone]/z',
    b'relative/path?q',
    b'',
    b'http://h:notaport/',
    b'HTTP://UPPER.example/',
    b'http://h/%7Euser/caf%C3%A9',
    b'  http://padded/ ',
    b'http://tab\there/\n',
]
for url in URLS:
    attempt('split', lambda: urlsplit(url))
    attempt('parse', lambda: urlparse(url))
    attempt('parse scheme', lambda: urlparse(url, b'ftp'))
    attempt('split nofrag', lambda: urlsplit(url, allow_fragments=False))
    attempt('roundtrip', lambda: (urlunsplit(urlsplit(url)), urlunparse(urlparse(url)),
                                  urlsplit(url).geturl(), urlparse(url).geturl()))
    attempt('decoded', lambda: urlsplit(url).decode())
    attempt('str again', lambda: urlparse(url.decode()).encode() == urlparse(url))
    attempt('netloc parts', lambda: (urlsplit(url).username, urlsplit(url).password,
                                     urlsplit(url).hostname))
    attempt('port', lambda: urlsplit(url).port)
    attempt('defrag', lambda: urldefrag(url))
    attempt('defrag url', lambda: urldefrag(url).geturl())

# str URLs convert to the bytes results and back
r = urlparse('http://h/p;x?q#f')
print(r.encode(), type(r.encode()).__name__, r.encode().decode() == r)
print(urlsplit('http://h/p').encode('utf-8'), urldefrag('a#b').encode())
attempt('encode non-ascii', lambda: urlsplit('http://h/é').encode())
attempt('encode utf-8', lambda: urlsplit('http://h/é').encode('utf-8'))
attempt('decode non-ascii', lambda: urlsplit(b'http://h/\xc3\xa9'))
attempt('decode latin-1', lambda: SplitResultBytes(b'', b'', b'\xe9', b'', b'').decode('latin-1'))
print(isinstance(urlsplit(b'x'), tuple), SplitResultBytes._fields, ParseResultBytes._fields,
      DefragResultBytes._fields)
attempt('bytes fields', lambda: SplitResultBytes(b'http', b'u@H:1', b'/', b'', b'').hostname)
attempt('bytearray', lambda: urlsplit(bytearray(b'http://h/ba')))
attempt('memoryview', lambda: urlsplit(memoryview(b'http://h/mv')))

# mixing str and bytes
attempt('mix scheme', lambda: urlsplit(b'//h/p', 'http'))
attempt('mix scheme2', lambda: urlparse('//h/p', b'http'))
attempt('empty scheme ok', lambda: urlsplit(b'//h/p', ''))
attempt('mix join', lambda: urljoin('http://h/a/', b'b'))
attempt('mix join2', lambda: urljoin(b'http://h/a/', 'b'))
attempt('mix unsplit', lambda: urlunsplit((b'http', 'h', b'/', b'', b'')))
attempt('mix unparse', lambda: urlunparse(('http', b'h', '/', '', '', '')))
attempt('unsplit empties', lambda: urlunsplit((b'http', b'h', b'/p', '', '')))
attempt('unsplit str empties', lambda: urlunsplit(('http', 'h', '/p', b'', b'')))
attempt('join empty base', lambda: urljoin('', b'rel'))
attempt('join empty url', lambda: urljoin(b'http://h/', ''))
attempt('int url', lambda: urlsplit(5))
attempt('none url', lambda: urlparse(None))

# joins
for base, ref in [(b'http://a/b/c/d;p?q', b'../g'), (b'http://a/b/c/d;p?q', b'g?y#s'),
                  (b'http://a/b/', b'//other/x'), (b'http://a/b/c', b'?only'),
                  (b'http://a/b/c', b'#frag'), (b'http://a/b/c', b'https://x/y'),
                  (b'http://a/b/c', b'/abs/../path'), (b'', b''), (b'http://a/', b'')]:
    attempt('join %r %r' % (base, ref), lambda: urljoin(base, ref))

# query strings
for qs in [b'a=1&a=2', b'a=1&b=&c', b'x=%41%42+c&y=%2B', b'', b'a=%C3%A9', b'k%20y=v;w',
           b'=v&k=', b'a=1&&b=2']:
    attempt('qsl %r' % qs, lambda: parse_qsl(qs))
    attempt('qsl blank %r' % qs, lambda: parse_qsl(qs, keep_blank_values=True))
    attempt('qs %r' % qs, lambda: parse_qs(qs))
    attempt('qs latin %r' % qs, lambda: parse_qs(qs, encoding='latin-1'))
attempt('qsl sep bytes', lambda: parse_qsl(b'a=1;b=2', separator=b';'))
attempt('qsl sep str', lambda: parse_qsl(b'a=1;b=2', separator=';'))
attempt('qsl sep bytes str qs', lambda: parse_qsl('a=1;b=2', separator=b';'))
attempt('qsl strict', lambda: parse_qsl(b'a=1&b', strict_parsing=True))
attempt('qsl max', lambda: parse_qsl(b'a=1&b=2', max_num_fields=1))
attempt('qs bytearray', lambda: parse_qs(bytearray(b'a=1')))

# quoting
for data in [b'abc def', b'/path/with space', b'\x00\xff~', b'', b'a+b&c=d', bytearray(b'x y')]:
    attempt('quote %r' % (data,), lambda: quote(data))
    attempt('quote safe %r' % (data,), lambda: quote(data, safe=b'/ '))
    attempt('quote_plus %r' % (data,), lambda: quote_plus(data))
    attempt('from_bytes %r' % (data,), lambda: quote_from_bytes(data, safe=''))
attempt('quote bytes enc', lambda: quote(b'x', encoding='utf-8'))
attempt('quote bytes err', lambda: quote(b'x', errors='strict'))
attempt('from_bytes str', lambda: quote_from_bytes('x'))
for data in [b'%41%42', b'caf%C3%A9', b'%zz%4', b'', b'plain', b'a+b', '%E2%82%AC', 'x%']:
    attempt('unquote_to_bytes %r' % (data,), lambda: unquote_to_bytes(data))
    attempt('unquote %r' % (data,), lambda: unquote(data))
attempt('unquote_plus bytes', lambda: unquote_plus(b'a+b'))
attempt('unquote_to_bytes none', lambda: unquote_to_bytes(None))
attempt('urlencode bytes', lambda: urlencode([(b'k y', b'v&w'), ('s', b'\xff')]))
attempt('urlencode doseq', lambda: urlencode({b'k': [b'a', b'b c']}, doseq=True))
print(sorted(name for name in up.__all__ if 'Result' in name))
