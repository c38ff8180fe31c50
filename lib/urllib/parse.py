"""URLs split into their components and joined back, relative URLs resolved, percent-encoding
(quote/unquote) and query strings, with the results and errors of CPython 3.11's urllib.parse."""

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urlsplit', 'urlunsplit', 'urlencode',
           'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes', 'unquote',
           'unquote_plus', 'unquote_to_bytes', 'urldefrag', 'DefragResult', 'ParseResult',
           'SplitResult', 'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

from collections import namedtuple as _namedtuple

# RFC 3986's unreserved characters: never percent-encoded.
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')

uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh',
               'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
# The characters RFC 3986 allows in a scheme name.
scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'


def _in_kind_of(sample, text):
    """text ('@', ':', ...) as the same kind of string as sample: str, or ASCII bytes."""
    return text if isinstance(sample, str) else text.encode('ascii')


class _NetlocMixin:
    """username, password, hostname and port of a result's netloc, as str or bytes like it."""
    __slots__ = ()

    def _userinfo(self):
        netloc = self.netloc
        userinfo, at, _ = netloc.rpartition(_in_kind_of(netloc, '@'))
        if not at:
            return None, None
        name, colon, password = userinfo.partition(_in_kind_of(netloc, ':'))
        return name, (password if colon else None)

    def _hostinfo(self):
        netloc = self.netloc
        hostinfo = netloc.rpartition(_in_kind_of(netloc, '@'))[2]
        _, bracket, inside = hostinfo.partition(_in_kind_of(netloc, '['))
        colon = _in_kind_of(netloc, ':')
        if bracket:
            # an IPv6 literal: the port, if any, follows the closing bracket
            host, _, after = inside.partition(_in_kind_of(netloc, ']'))
            port = after.partition(colon)[2]
        else:
            host, _, port = hostinfo.partition(colon)
        return host, (port or None)

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        # an IPv6 zone id after '%' keeps its case
        address, percent, zone = host.partition(_in_kind_of(host, '%'))
        return address.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        number = int(port)
        if not 0 <= number <= 65535:
            raise ValueError('Port out of range 0-65535')
        return number


class _TextResult:
    """A result of str parts; encode() gives the matching bytes result."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._bytes_kind(*[part.encode(encoding, errors) for part in self])


class _BytesResult:
    """A result of bytes parts; decode() gives the matching str result."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._text_kind(*[part.decode(encoding, errors) for part in self])


_SPLIT_FIELDS = 'scheme netloc path query fragment'
_PARSE_FIELDS = 'scheme netloc path params query fragment'
_DEFRAG_FIELDS = 'url fragment'


class SplitResult(_namedtuple('SplitResult', _SPLIT_FIELDS), _NetlocMixin, _TextResult):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class SplitResultBytes(_namedtuple('SplitResultBytes', _SPLIT_FIELDS), _NetlocMixin,
                       _BytesResult):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple('ParseResult', _PARSE_FIELDS), _NetlocMixin, _TextResult):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class ParseResultBytes(_namedtuple('ParseResultBytes', _PARSE_FIELDS), _NetlocMixin,
                       _BytesResult):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(_namedtuple('DefragResult', _DEFRAG_FIELDS), _TextResult):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class DefragResultBytes(_namedtuple('DefragResultBytes', _DEFRAG_FIELDS), _BytesResult):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


for _text, _raw in ((SplitResult, SplitResultBytes), (ParseResult, ParseResultBytes),
                    (DefragResult, DefragResultBytes)):
    _text._bytes_kind = _raw
    _raw._text_kind = _text
del _text, _raw


def _keep_text(result):
    return result


def _back_to_bytes(result):
    return result.encode('ascii', 'strict')


def _as_text(*parts):
    """Every part as str, plus the function giving a str result back in the callers' kind.
    The first part decides the kind: str parts stay as they are; bytes-like parts are read as
    ASCII and the result is encoded back. An empty part may be of either kind."""
    text_input = isinstance(parts[0], str)
    for part in parts[1:]:
        if part and isinstance(part, str) != text_input:
            raise TypeError('Cannot mix str and non-str arguments')
    if text_input:
        return parts + (_keep_text,)
    decoded = tuple(part.decode('ascii', 'strict') if part else '' for part in parts)
    return decoded + (_back_to_bytes,)


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in '/?#':
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into 5 components: <scheme>://<netloc>/<path>?<query>#<fragment>"""
    hash((url, scheme, allow_fragments))  # CPython caches results, so arguments must hash
    url, scheme, restore = _as_text(url, scheme)
    return restore(_split_text(url, scheme, allow_fragments))


def _split_text(url, scheme, allow_fragments):
    url = url.lstrip(' \t\n\r\x0b\x0c\x00')
    scheme = scheme.strip(' \t\n\r\x0b\x0c\x00')
    for b in '\t\r\n':
        url = url.replace(b, '')
        scheme = scheme.replace(b, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        ok = True
        for c in url[:i]:
            if c not in scheme_chars:
                ok = False
                break
        if ok:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        # An IPv6 literal must come with both of its brackets.
        if ('[' in netloc) != (']' in netloc):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    return SplitResult(scheme, netloc, url, query, fragment)


def _splitparams(url):
    # Only the last path segment carries ;parameters.
    cut = url.find(';', max(url.rfind('/'), 0))
    if cut < 0:
        return url, ''
    return url[:cut], url[cut + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """The six parts <scheme>://<netloc>/<path>;<params>?<query>#<fragment> of a URL."""
    url, scheme, restore = _as_text(url, scheme)
    return restore(_parse_text(url, scheme, allow_fragments))


def _parse_text(url, scheme, allow_fragments):
    scheme, netloc, path, query, fragment = _split_text(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    """The URL of the five parts of a urlsplit() result."""
    scheme, netloc, path, query, fragment, restore = _as_text(*components)
    return restore(_unsplit_text(scheme, netloc, path, query, fragment))


def _unsplit_text(scheme, netloc, path, query, fragment):
    url = path
    # A network location (or a scheme that has one) needs the '//' form, and then a path that
    # is not empty must start with '/'.
    if netloc or (scheme and scheme in uses_netloc and path[:2] != '//'):
        if path and path[:1] != '/':
            path = '/' + path
        url = '//' + (netloc or '') + path
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return url


def urlunparse(components):
    """The URL of the six parts of a urlparse() result."""
    scheme, netloc, path, params, query, fragment, restore = _as_text(*components)
    return restore(_unparse_text(scheme, netloc, path, params, query, fragment))


def _unparse_text(scheme, netloc, path, params, query, fragment):
    if params:
        path = f'{path};{params}'
    return _unsplit_text(scheme, netloc, path, query, fragment)


def _remove_dot_segments(segments):
    """Path segments with '.' dropped and each '..' taking out the segment before it; a path
    ending in either still ends with '/'."""
    resolved = []
    for segment in segments:
        if segment == '..':
            if resolved:
                resolved.pop()
        elif segment != '.':
            resolved.append(segment)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return resolved


def urljoin(base, url, allow_fragments=True):
    """url resolved against base, as a browser resolves a link (RFC 3986)."""
    if not (base and url):
        return base or url  # nothing to resolve against, or nothing to resolve
    base, url, restore = _as_text(base, url)
    return restore(_join_text(base, url, allow_fragments))


def _join_text(base, url, allow_fragments):
    bscheme, bnetloc, bpath, bparams, bquery, _ = _parse_text(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = _parse_text(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return _unparse_text(scheme, netloc, path, params, query, fragment)
        netloc = bnetloc
    if not path and not params:
        # Only a query or a fragment: everything else is the base's.
        return _unparse_text(scheme, netloc, bpath, bparams, query or bquery, fragment)
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_dir = bpath.split('/')
        if base_dir[-1] != '':
            base_dir.pop()  # the base's last segment is a file name, not a directory
        segments = base_dir + path.split('/')
        segments[1:-1] = [segment for segment in segments[1:-1] if segment]
    joined = '/'.join(_remove_dot_segments(segments)) or '/'
    return _unparse_text(scheme, netloc, joined, params, query, fragment)


def urldefrag(url):
    """(url without its fragment, the fragment)."""
    url, restore = _as_text(url)
    if '#' not in url:
        return restore(DefragResult(url, ''))
    scheme, netloc, path, params, query, fragment = _parse_text(url, '', True)
    return restore(DefragResult(_unparse_text(scheme, netloc, path, params, query, ''),
                                fragment))


_HEX_BYTES = b'0123456789ABCDEFabcdef'


def unquote_to_bytes(string):
    """The bytes of a percent-encoded str or bytes: each %XX is the byte XX; a '%' not followed
    by two hex digits stays as it is."""
    if not string:
        string.split  # only a str or bytes may be empty here
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    head, *escaped = string.split(b'%')
    if not escaped:
        return string
    out = bytearray(head)
    for piece in escaped:
        code = piece[:2]
        if len(code) == 2 and code[0] in _HEX_BYTES and code[1] in _HEX_BYTES:
            out += bytes.fromhex(code.decode('ascii'))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


def _split_ascii_runs(string):
    """string cut into alternating runs of ASCII and non-ASCII characters, from the first."""
    runs = []
    start = 0
    for index in range(1, len(string)):
        if (string[index] < '\x80') != (string[index - 1] < '\x80'):
            runs.append(string[start:index])
            start = index
    runs.append(string[start:])
    return runs


def unquote(string, encoding='utf-8', errors='replace'):
    """string with its %XX escapes decoded. Escapes are collected per run of ASCII characters
    and decoded together, so a character encoded over several escapes comes out whole."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split  # only a str may pass here
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    return ''.join(unquote_to_bytes(run).decode(encoding, errors) if run[0] < '\x80' else run
                   for run in _split_ascii_runs(string))


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() that reads '+' as a space, as form data writes it."""
    return unquote(string.replace('+', ' '), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """bs percent-encoded, but for letters, digits, '_.-~' and the ASCII characters of safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    # Only the ASCII part of `safe` counts; anything else is encoded regardless.
    extra = (safe.encode('ascii', 'ignore') if isinstance(safe, str)
             else bytes([c for c in safe if c < 128]))
    return ''.join(chr(c) if c in _ALWAYS_SAFE or c in extra else f'%{c:02X}' for c in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """string percent-encoded (a str is encoded first, in UTF-8 unless told otherwise)."""
    if not isinstance(string, str):
        for name, value in (('encoding', encoding), ('errors', errors)):
            if value is not None:
                raise TypeError(f"quote() doesn't support '{name}' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    encoded = string.encode('utf-8' if encoding is None else encoding,
                            'strict' if errors is None else errors)
    return quote_from_bytes(encoded, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() that writes spaces as '+', as form data does."""
    if isinstance(string, str):
        spaced = ' ' in string
    elif isinstance(string, bytes):
        spaced = b' ' in string
    else:
        spaced = True
    if not spaced:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def _reads_as_pairs(query):
    """Whether query looks like a sequence of (name, value) tuples (judged by its first)."""
    try:
        return not len(query) or isinstance(query[0], tuple)
    except TypeError:
        return False


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A query string 'k=v&...' from a mapping or a sequence of pairs; with doseq, a sequence
    value gives one pair per item."""
    if hasattr(query, 'items'):
        query = query.items()
    elif not _reads_as_pairs(query):
        raise TypeError('not a valid non-string sequence or mapping object')

    def encoded(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    pairs = []
    for key, value in query:
        key = encoded(key)
        if not doseq or isinstance(value, bytes):
            pairs.append(key + '=' + encoded(value))
        elif isinstance(value, str):
            pairs.append(key + '=' + quote_via(value, safe, encoding, errors))
        else:
            try:
                len(value)
            except TypeError:
                pairs.append(key + '=' + encoded(value))
            else:
                pairs.extend(key + '=' + encoded(item) for item in value)
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """Parse a query given as a string argument into a list of (name, value) pairs."""
    qs, restore = _as_text(qs)
    separator = _as_text(separator)[0]
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')

    def decoded(text):
        return unquote(text.replace('+', ' '), encoding=encoding, errors=errors)

    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            # A field without '=': an error when strict, else a name with an empty value.
            if strict_parsing:
                raise ValueError('bad query field: %r' % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((restore(decoded(name)), restore(decoded(value))))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """Parse a query given as a string argument into a dict of lists."""
    grouped = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    return grouped
