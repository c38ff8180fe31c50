"""General functions for HTML manipulation: escape and unescape (the common named entities and
all numeric character references), after CPython's html module."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace special characters "&", "<" and ">" to HTML-safe sequences."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


_ENTITIES = {
    'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'", 'nbsp': '\xa0', 'copy': '\xa9',
    'reg': '\xae', 'trade': '\u2122', 'hellip': '\u2026', 'mdash': '\u2014', 'ndash': '\u2013',
    'lsquo': '\u2018', 'rsquo': '\u2019', 'ldquo': '\u201c', 'rdquo': '\u201d', 'euro': '\u20ac',
    'pound': '\xa3', 'yen': '\xa5', 'cent': '\xa2', 'sect': '\xa7', 'deg': '\xb0', 'plusmn': '\xb1',
    'times': '\xd7', 'divide': '\xf7', 'middot': '\xb7', 'para': '\xb6', 'laquo': '\xab',
    'raquo': '\xbb', 'iexcl': '\xa1', 'iquest': '\xbf', 'eacute': '\xe9', 'egrave': '\xe8',
    'agrave': '\xe0', 'aacute': '\xe1', 'ccedil': '\xe7', 'uuml': '\xfc', 'ouml': '\xf6',
    'auml': '\xe4', 'szlig': '\xdf', 'ntilde': '\xf1', 'larr': '\u2190', 'rarr': '\u2192',
    'uarr': '\u2191', 'darr': '\u2193', 'hearts': '\u2665', 'bull': '\u2022', 'frac12': '\xbd',
}

_INVALID_CHARREFS = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
    0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6',
    0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d',
    0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
    0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc',
    0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}


def _charref(s, i):
    """Decode the character reference starting at s[i] == '&'; return (text, next index)."""
    n = len(s)
    j = i + 1
    if j < n and s[j] == '#':
        j += 1
        hexa = j < n and s[j] in 'xX'
        if hexa:
            j += 1
        start = j
        digits = '0123456789abcdefABCDEF' if hexa else '0123456789'
        while j < n and s[j] in digits:
            j += 1
        if j == start:
            return None, i + 1
        num = int(s[start:j], 16 if hexa else 10)
        if j < n and s[j] == ';':
            j += 1
        if num in _INVALID_CHARREFS:
            return _INVALID_CHARREFS[num], j
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\ufffd', j
        return chr(num), j
    start = j
    while j < n and (s[j].isalnum()) and j - start < 32:
        j += 1
    name = s[start:j]
    if j < n and s[j] == ';' and name in _ENTITIES:
        return _ENTITIES[name], j + 1
    for k in range(len(name), 1, -1):
        if name[:k] in ('amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg') and name[:k] in _ENTITIES:
            return _ENTITIES[name[:k]], start + k
    return None, i + 1


def unescape(s):
    """Convert all named and numeric character references in the string s to the
    corresponding unicode characters."""
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        k = s.find('&', i)
        if k < 0:
            out.append(s[i:])
            break
        out.append(s[i:k])
        text, j = _charref(s, k)
        if text is None:
            out.append('&')
            i = k + 1
        else:
            out.append(text)
            i = j
    return ''.join(out)
