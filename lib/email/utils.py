"""Helpers for mail and HTTP headers: RFC 2822 dates (formatdate, parsedate and friends),
addresses (parseaddr, formataddr, getaddresses), Message-IDs and RFC 2231 parameters, with the
results of CPython 3.11's email.utils."""

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
           'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
           'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
           'unquote']

import datetime
import os
import random
import re
import time
import urllib.parse

from email._parseaddr import (AddressList as _AddressList, _parsedate_tz, mktime_tz, parsedate,
                              parsedate_tz, quote)

COMMASPACE, EMPTYSTRING, UEMPTYSTRING, CRLF, TICK = ', ', '', '', '\r\n', "'"

# A display name holding one of these must be written as a quoted string.
specialsre = re.compile(r'[\]\[\\()<>@,:;".]')
# Characters a quoted string escapes with a backslash.
escapesre = re.compile(r'["\\]')


# --- addresses ---------------------------------------------------------------------------------

# Charset names spelled other ways by programs, as a MIME header wants them.
_CHARSET_ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1',
    'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
    'latin_3': 'iso-8859-3', 'latin-3': 'iso-8859-3',
    'latin_4': 'iso-8859-4', 'latin-4': 'iso-8859-4',
    'latin_5': 'iso-8859-9', 'latin-5': 'iso-8859-9',
    'latin_6': 'iso-8859-10', 'latin-6': 'iso-8859-10',
    'latin_7': 'iso-8859-13', 'latin-7': 'iso-8859-13',
    'latin_8': 'iso-8859-14', 'latin-8': 'iso-8859-14',
    'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15',
    'latin_10': 'iso-8859-16', 'latin-10': 'iso-8859-16',
    'ascii': 'us-ascii',
}

# Charsets whose encoded words are always base64 ('b'); the ISO-8859 family uses 'q', us-ascii
# none, and the rest whichever of the two is shorter.
_BASE64_CHARSETS = {'big5', 'gb2312', 'koi8-r', 'euc-jp', 'shift_jis', 'iso-2022-jp'}

# Bytes an encoded word of the 'q' kind writes as themselves (a space becomes '_').
_Q_SAFE = frozenset(b'-!*+/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')


def _q_body(data):
    out = []
    for byte in data:
        if byte in _Q_SAFE:
            out.append(chr(byte))
        elif byte == 0x20:
            out.append('_')
        else:
            out.append('=%02X' % byte)
    return ''.join(out)


def _b_length(data):
    return (len(data) + 2) // 3 * 4


def _encoded_word(text, charset):
    """text as an RFC 2047 encoded word in `charset` (a name or an email.charset.Charset)."""
    if not isinstance(charset, str):
        return charset.header_encode(text)
    label = charset.lower()
    label = _CHARSET_ALIASES.get(label, label)
    if label == 'us-ascii':
        return str(text.encode('ascii'), 'ascii')
    data = text.encode(label)
    if not data:
        return ''
    if label.startswith('iso-8859-'):
        use_base64 = False
    elif label in _BASE64_CHARSETS:
        use_base64 = True
    else:
        # the shorter form wins; a tie goes to 'q'
        use_base64 = _b_length(data) < len(_q_body(data))
    if use_base64:
        import base64
        return '=?%s?b?%s?=' % (label, str(base64.b64encode(data), 'ascii'))
    return '=?%s?q?%s?=' % (label, _q_body(data))


def formataddr(pair, charset='utf-8'):
    """'name <address>' for a (name, address) pair: the name quoted when it holds special
    characters, or written as an RFC 2047 encoded word in `charset` when it is not ASCII; the
    bare address when the name is empty."""
    name, address = pair
    # an address must be ASCII: this raises UnicodeEncodeError otherwise
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        return '%s <%s>' % (_encoded_word(name, charset), address)
    if specialsre.search(name):
        return '"%s" <%s>' % (escapesre.sub(r'\\\g<0>', name), address)
    return '%s <%s>' % (name, address)


def getaddresses(fieldvalues):
    """Every (name, address) pair of a list of header values (joined with commas first)."""
    joined = COMMASPACE.join(str(value) for value in fieldvalues)
    return _AddressList(joined).addresslist


def parseaddr(addr):
    """The first (name, address) pair of a header value, or ('', '') when it has none."""
    pairs = _AddressList(addr).addresslist
    if not pairs:
        return '', ''
    return pairs[0]


def unquote(str):
    """str without the double quotes (undoing backslash escapes) or angle brackets around
    it."""
    if len(str) < 2:
        return str
    first, last, inner = str[0], str[-1], str[1:-1]
    if first == '"' and last == '"':
        # doubled backslashes first, so that `\\"` stays a backslash and a quote
        return inner.replace('\\\\', '\\').replace('\\"', '"')
    if first == '<' and last == '>':
        return inner
    return str


# --- dates -------------------------------------------------------------------------------------

_DAY_ABBREVIATIONS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                        'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAY_ABBREVIATIONS[timetuple[6]], timetuple[2], _MONTH_ABBREVIATIONS[timetuple[1] - 1],
        timetuple[0], timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date for a POSIX timestamp (now by default): in UTC with zone -0000, in
    UTC with zone GMT when usegmt is true (as HTTP wants), or in local time with its offset."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        moment = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        moment = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        moment = moment.astimezone()
        usegmt = False
    return format_datetime(moment, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for a datetime: an aware one with its offset (GMT when usegmt is true,
    which needs UTC), a naive one with -0000 (zone unknown)."""
    return _format_timetuple_and_zone(dt.timetuple(), _zone_label(dt, usegmt))


def _zone_label(dt, usegmt):
    naive = dt.tzinfo is None
    if usegmt:
        if naive or dt.tzinfo != datetime.timezone.utc:
            raise ValueError('usegmt option requires a UTC datetime')
        return 'GMT'
    return '-0000' if naive else dt.strftime('%z')


def parsedate_to_datetime(data):
    """A datetime read from an RFC 2822 date: aware when it has an offset, naive for -0000."""
    fields = _parsedate_tz(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    offset = fields[9]
    if offset is None:
        return datetime.datetime(*fields[:6])
    zone = datetime.timezone(datetime.timedelta(seconds=offset))
    return datetime.datetime(*fields[:6], tzinfo=zone)


def localtime(dt=None, isdst=-1):
    """An aware datetime in the local zone: now, `dt` converted when it is aware, or `dt` taken
    as local time when it is naive (isdst: 1, 0 or -1 to let the system decide)."""
    if dt is not None and dt.tzinfo is not None:
        return dt.astimezone()
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    fields = dt.timetuple()[:-1] + (isdst,)
    local = time.localtime(time.mktime(fields))
    zone = datetime.timezone(datetime.timedelta(seconds=local.tm_gmtoff), local.tm_zone)
    return dt.replace(tzinfo=zone)


# --- message ids -------------------------------------------------------------------------------

def _host_name():
    import platform
    return platform.node() or 'localhost'


def make_msgid(idstring=None, domain=None):
    """A fresh Message-ID, `<time.pid.random[.idstring]@domain>` (the host's name by
    default)."""
    stamp = int(time.time() * 100)
    suffix = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = _host_name()
    return '<%d.%d.%d%s@%s>' % (stamp, os.getpid(), random.getrandbits(64), suffix, domain)


# --- RFC 2231 parameters -----------------------------------------------------------------------

def decode_rfc2231(s):
    """(charset, language, text) of an RFC 2231 value `charset'language'text`;
    (None, None, s) when s has fewer than two quotes."""
    pieces = s.split(TICK, 2)
    return pieces if len(pieces) == 3 else (None, None, s)


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded (in charset, ASCII by default), prefixed with `charset'language'`
    when either is given."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


# `name*`, `name*3` or `name*3*`: a piece of an RFC 2231 continued or encoded parameter
rfc2231_continuation = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def _join_continuations(pieces):
    """The value of a parameter split into RFC 2231 pieces, and whether any piece was
    percent-encoded."""
    pieces.sort()
    texts = []
    encoded_any = False
    for _, text, encoded in pieces:
        if encoded:
            # Latin-1 keeps each percent-encoded byte as one character
            text = urllib.parse.unquote(text, encoding='latin-1')
            encoded_any = True
        texts.append(text)
    return quote(EMPTYSTRING.join(texts)), encoded_any


def decode_params(params):
    """A header's (name, value) parameters with RFC 2231 continuations joined: the first pair
    as it is, then the plain parameters (values quoted), then each continued parameter
    (encoded ones as a (charset, language, value) triple)."""
    result = [params[0]]
    continued = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        found = rfc2231_continuation.match(name)
        if found is None:
            result.append((name, '"%s"' % quote(value)))
            continue
        name, number = found.group('name', 'num')
        if number is not None:
            number = int(number)
        continued.setdefault(name, []).append((number, value, encoded))
    for name, pieces in continued.items():
        value, encoded_any = _join_continuations(pieces)
        if encoded_any:
            charset, language, value = decode_rfc2231(value)
            result.append((name, (charset, language, '"%s"' % value)))
        else:
            result.append((name, '"%s"' % value))
    return result


def _raw_bytes(text):
    """text's characters as bytes (the raw-unicode-escape codec): those below 256 as
    themselves, the others as \\u or \\U escapes."""
    out = bytearray()
    for char in text:
        code = ord(char)
        if code < 256:
            out.append(code)
        elif code < 0x10000:
            out += b'\\u%04x' % code
        else:
            out += b'\\U%08x' % code
    return bytes(out)


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """The text of a decoded parameter: a (charset, language, text) triple decoded (its text's
    characters are bytes), anything else unquoted."""
    if isinstance(value, tuple) and len(value) == 3:
        return _decode_triple(value, errors, fallback_charset)
    return unquote(value)


def _decode_triple(value, errors, fallback_charset):
    charset, _, text = value
    charset = fallback_charset if charset is None else charset
    raw = _raw_bytes(text)
    try:
        return str(raw, charset, errors)
    except LookupError:
        # an unknown charset: the best guess is the text as it is
        return unquote(text)
