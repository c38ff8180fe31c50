"""escape and unescape of HTML text: unescape knows every HTML5 named and numeric character
reference and follows the standard's rules for malformed ones."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and, when quote is true, both quote characters) written as
    character references."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


# Numeric references the HTML5 parser maps elsewhere: most of 0x80-0x9F are read as the
# Windows-1252 characters they were meant to be.
_INVALID_CHARREFS = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
    0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6',
    0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d',
    0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
    0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc',
    0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}


def _noncharacters():
    # The code points a numeric reference must not produce: C0 and C1 controls but tab, newline,
    # form feed and carriage return (0x0B, vertical tab, is out too), and the noncharacters
    # U+FDD0..U+FDEF and the last two of every plane.
    controls = [*range(0x01, 0x09), 0x0b, *range(0x0e, 0x20), *range(0x7f, 0xa0)]
    plane_ends = [plane * 0x10000 + last for plane in range(17) for last in (0xfffe, 0xffff)]
    return frozenset(controls + list(range(0xfdd0, 0xfdf0)) + plane_ends)


_INVALID_CODEPOINTS = _noncharacters()


def _numeric_reference(text):
    digits = text[1:].rstrip(';')
    code = int(digits[1:], 16) if digits[:1] in ('x', 'X') else int(digits)
    if code in _INVALID_CHARREFS:
        return _INVALID_CHARREFS[code]
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return '\uFFFD'
    if code in _INVALID_CODEPOINTS:
        return ''
    return chr(code)


def _named_reference(name):
    if name in _html5:
        return _html5[name]
    # Without its ';', the longest known name that starts the text counts, the rest stays.
    for end in range(len(name) - 1, 1, -1):
        if name[:end] in _html5:
            return _html5[name[:end]] + name[end:]
    return '&' + name


def _replace_charref(match):
    text = match.group(1)
    return _numeric_reference(text) if text[0] == '#' else _named_reference(text)


# re and the 2,231 HTML5 names are loaded by the first unescape() that needs them, so that a
# program using only escape() does not pay for them at startup.
_charref = None
_html5 = None


def unescape(s):
    """s with every character reference (named, decimal, hexadecimal; with or without ';')
    replaced by its character, by the HTML5 standard's rules for valid and invalid ones."""
    if '&' not in s:
        return s
    global _charref, _html5
    if _charref is None:
        import re
        from html.entities import html5
        _html5 = html5
        _charref = re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')
    return _charref.sub(_replace_charref, s)
