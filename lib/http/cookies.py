"""HTTP cookies: reading a Cookie header into morsels, writing Set-Cookie headers back.

A cookie jar (BaseCookie, SimpleCookie) is a dict from cookie names to Morsels; a Morsel holds one
cookie's value, in its real and its on-the-wire (coded) form, and its attributes (expires, path,
domain, ...). Parsing is as forgiving as CPython's: it skips what it cannot read, and drops the
whole header when a piece of it makes no sense (an attribute before any cookie, say).
"""

import re
import string
import time as _time
import types as _types

__all__ = ['CookieError', 'BaseCookie', 'SimpleCookie']


class CookieError(Exception):
    """An illegal cookie key, or an attribute a Morsel does not know."""


# Characters a cookie name (and a value that needs no quotes) may hold.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"

# Characters a quoted value may carry as they are; the rest of Latin-1 becomes an octal escape.
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'


def _escape_table():
    """The str.translate table of _quote: octal escapes for the first 256 code points that may
    not stand bare inside quotes, and backslash escapes for the quote and the backslash."""
    table = {}
    for code in range(256):
        if chr(code) not in _UnescapedChars:
            table[code] = '\\' + format(code, '03o')
    table[ord('"')] = '\\"'
    table[ord('\\')] = '\\\\'
    return table


_Translator = _escape_table()

_is_legal_key = re.compile('[' + re.escape(_LegalChars) + ']+').fullmatch


def _quote(text):
    """text as a cookie value: unchanged when every character is legal, otherwise in double
    quotes with the awkward characters escaped."""
    if text is None or _is_legal_key(text):
        return text
    return '"' + text.translate(_Translator) + '"'


# One escape inside a quoted value: three octal digits (the first at most 3), or any character.
_ESCAPE = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _unescape_one(found):
    octal = found.group(1)
    if octal:
        return chr(int(octal, 8))
    return found.group(2)


def _unquote(text):
    """The inverse of _quote: a value in double quotes loses them and its escapes; anything else
    comes back as it is."""
    if text is None or len(text) < 2:
        return text
    if not (text.startswith('"') and text.endswith('"')):
        return text
    return _ESCAPE.sub(_unescape_one, text[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The HTTP date (in GMT) `future` seconds from now, as an expires attribute wants it."""
    when = _time.gmtime(_time.time() + future)
    return '%s, %02d %3s %4d %02d:%02d:%02d GMT' % (
        weekdayname[when.tm_wday], when.tm_mday, monthname[when.tm_mon], when.tm_year,
        when.tm_hour, when.tm_min, when.tm_sec)


_nulljoin = ''.join
_semispacejoin = '; '.join
_spacejoin = ' '.join


class Morsel(dict):
    """One cookie: its key, its value (real and coded) and its attributes, which are the items of
    the dict (every reserved attribute is present, empty when unset)."""

    # attribute name (lower case) -> its spelling in a Set-Cookie header
    _reserved = {
        'expires': 'expires',
        'path': 'Path',
        'comment': 'Comment',
        'domain': 'Domain',
        'max-age': 'Max-Age',
        'secure': 'Secure',
        'httponly': 'HttpOnly',
        'version': 'Version',
        'samesite': 'SameSite',
    }
    # attributes written as a bare word when true
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = None
        self._value = None
        self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, '')

    key = property(lambda self: self._key, doc='The cookie\'s name.')
    value = property(lambda self: self._value, doc='The cookie\'s real value.')
    coded_value = property(lambda self: self._coded_value,
                           doc='The cookie\'s value as sent in a header.')

    @staticmethod
    def _attribute_name(name):
        lowered = name.lower()
        if lowered not in Morsel._reserved:
            raise CookieError('Invalid attribute %r' % (lowered,))
        return lowered

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attribute_name(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attribute_name(key), val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._key == morsel._key
                and self._value == morsel._value and self._coded_value == morsel._coded_value)

    def __ne__(self, morsel):
        same = self.__eq__(morsel)
        if same is NotImplemented:
            return same
        return not same

    __hash__ = None

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def update(self, values):
        # every name is checked before any is stored, so a bad one changes nothing
        checked = {}
        for name, value in dict(values).items():
            checked[self._attribute_name(name)] = value
        dict.update(self, checked)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        """Give the morsel its name and value (real and coded); the name may be neither an
        attribute name nor hold characters outside _LegalChars."""
        if self.isReservedKey(key):
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if _is_legal_key(key) is None:
            raise CookieError('Illegal key %r' % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key, self._value, self._coded_value = (
            state['key'], state['value'], state['coded_value'])

    def output(self, attrs=None, header='Set-Cookie:'):
        return '%s %s' % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        # a script that sets the cookie from the browser's side
        assignment = self.OutputString(attrs).replace('"', '\\"')
        indent = '\n' + ' ' * 8
        lines = ['', '<script type="text/javascript">', '<!-- begin hiding',
                 'document.cookie = "%s";' % assignment, '// end hiding -->', '</script>', '']
        return indent.join(lines)

    def _attribute_text(self, name, value):
        """How one set attribute is written in a header, or None when it is left out (a false
        flag)."""
        label = self._reserved[name]
        if name == 'expires' and isinstance(value, int):
            return '%s=%s' % (label, _getdate(value))
        if name == 'max-age' and isinstance(value, int):
            return '%s=%d' % (label, value)
        if name == 'comment' and isinstance(value, str):
            return '%s=%s' % (label, _quote(value))
        if name in self._flags:
            return str(label) if value else None
        return '%s=%s' % (label, value)

    def OutputString(self, attrs=None):
        pieces = ['%s=%s' % (self.key, self.coded_value)]
        wanted = self._reserved if attrs is None else attrs
        for name, value in sorted(self.items()):
            if value == '' or name not in wanted:
                continue
            text = self._attribute_text(name, value)
            if text is not None:
                pieces.append(text)
        return _semispacejoin(pieces)

    __class_getitem__ = classmethod(_types.GenericAlias)


# What a cookie name may be made of when reading a header (wider than what Morsel.set allows),
# and what a bare value may be made of.
_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'

# One `name`, `name=value` or `name="quoted value"` piece of a header. The name is as short as
# can be (so `a==b` is a=`=b`); a value is a quoted string, an HTTP date (whose comma and spaces
# would end a bare value) or a run of bare value characters; the piece ends at whitespace, a
# semicolon or the end of the text.
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*))?'
    r'\s*(\s+|;|$)', re.ASCII)

_ATTRIBUTE = 1
_COOKIE = 2


class BaseCookie(dict):
    """A dict of cookie name -> Morsel, read from and written to HTTP headers. Subclasses choose
    how values are coded by overriding value_encode and value_decode."""

    def value_decode(self, val):
        """(real value, coded value) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, coded value) for a value assigned by the program."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _store(self, key, real_value, coded_value):
        # an existing morsel keeps its attributes when its value changes
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            real, coded = self.value_encode(value)
            self._store(key, real, coded)

    def output(self, attrs=None, header='Set-Cookie:', sep='\r\n'):
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ['%s=%r' % (key, morsel.value) for key, morsel in sorted(self.items())]
        return '<%s: %s>' % (type(self).__name__, _spacejoin(shown))

    def js_output(self, attrs=None):
        return _nulljoin(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Read a Cookie header (a str) or take the items of a mapping."""
        if isinstance(rawdata, str):
            self._load_header(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _scan_header(self, text):
        """The (kind, name, value) steps of a header, or None when the header is to be dropped
        whole. Reading stops at the first piece the pattern cannot match."""
        steps = []
        cookie_seen = False
        position = 0
        while 0 <= position < len(text):
            found = _CookiePattern.match(text, position)
            if not found:
                break
            key, value = found.group('key'), found.group('val')
            position = found.end(0)
            lowered = key.lower()
            if key[0] == '$':
                # `$Version` and friends before any cookie concern the header as a whole
                if cookie_seen:
                    steps.append((_ATTRIBUTE, key[1:], value))
            elif lowered in Morsel._reserved:
                if not cookie_seen:
                    return None
                if value is not None:
                    steps.append((_ATTRIBUTE, key, _unquote(value)))
                elif lowered in Morsel._flags:
                    steps.append((_ATTRIBUTE, key, True))
                else:
                    return None
            elif value is not None:
                steps.append((_COOKIE, key, self.value_decode(value)))
                cookie_seen = True
            else:
                return None
        return steps

    def _load_header(self, text):
        steps = self._scan_header(text)
        if steps is None:
            return
        current = None
        for kind, key, value in steps:
            if kind == _ATTRIBUTE:
                current[key] = value
            else:
                real, coded = value
                self._store(key, real, coded)
                current = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted and escaped on the wire when they need to be."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
