"""email.utils: RFC 2822 dates both ways (fixed timestamps, generated and odd date strings),
address parsing and formatting on tricky inputs, Message-IDs, RFC 2231 parameters, and the
email.errors classes."""

import datetime
import re
import time

import email.errors
import email.utils as eu
from email.utils import (formataddr, formatdate, format_datetime, getaddresses, parseaddr,
                         parsedate, parsedate_tz, parsedate_to_datetime)


class Lcg:
    """A small seeded generator, so the generated cases are the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound

    def pick(self, items):
        return items[self.next(len(items))]


def attempt(func, *args, **kwargs):
    try:
        return repr(func(*args, **kwargs))
    except Exception as e:
        return 'error %s: %s' % (type(e).__name__, e)


print('--- formatdate at fixed times')
STAMPS = [0, 1, 59, 86399, 86400, 951782400, 951868800, 978307199.999, 1000000000,
          1234567890, 1700000000.75, 2147483647, 2147483648, 4102444800, -1, -86400,
          -2208988800, 253402300799]
for stamp in STAMPS:
    print(stamp, formatdate(stamp), '|', formatdate(stamp, usegmt=True), '|',
          formatdate(stamp, localtime=False, usegmt=False))
gen = Lcg(11)
for _ in range(200):
    stamp = gen.next(2000000000) * 2 - 300000000 + gen.next(1000) / 1000
    text = formatdate(stamp)
    back = parsedate_tz(text)
    print(text, back, eu.mktime_tz(back) == int(stamp) - (1 if int(stamp) > stamp else 0))
print(len(formatdate()), formatdate()[-5:], formatdate(usegmt=True)[-4:])
print(len(formatdate(1000000000, localtime=True)))

print('--- format_datetime')
utc = datetime.timezone.utc
MOMENTS = [
    datetime.datetime(2024, 2, 29, 13, 5, 9),
    datetime.datetime(1999, 12, 31, 23, 59, 59, 999999),
    datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=utc),
    datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))),
    datetime.datetime(2010, 6, 15, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-8))),
    datetime.datetime(1, 1, 1),
    datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=utc),
    datetime.datetime(2020, 3, 1, tzinfo=datetime.timezone(datetime.timedelta(0), 'Zulu')),
]
for moment in MOMENTS:
    print(repr(moment), '->', format_datetime(moment), '|', attempt(format_datetime, moment, True))

print('--- parsing fixed date strings')
DATES = [
    'Mon, 20 Nov 1995 19:12:08 -0500',
    'Mon, 20 Nov 1995 19:12:08 +0000',
    'Mon, 20 Nov 1995 19:12:08 -0000',
    'Mon, 20 Nov 1995 19:12:08 GMT',
    'Mon, 20 Nov 1995 19:12:08 EST',
    'Mon, 20 Nov 1995 19:12:08 pdt',
    'Mon, 20 Nov 1995 19:12:08 XYZ',
    'Mon, 20 Nov 1995 19:12:08',
    'Mon, 20 Nov 1995 19:12',
    '20 Nov 1995 19:12:08 +0100',
    'Mon,20 Nov 1995 19:12:08 +0100',
    'Monday, 20 Nov 1995 19:12:08 +0100',
    'Nov 20 1995 19:12:08 +0100',
    '20 November 1995 19:12:08 +0100',
    '20 Nov 95 19:12:08 +0100',
    '20 Nov 68 19:12:08 +0100',
    '20 Nov 69 19:12:08 +0100',
    '20 Nov 0 19:12:08',
    '20 Nov 1995 19:12:08+0100',
    '20 Nov 1995 19:12:08-0130',
    '20-Nov-1995 19:12:08 GMT',
    'Monday, 20-Nov-95 19:12:08 GMT',
    '20 Nov 19:12:08 1995 +0100',
    '20 Nov 1995, 19:12:08, +0100',
    '20 Nov GMT 1995 19:12:08',
    '20 Nov 1995 19.12.08 +0100',
    '20 Nov 1995 19.12 +0100',
    '20 Nov 1995 19.12.08.1 +0100',
    '20 Nov 1995 19:12:08:1 +0100',
    '20 Nov 1995 1912 +0100',
    '32 Nov 1995 19:12:08 +0100',
    '20 Foo 1995 19:12:08 +0100',
    '20 Nov 1995 25:61:61 +0100',
    '20 Nov 1995 19:12:08 +9999',
    '20 Nov 1995 19:12:08 +5',
    '20 Nov 1995 19:12:08 -',
    'Thu, 01 Jan 1970 00:00:00 +0000 (UTC)',
    'Tue, 06 Jun 2023 10:40:11 +0200 (CEST)',
    'Wed, 31 Dec 1969 23:59:59 +0000',
    '',
    '   ',
    'Mon,',
    'Mon, 20 Nov',
    'garbage',
    '1 2 3 4 5',
    ', Nov 1995 19:12:08',
    'Mon, 20 Nov ,  19:12:08',
    'Mon, 20 Nov 1995 19:12:08 +0100 extra words here',
    'Sun, 06 Nov 1994 08:49:37 GMT',
    'Sunday, 06-Nov-94 08:49:37 GMT',
    'Sun Nov  6 08:49:37 1994',
]
for text in DATES:
    print(repr(text))
    print('   tz:', attempt(parsedate_tz, text))
    print('   9 :', attempt(parsedate, text))
    print('   dt:', attempt(parsedate_to_datetime, text))
print(parsedate_tz(None), parsedate(None), attempt(parsedate_to_datetime, None))

print('--- parsing generated date strings')
DAYS = ['Mon,', 'Tue,', 'wed', 'SAT,', 'Sunday,', '']
MONTHS = ['Jan', 'feb', 'MAR', 'Apr', 'May', 'june', 'July', 'aug', 'Sept', 'Oct', 'nov',
          'December', 'Foo']
ZONES = ['+0000', '-0000', '+0530', '-1200', 'GMT', 'UT', 'Z', 'EDT', 'cst', 'MDT', 'PST', 'BST',
         '+01', '', '-99', '+2400']
gen = Lcg(5)
for case in range(400):
    day = str(1 + gen.next(31))
    if gen.next(4) == 0:
        day = day.zfill(2)
    year = str(gen.pick([1970, 1999, 2000, 2024, 2038, 2099, 5, 44, 68, 69, 99, 1900]))
    clock = '%02d:%02d' % (gen.next(24), gen.next(60))
    if gen.next(3):
        clock += ':%02d' % gen.next(61)
    month = gen.pick(MONTHS)
    words = [gen.pick(DAYS), day, month, year, clock, gen.pick(ZONES)]
    shape = gen.next(6)
    if shape == 1:
        words[1], words[2] = words[2], words[1]
    elif shape == 2:
        words[3], words[4] = words[4], words[3]
    elif shape == 3:
        words = [words[0], day + '-' + month + '-' + year, clock, words[5]]
    elif shape == 4:
        words[4] = words[4] + words[5]
        words[5] = ''
    text = ' '.join(word for word in words if word)
    print(case, repr(text), attempt(parsedate_tz, text), attempt(parsedate_to_datetime, text))

print('--- mktime_tz')
for fields in [(1970, 1, 1, 0, 0, 0, 0, 1, -1, 0), (1970, 1, 1, 0, 0, 0, 0, 1, -1, 3600),
               (2000, 2, 29, 12, 30, 45, 0, 1, -1, -18000), (2038, 1, 19, 3, 14, 8, 0, 1, -1, 0),
               (1969, 12, 31, 23, 59, 59, 0, 1, -1, 0)]:
    print(fields, eu.mktime_tz(fields))
local_fields = (2001, 9, 9, 1, 46, 40, 0, 1, -1, None)
print(eu.mktime_tz(local_fields) == time.mktime(local_fields[:8] + (-1,)))

print('--- localtime')
now = eu.localtime()
print(type(now).__name__, now.tzinfo is not None)
aware = datetime.datetime(2021, 7, 1, 12, 0, tzinfo=utc)
converted = eu.localtime(aware)
print(converted == aware, converted.tzinfo is not None)
naive = datetime.datetime(2021, 7, 1, 12, 0)
made = eu.localtime(naive)
print(made.replace(tzinfo=None) == naive, made.tzinfo is not None,
      made.utcoffset() == datetime.timedelta(seconds=time.localtime(time.mktime(
          naive.timetuple())).tm_gmtoff))

print('--- parseaddr on tricky inputs')
ADDRESSES = [
    'user@example.com',
    'John Doe <john@example.com>',
    '"Doe, John" <john@example.com>',
    'john@example.com (John Doe)',
    '(comment) john@example.com',
    'John (the man) Doe <john@example.com>',
    '<john@example.com>',
    '<@route1,@route2:john@example.com>',
    '"quoted\\"name" <q@x.org>',
    '"a\\\\b" <a@b>',
    'john.doe@example.com',
    'john . doe @ example . com',
    '"john doe"@example.com',
    'john@[192.168.0.1]',
    'john@',
    '@example.com',
    'john',
    'John Doe',
    'John Doe <>',
    '<>',
    '',
    '   ',
    ',',
    ',,a@b,,',
    'a@b, c@d',
    'group: a@b, c@d;',
    'group: ;',
    'undisclosed-recipients:;',
    'a@b.org@c.com',
    'John <a@b.org@c.com>',
    'John <john@example.com',
    'John john@example.com>',
    '"unterminated <a@b>',
    '(unterminated comment a@b',
    'a@b (nested (comment) here)',
    'J. Random <jr@x.com>',
    'Mr. John Q. Public <jqp@x.com>',
    'Jos\xe9 <jose@x.es>',
    'jos\xe9@x.es',
    'a\tb <c@d>',
    'a\r\n b <c@d>',
    'foo@bar.com\r\n',
    '"" <empty@name>',
    'a@b;c@d',
    '<a@b> <c@d>',
    '[a@b]',
    'a:b@c',
    '"a@b" <c@d>',
    'x (a) (b) <y@z>',
    'a.@b',
    '.a@b',
    'a..b@c',
    'a@b..c',
    'a@.b',
    'a @b',
    'Alice <alice@wonderland>, Bob <bob@builder>, eve@evil',
]
for text in ADDRESSES:
    print(repr(text), '->', attempt(parseaddr, text), attempt(getaddresses, [text]))
print(getaddresses(['a@b, c@d', 'E <e@f>', 'g: h@i;']))
print(getaddresses([]), getaddresses(['']), getaddresses([' ']))

print('--- generated addresses')
PIECES = ['a', 'bob', 'x.y', '@', '.', ',', ' ', '<', '>', '"', '\\', '(', ')', ':', ';',
          '[', ']', 'ex.com', 'Ann Lee', '"q, r"', '(c)', '<p@q>', 'g:', '\t']
gen = Lcg(31)
for case in range(500):
    text = ''.join(gen.pick(PIECES) for _ in range(gen.next(10)))
    print(case, repr(text), attempt(parseaddr, text), attempt(getaddresses, [text, 'z@w']))

print('--- formataddr')
PAIRS = [
    ('', 'a@b'),
    ('John Doe', 'john@example.com'),
    ('Doe, John', 'john@example.com'),
    ('J. Doe', 'j@x'),
    ('say "hi"', 'h@x'),
    ('back\\slash', 'b@x'),
    ('a(b)c', 'a@b'),
    ('<angle>', 'a@b'),
    ('semi;colon', 'a@b'),
    ('at@sign', 'a@b'),
    ('[brackets]', 'a@b'),
    ('Jos\xe9', 'jose@x.es'),
    ('\u6771\u4eac', 'tokyo@x.jp'),
    ('caf\xe9 \xfcber', 'c@x'),
    ('\xe9\xe9\xe9\xe9\xe9', 'e@x'),
    ('J\xf6hn D\u0153', 'j@x'),
    ('Andr\xe9 Longname-Smithers', 'andre@x.fr'),
    ('Ren\xe9e O Brien', 'r@x'),
    ('x', ''),
    ('tab\there', 't@x'),
]
for pair in PAIRS:
    print(repr(pair), attempt(formataddr, pair), attempt(formataddr, pair, 'iso-8859-1'),
          attempt(formataddr, pair, 'us-ascii'))
print(attempt(formataddr, ('name', 'jos\xe9@x')))
print(attempt(formataddr, ('', 'jos\xe9@x')))
print(attempt(formataddr, ('\u20ac', 'e@x'), 'latin-1'))
for pair in [('Doe, John', 'john@example.com'), ('say "hi"', 'h@x'), ('a\\b', 'c@d')]:
    print(parseaddr(formataddr(pair)) == pair, parseaddr(formataddr(pair)))

print('--- quote and unquote')
for text in ['plain', 'a"b', 'a\\b', '"quoted"', '"a\\"b\\\\c"', '<angle>', '"', '<', '""', '<>',
             "'single'", '"half', 'half"', '', '"x" ', '<<x>>']:
    print(repr(text), repr(eu.quote(text)), repr(eu.unquote(text)))

print('--- make_msgid')
shape = re.compile(r'<(\d+)\.(\d+)\.(\d+)(\.[^@]+)?@([^>]+)>$')
for args in [(), ('tag',), (None, 'example.com'), ('a.b', 'mail.example.org')]:
    msgid = eu.make_msgid(*args)
    found = shape.match(msgid)
    print(args, found is not None, found.group(4), found.group(5) if args[1:] else 'host')
print(eu.make_msgid() != eu.make_msgid())

print('--- RFC 2231')
for text in ["us-ascii'en'hello", "utf-8''caf%C3%A9", "a'b", 'plain', "a'b'c'd", "''", "'''"]:
    print(repr(text), eu.decode_rfc2231(text))
for text in ['', 'hello world', 'caf\xe9', 'a/b?c=d&e', '~x_y.z-', "it's", '100%']:
    print(repr(text), attempt(eu.encode_rfc2231, text), attempt(eu.encode_rfc2231, text, 'utf-8'),
          attempt(eu.encode_rfc2231, text, None, 'en'),
          attempt(eu.encode_rfc2231, text, 'latin-1', 'fr'))
PARAMS = [('text/plain', ''), ('charset', 'us-ascii'), ('title*', "utf-8'en'caf%C3%A9"),
          ('name*0', 'part one '), ('name*1', '"part two"'), ('file*0*', "iso-8859-1''%E9t"),
          ('file*1*', '%E9%20x'), ('q', '"a\\"b"'), ('cont*2', 'c'), ('cont*1', 'b'),
          ('cont*0', 'a'), ('weird name', 'v')]
decoded = eu.decode_params(PARAMS)
for item in decoded:
    print(item)
for name, value in decoded[1:]:
    print(name, repr(eu.collapse_rfc2231_value(value)),
          repr(eu.collapse_rfc2231_value(value, 'strict', 'utf-8')))
print(repr(eu.collapse_rfc2231_value(('no-such-charset', '', '"kept"'))))
print(repr(eu.collapse_rfc2231_value((None, '', 'caf\xe9'))))
print(repr(eu.collapse_rfc2231_value(('ascii', '', 'caf\xe9'))))
print(attempt(eu.collapse_rfc2231_value, ('ascii', '', 'caf\xe9'), 'strict'))
print(repr(eu.collapse_rfc2231_value(('utf-8', '', '\u0100'))))
print(attempt(eu.decode_params, [('x', ''), ('n*', 'a'), ('n*0', 'b')]))

print('--- email.errors')
E = email.errors
for name in ['MessageError', 'MessageParseError', 'HeaderParseError', 'BoundaryError',
             'MultipartConversionError', 'CharsetError', 'MessageDefect', 'HeaderDefect',
             'InvalidHeaderDefect', 'NonPrintableDefect', 'InvalidDateDefect',
             'MalformedHeaderDefect', 'MissingHeaderBodySeparatorDefect',
             'InvalidBase64PaddingDefect', 'ObsoleteHeaderDefect']:
    cls = getattr(E, name)
    print(name, [base.__name__ for base in cls.__mro__[1:]])
print(issubclass(E.MultipartConversionError, TypeError), E.MalformedHeaderDefect is
      E.MissingHeaderBodySeparatorDefect)
defect = E.MessageDefect()
print(repr(str(defect)), defect.line, defect.args)
defect = E.InvalidHeaderDefect('bad header')
print(str(defect), defect.line, defect.args)
defect = E.NonPrintableDefect(['\x01', '\x7f'])
print(str(defect), defect.non_printables)
try:
    raise E.HeaderParseError('cannot parse')
except E.MessageError as e:
    print(type(e).__name__, e)
