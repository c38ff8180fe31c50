# locale in the C locale: setlocale and its errors, localeconv, number formatting with and
# without grouping, currency's refusal, parsing, normalize, nl_langinfo, collation.
import locale
import warnings


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show('set C', lambda: locale.setlocale(locale.LC_ALL, 'C'))
print(locale.__all__)
print({n: getattr(locale, n) for n in dir(locale) if n.startswith('LC_') or n == 'CHAR_MAX'})
print(locale.Error.__mro__, locale.Error.__module__, issubclass(locale.Error, Exception))

# setlocale: queries, the built-in names, and the errors.
for category in range(13):
    show('query %d' % category, lambda: locale.setlocale(category))
for name in ['C', 'POSIX', None, 'de_DE', 'xx_XX.UTF-8', 'c', 'C ', 'xx', 5,
             ('C', None), (None, None), ('xx_XX', 'UTF-8'), ['xx', 'UTF-8'], ('C', 'x', 'y'),
             ('C',)]:
    show('set %r' % (name,), lambda: locale.setlocale(locale.LC_ALL, name))
for category in [locale.LC_NUMERIC, locale.LC_MESSAGES, locale.LC_CTYPE, 7, 12, 13, 99, -1]:
    show('set cat %d' % category, lambda: locale.setlocale(category, 'C'))
    show('query cat %d' % category, lambda: locale.setlocale(category))
show('set str cat', lambda: locale.setlocale('x', 'C'))
show('keywords', lambda: locale.setlocale(category=locale.LC_ALL, locale='POSIX'))
show('after', lambda: locale.setlocale(locale.LC_ALL))
for category in [locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_ALL, 99]:
    show('getlocale %d' % category, lambda: locale.getlocale(category))
show('getlocale default', lambda: locale.getlocale())
show('getlocale str', lambda: locale.getlocale('x'))

# The built-in UTF-8 locale under its spellings, categories set apart, and back to C.
for name in ['C.UTF-8', 'C.utf8', 'C.utf-8@x', 'C.UTF8', 'POSIX.UTF-8', 'C.ascii', 'C@euro']:
    show('set %r' % name, lambda: locale.setlocale(locale.LC_ALL, name))
    show('  getlocale', lambda: locale.getlocale())
    show('  encoding', lambda: (locale.getencoding(), locale.nl_langinfo(locale.CODESET)))
show('set C', lambda: locale.setlocale(locale.LC_ALL, 'C'))
show('time utf8', lambda: locale.setlocale(locale.LC_TIME, 'C.UTF-8'))
show('numeric posix', lambda: locale.setlocale(locale.LC_NUMERIC, 'POSIX'))
show('composite', lambda: locale.setlocale(locale.LC_ALL))
show('getlocale all', lambda: locale.getlocale(locale.LC_ALL))
show('getlocale time', lambda: locale.getlocale(locale.LC_TIME))
show('empty tuple', lambda: locale.setlocale(locale.LC_ALL, ()))
show('empty list', lambda: locale.setlocale(locale.LC_ALL, []))
show('back to C', lambda: locale.setlocale(locale.LC_ALL, 'C'))
show('encoding', lambda: (locale.getencoding(), locale.nl_langinfo(locale.CODESET)))

conv = locale.localeconv()
print(sorted(conv.items()))
print(conv is locale.localeconv(), conv == locale.localeconv())

# format_string against the % operator for generated values: the C locale adds nothing.
state = [12345]


def rand(n):
    state[0] = (state[0] * 48271) % 2147483647
    return state[0] % n


formats = ['%d', '%5d', '%-7d|', '%+d', '%i', '%u', '%x', '%o', '%.2f', '%10.3f', '%e',
           '%.3E', '%g', '%G', '%s', '%r', '%05.1f', '%%d %d']
for k in range(60):
    f = formats[rand(len(formats))]
    value = (rand(2000001) - 1000000) * (1 if k % 2 else 1.0 / (1 + rand(97)))
    if f[-1] in 'xo' or f == '%u':
        value = int(value)
    grouping = bool(rand(2))
    monetary = bool(rand(4) == 0)
    mine = locale.format_string(f, value, grouping, monetary)
    plain = f % value
    if monetary and '.' in plain and f[-1] in 'eEfFgG':
        plain = plain.replace('.', '')
    print(repr(f), repr(mine), mine == plain)

show('fs group', lambda: locale.format_string('%d', 1234567, grouping=True))
show('fs tuple', lambda: locale.format_string('%.2f and %s', (1234.5, 'x'), True))
show('fs map', lambda: locale.format_string('%(a)d', {'a': 1234}))
show('fs map 2', lambda: locale.format_string('%(a)s %(b).1f', {'a': 1, 'b': 2.25}))
show('fs pct', lambda: locale.format_string('%5.1f%%', 3.14159))
show('fs literal pct', lambda: locale.format_string('%%d %d', 5))
show('fs 1-tuple', lambda: locale.format_string('%d', (5,)))
show('fs s tuple', lambda: locale.format_string('%s', (5,)))
show('fs list', lambda: locale.format_string('%s %s', [5, 6]))
show('fs list one', lambda: locale.format_string('%s', [1, 2]))
show('fs float d', lambda: locale.format_string('%d', 5.7))
show('fs extra', lambda: locale.format_string('%d', (1, 2)))
show('fs too few', lambda: locale.format_string('%d %d', (1,)))
show('fs bad type', lambda: locale.format_string('%d', 'x'))
show('fs dangling', lambda: locale.format_string('100%', ()))
show('fs star', lambda: locale.format_string('%*d|%-*.*f', (5, 3, 8, 2, 3.14159)))
show('fs mixed', lambda: locale.format_string('%-10.3e|%+d|%x|%s|%r', (12345.678, 5, 255, 'a', 'b'), grouping=True))
show('fs monetary', lambda: locale.format_string('%.1f', 2.5, monetary=True))
show('fs text', lambda: locale.format_string('no specs', ()))

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    show('format', lambda: locale.format('%d', 1234, True))
    show('format two', lambda: locale.format('%d %d', (1, 2)))
    show('format tail', lambda: locale.format('%d!', 1))
    show('format monetary', lambda: locale.format('%.3f', 2.5, False, True))
    show('format star', lambda: locale.format('%*d', 5, False, False, 3))

for args in [(1.5,), (1.5, False), (1.5, True, True, True), (-3,)]:
    show('currency %r' % (args,), lambda: locale.currency(*args))

for v in [1.5, 1e20, 0.1 + 0.2, 3, -0.0, float('inf'), 123456789012.5, 2 ** 0.5, 1e-7]:
    show('str %r' % (v,), lambda: locale.str(v))
for s in ['1.5', '1,5', ' 3 ', '', '1e3', '-0.25', 'inf', 'x']:
    show('atof %r' % s, lambda: locale.atof(s))
show('atof int', lambda: locale.atof('1.5', int))
show('atof str', lambda: locale.atof('1e3', str))
for s in ['42', '4.2', ' 12 ', '-7', '1_000']:
    show('atoi %r' % s, lambda: locale.atoi(s))
show('delocalize', lambda: locale.delocalize('1,234.5'))
show('localize', lambda: locale.localize('1234.5'))
show('localize group', lambda: locale.localize('-1234567.891', True))
show('localize monetary', lambda: locale.localize('1234.5', grouping=True, monetary=True))

for n in ['en_US', 'en_US.utf8', 'de_DE@euro', 'C', 'POSIX', 'fr', 'english', 'ja_JP.eucJP',
          'xx_YY', 'en_us.UTF-8', 'C.UTF-8', 'en', 'zh_CN.gb2312', 'sr_RS@latin', 'c.utf8', '',
          'de_DE.utf8', 'xx_YY.utf8', 'en_US.iso88591', 'en_US.latin1', 'en_GB', 'de', 'es_MX',
          'pt_BR', 'ru', 'zh_TW', 'ja', 'ko_KR', 'pl', 'POSIX.utf8', 'en_US.UTF-8@euro',
          'de_DE.UTF-8@euro', 'EN_us', 'en_US:utf8', 'fr_FR.ISO-8859-15', 'univ', 'tr_TR',
          'el_GR', 'fi_FI', 'uk_UA', 'en_us.euc-jp', 'en_US.foo']:
    show('normalize %r' % n, lambda: locale.normalize(n))

names = [n for n in dir(locale) if n.isupper() and not n.startswith('LC_')
         and n not in ('CHAR_MAX', 'CODESET') and isinstance(getattr(locale, n), int)]
for n in names:
    print(n, getattr(locale, n), repr(locale.nl_langinfo(getattr(locale, n))))
show('langinfo bad', lambda: locale.nl_langinfo(12345))
show('langinfo str', lambda: locale.nl_langinfo('x'))

words = ['b', 'a', 'B', 'ab', 'é', 'e', '', 'Z', 'z1', 'z']
print(sorted(words, key=locale.strxfrm))
print([locale.strcoll(x, y) for x in words[:4] for y in words[:4]])
show('strcoll type', lambda: locale.strcoll(1, 'a'))
show('strcoll type 2', lambda: locale.strcoll('a', None))
show('strxfrm type', lambda: locale.strxfrm(5))
print(locale.textdomain(None), locale.gettext('x'), locale.dgettext(None, 'y'))
print(locale.getpreferredencoding().lower().replace('-', ''))
