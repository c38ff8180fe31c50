"""Locale services with CPython 3.11's locale interface, for the locales every Linux system has
built in: 'C' (also spelled 'POSIX') and 'C.UTF-8' (with its other spellings, 'C.utf8', ...).
Naming any other locale raises locale.Error('unsupported locale setting'), which is what CPython
raises on a system where that locale is not installed.

The process starts as CPython's does on Linux: LC_CTYPE follows the environment (LC_ALL,
LC_CTYPE, LANG), and a C locale there is coerced to C.UTF-8 unless LC_ALL forces it (PEP 538);
the other categories start as C. setlocale(category, '') reads the environment the way glibc
does. Every supported locale formats numbers the C way (a '.' decimal point, no thousands
grouping, no currency), so format_string, str, atof and friends behave as CPython's do there.

normalize() knows the common language and territory names and CPython's spelling of the usual
encodings, not its whole alias table; a name it does not know comes back unchanged."""

import os as _os

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'resetlocale', 'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format',
           'format_string', 'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME',
           'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding', 'LC_MESSAGES']

_builtin_str = str


class Error(Exception):
    pass


Error.__module__ = 'locale'

# glibc's category numbers; 7-12 are its extra categories, valid but without names here.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                   'LC_MESSAGES', None, 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                   'LC_MEASUREMENT', 'LC_IDENTIFICATION']
_CATEGORIES = [c for c, name in enumerate(_CATEGORY_NAMES) if name]


def _built_in(name):
    """The name glibc reports for a locale it has built in ('POSIX' reads back as 'C'), or None
    for one it would have to find installed."""
    if name in ('C', 'POSIX'):
        return 'C'
    language, dot, rest = name.partition('.')
    codeset = rest.partition('@')[0]
    if language == 'C' and dot and codeset.lower().replace('-', '').replace('_', '') == 'utf8':
        return name
    return None


def _is_utf8(name):
    return name != 'C'


def _environment_name(category, overrides):
    """The locale name glibc's setlocale(category, '') would look for."""
    for variable in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = overrides.get(variable) or _os.environ.get(variable)
        if value:
            return value
    return 'C'


def _startup():
    """CPython's start on Linux: (the LC_CTYPE name, whether it started in the C locale, the
    environment entries it rewrote)."""
    name = _built_in(_environment_name(LC_CTYPE, {})) or 'C'
    started_in_c = name == 'C'
    rewritten = {}
    if (started_in_c and not _os.environ.get('LC_ALL')
            and _os.environ.get('PYTHONCOERCECLOCALE') != '0'):
        name = 'C.UTF-8'
        rewritten['LC_CTYPE'] = name
    return name, started_in_c, rewritten




def _category(category):
    if not isinstance(category, int):
        if not hasattr(type(category), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(category).__name__)
        category = type(category).__index__(category)
    return int(category)


def _query(category):
    if category == LC_ALL:
        names = [_current[c] for c in _CATEGORIES]
        if all(name == names[0] for name in names):
            return names[0]
        return ';'.join('%s=%s' % (_CATEGORY_NAMES[c], _current[c]) for c in _CATEGORIES)
    if category not in _current:
        raise Error('locale query failed')
    return _current[category]


def _assign(category, name):
    if not (category == LC_ALL or category in _current):
        raise Error('unsupported locale setting')
    targets = _CATEGORIES if category == LC_ALL else [category]
    if name == '':
        chosen = [_built_in(_environment_name(c, _rewritten_environment)) for c in targets]
    else:
        chosen = [_built_in(name)] * len(targets)
    # All or nothing: one category without its locale leaves every category as it was.
    if None in chosen:
        raise Error('unsupported locale setting')
    for c, value in zip(targets, chosen):
        _current[c] = value
    return _query(category)


_ctype_at_start, _started_in_c, _rewritten_environment = _startup()

# The name each category is set to.
_current = {category: 'C' for category in _CATEGORIES}
_current[LC_CTYPE] = _ctype_at_start
if _rewritten_environment:
    # After coercing, CPython sets every category from the environment, when it can.
    try:
        _assign(LC_ALL, '')
    except Error:
        pass


def _name_from_pair(pair):
    """'language.encoding' from a (language, encoding) pair; None parts mean C / no encoding."""
    try:
        language, encoding = pair
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None
    base = 'C' if language is None else language
    try:
        return base if encoding is None else base + '.' + encoding
    except TypeError:
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None


def setlocale(category, locale=None):
    """Set the locale of `category` to `locale` (a name, or a (language, encoding) pair that is
    normalized first), returning the new setting; with no locale, return the current one."""
    category = _category(category)
    if locale is None:
        return _query(category)
    if not isinstance(locale, _builtin_str):
        # An empty pair or other falsy value is handed on as it is, as in CPython.
        if locale:
            locale = normalize(_name_from_pair(locale))
        elif not isinstance(locale, _builtin_str):
            raise TypeError('setlocale() argument 2 must be str or None, not %s'
                            % type(locale).__name__)
    return _assign(category, locale)


def resetlocale(category=LC_ALL):
    """Deprecated: set `category` to the locale getdefaultlocale() names."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning,
                  stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        pair = getdefaultlocale()
    # The pair goes to the C library as it is, without normalize().
    _assign(_category(category), _name_from_pair(pair))


# --------------------------------------------------------------------------------------------
# Conventions of the supported locales (glibc's C locale).

def localeconv():
    """The numeric and monetary conventions of the current locale, as a new dict."""
    return {
        'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
        'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
        'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX,
        'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
        'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
        'thousands_sep': '', 'grouping': [],
    }


_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']

# nl_langinfo keys (glibc's numbers) and the C locale's answers.
_LANGINFO = {}


def _langinfo_constant(name, key, value):
    globals()[name] = key
    _LANGINFO[key] = value


_langinfo_constant('CODESET', 14, 'ANSI_X3.4-1968')
_langinfo_constant('RADIXCHAR', 65536, '.')
_langinfo_constant('THOUSEP', 65537, '')
for _n in range(7):
    _langinfo_constant('ABDAY_%d' % (_n + 1), 131072 + _n, _DAYS[_n][:3])
    _langinfo_constant('DAY_%d' % (_n + 1), 131079 + _n, _DAYS[_n])
for _n in range(12):
    _langinfo_constant('ABMON_%d' % (_n + 1), 131086 + _n, _MONTHS[_n][:3])
    _langinfo_constant('MON_%d' % (_n + 1), 131098 + _n, _MONTHS[_n])
_langinfo_constant('AM_STR', 131110, 'AM')
_langinfo_constant('PM_STR', 131111, 'PM')
_langinfo_constant('D_T_FMT', 131112, '%a %b %e %H:%M:%S %Y')
_langinfo_constant('D_FMT', 131113, '%m/%d/%y')
_langinfo_constant('T_FMT', 131114, '%H:%M:%S')
_langinfo_constant('T_FMT_AMPM', 131115, '%I:%M:%S %p')
_langinfo_constant('ERA', 131116, '')
_langinfo_constant('ERA_D_FMT', 131118, '')
_langinfo_constant('ALT_DIGITS', 131119, '')
_langinfo_constant('ERA_D_T_FMT', 131120, '')
_langinfo_constant('ERA_T_FMT', 131121, '')
_langinfo_constant('CRNCYSTR', 262159, '-')
_langinfo_constant('YESEXPR', 327680, '^[yY]')
_langinfo_constant('NOEXPR', 327681, '^[nN]')
del _n


def nl_langinfo(key):
    """The locale's answer for one of the langinfo constants (CODESET, DAY_1, D_FMT, ...)."""
    key = _category(key)
    if key not in _LANGINFO:
        raise ValueError('unsupported langinfo constant')
    if key == CODESET:
        return getencoding()
    return _LANGINFO[key]


def _type_name(value):
    """How C argument parsing names a rejected argument's type (None is just 'None')."""
    return 'None' if value is None else type(value).__name__


def strcoll(os1, os2):
    """Compare two strings by the locale's collation: code point order here."""
    for position, text in ((1, os1), (2, os2)):
        if not isinstance(text, _builtin_str):
            raise TypeError('strcoll() argument %d must be str, not %s'
                            % (position, _type_name(text)))
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """A key that sorts like strcoll: the string itself in code point collation."""
    if not isinstance(string, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s' % _type_name(string))
    return _builtin_str(string)


# --------------------------------------------------------------------------------------------
# Encodings.

def getencoding():
    """The character set of the LC_CTYPE locale, as nl_langinfo(CODESET) names it."""
    return 'UTF-8' if _is_utf8(_current[LC_CTYPE]) else 'ANSI_X3.4-1968'


def _utf8_mode():
    """Whether CPython would run in UTF-8 mode: PYTHONUTF8 decides, else a C-locale start."""
    setting = _os.environ.get('PYTHONUTF8')
    if setting in ('0', '1'):
        return setting == '1'
    return _started_in_c


def getpreferredencoding(do_setlocale=True):
    """The encoding for text data: 'utf-8' in UTF-8 mode; otherwise the character set of the
    user's preferred LC_CTYPE locale (from the environment), or with do_setlocale false, of the
    current one."""
    if _utf8_mode():
        return 'utf-8'
    if do_setlocale:
        preferred = _built_in(_environment_name(LC_CTYPE, _rewritten_environment))
        if preferred is not None:
            return 'UTF-8' if _is_utf8(preferred) else 'ANSI_X3.4-1968'
    return getencoding()


# --------------------------------------------------------------------------------------------
# Number formatting.

_CONVERSIONS = 'eEfFgGdiouxXcrs%'
_MODIFIER_CHARS = '-#0123456789 +*.hlL'
_LOCALIZED = 'eEfFgGdiu'


def _scan_specs(template):
    """The %-specifiers of a format as (start, end, key, modifiers) tuples, left to right. A '%'
    that starts no valid specifier is left for the final % operation to complain about."""
    specs = []
    at = 0
    n = len(template)
    while True:
        start = template.find('%', at)
        if start < 0:
            return specs
        cursor = start + 1
        key = None
        if cursor < n and template[cursor] == '(':
            close = template.find(')', cursor + 1)
            if close >= 0:
                key = template[cursor + 1:close]
                cursor = close + 1
        mods_start = cursor
        while cursor < n and template[cursor] not in _CONVERSIONS:
            if template[cursor] not in _MODIFIER_CHARS:
                break
            cursor += 1
        if cursor < n and template[cursor] in _CONVERSIONS:
            specs.append((start, cursor + 1, key, template[mods_start:cursor]))
            at = cursor + 1
        else:
            at = start + 1


def _localize(formatted, grouping=False, monetary=False):
    point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
    # Every supported locale has an empty grouping, so grouping=True adds no separators.
    whole, dot, fraction = formatted.partition('.')
    if not dot:
        return whole
    return whole + point + fraction


def _format_one(spec, value, grouping, monetary, extra=()):
    text = spec % ((value,) + tuple(extra)) if extra else spec % value
    if spec[-1] in _LOCALIZED:
        text = _localize(text, grouping, monetary)
    return text


def format_string(f, val, grouping=False, monetary=False):
    """Format `val` with the %-format `f` as the % operator does, with the locale's decimal
    point (and grouping, when asked) in the numbers."""
    specs = _scan_specs(f)
    pieces = []
    results = []
    last = 0
    for start, end, key, modifiers in specs:
        pieces.append(f[last:start])
        pieces.append('%s')
        last = end
    pieces.append(f[last:])
    from collections.abc import Mapping
    if isinstance(val, Mapping):
        for start, end, key, modifiers in specs:
            spec = f[start:end]
            results.append('%' if spec[-1] == '%' else _format_one(spec, val, grouping, monetary))
    else:
        values = val if isinstance(val, tuple) else (val,)
        used = 0
        for start, end, key, modifiers in specs:
            spec = f[start:end]
            if spec[-1] == '%':
                results.append('%')
                continue
            stars = modifiers.count('*')
            results.append(_format_one(spec, values[used], grouping, monetary,
                                       values[used + 1:used + 1 + stars]))
            used += 1 + stars
    return ''.join(pieces) % tuple(results)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format one value with a single %-specifier (use format_string)."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    specs = _scan_specs(percent)
    if not specs or specs[0][0] != 0 or specs[0][1] != len(percent):
        raise ValueError('format() must be given exactly one %%char format specifier, %s not valid'
                         % repr(percent))
    return _format_one(percent, value, grouping, monetary, additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Format a monetary amount; the supported locales define no currency format."""
    # The C locale leaves frac_digits unset (CHAR_MAX), which is CPython's cue to refuse.
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float as str() would write it with 12 significant digits, in the locale's style."""
    return _format_one('%.12g', val, False, False)


def localize(string, grouping=False, monetary=False):
    """Rewrite a plain number string in the locale's style (decimal point, grouping)."""
    return _localize(string, grouping, monetary)


def delocalize(string):
    """Rewrite a number string of the locale's style as a plain one that float() accepts."""
    conv = localeconv()
    separator = conv['thousands_sep']
    if separator:
        string = string.replace(separator, '')
    point = conv['decimal_point']
    if point:
        string = string.replace(point, '.')
    return string


def atof(string, func=float):
    """Parse a number string of the locale's style with `func` (float by default)."""
    return func(delocalize(string))


def atoi(string):
    """Parse an integer string of the locale's style."""
    return int(delocalize(string))


# --------------------------------------------------------------------------------------------
# Locale names.

# Canonical spellings of encodings, keyed by the lowercased name without '-' and '_'.
_ENCODING_SPELLINGS = {
    'utf8': 'UTF-8', 'utf': 'utf', 'latin1': 'ISO8859-1', 'latin9': 'ISO8859-15',
    'iso88591': 'ISO8859-1', 'iso88592': 'ISO8859-2', 'iso88595': 'ISO8859-5',
    'iso88596': 'ISO8859-6', 'iso88597': 'ISO8859-7', 'iso88598': 'ISO8859-8',
    'iso88599': 'ISO8859-9', 'iso885911': 'ISO8859-11', 'iso885913': 'ISO8859-13',
    'iso885914': 'ISO8859-14', 'iso885915': 'ISO8859-15', 'iso885916': 'ISO8859-16',
    'eucjp': 'eucJP', 'euckr': 'eucKR', 'euctw': 'eucTW', 'gb2312': 'gb2312', 'gbk': 'gbk',
    'gb18030': 'gb18030', 'big5': 'big5', 'koi8r': 'KOI8-R', 'koi8u': 'KOI8-U',
    'cp1251': 'CP1251', 'cp1255': 'CP1255', 'tis620': 'TIS620', 'sjis': 'SJIS',
}

# Default encodings of the territories we know, grouped by encoding: 'll_TT' names, and bare
# 'll' language names that stand for the first territory listed for them.
_TERRITORIES = {
    'ISO8859-1': 'en_US en_GB en_AU en_CA en_IE en_IN en_NZ en_ZA de_DE de_AT de_CH de_BE '
                 'de_LU fr_FR fr_BE fr_CA fr_CH fr_LU es_ES es_MX es_AR es_CL es_CO es_PE '
                 'es_VE it_IT it_CH pt_PT pt_BR nl_NL nl_BE sv_SE sv_FI da_DK nb_NO nn_NO '
                 'no_NO is_IS ca_ES eu_ES gl_ES ga_IE af_ZA id_ID ms_MY',
    'ISO8859-2': 'pl_PL cs_CZ hu_HU sk_SK sl_SI hr_HR ro_RO bs_BA sq_AL',
    'ISO8859-5': 'mk_MK',
    'CP1251': 'bg_BG be_BY',
    'ISO8859-6': 'ar_EG ar_SA ar_AE ar_MA',
    'ISO8859-7': 'el_GR',
    'ISO8859-8': 'he_IL',
    'ISO8859-9': 'tr_TR',
    'ISO8859-11': 'th_TH',
    'ISO8859-13': 'lt_LT lv_LV',
    'ISO8859-15': 'fi_FI et_EE',
    'UTF-8': 'ru_RU sr_RS',
    'KOI8-U': 'uk_UA ru_UA',
    'eucJP': 'ja_JP',
    'eucKR': 'ko_KR',
    'gb2312': 'zh_CN',
    'big5': 'zh_TW',
    'ISCII-DEV': 'hi_IN',
    'TCVN': 'vi_VN',
}


def _territory_table():
    table = {}
    for encoding, names in _TERRITORIES.items():
        for name in names.split():
            table[name.lower()] = (name, encoding)
            table.setdefault(name.split('_')[0], (name, encoding))
    return table


_KNOWN_PLACES = _territory_table()

# Names that stand apart from the language_TERRITORY pattern.
_SPECIAL_NAMES = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.utf8': 'en_US.UTF-8', 'posix.utf8': 'C.UTF-8',
    'en': 'en_US.ISO8859-1', 'univ': 'en_US.utf', 'universal': 'en_US.utf',
    'english': 'en_EN.ISO8859-1', 'japanese': 'ja_JP.eucJP', 'german': 'de_DE.ISO8859-1',
    'french': 'fr_FR.ISO8859-1', 'spanish': 'es_ES.ISO8859-1', 'italian': 'it_IT.ISO8859-1',
    'zh': 'zh_CN.eucCN', 'c.iso88591': 'en_US.ISO8859-1', 'english.iso88591': 'en_US.ISO8859-1',
    'german.iso88591': 'de_CH.ISO8859-1', 'french.iso88591': 'fr_CH.ISO8859-1',
    'ar': 'ar_AA.ISO8859-6', 'el_gr@euro': 'el_GR.ISO8859-15', 'be@latin': 'be_BY.UTF-8@latin',
    'be_by@latin': 'be_BY.UTF-8@latin',
}


def _spell_encoding(encoding):
    key = encoding.lower().replace('-', '').replace('_', '')
    return _ENCODING_SPELLINGS.get(key)


def _known(key):
    """The canonical name our tables give a lowercased 'language[.encoding]' key, or None."""
    if key in _SPECIAL_NAMES:
        return _SPECIAL_NAMES[key]
    if key in _KNOWN_PLACES:
        home, encoding = _KNOWN_PLACES[key]
        return home + '.' + encoding
    return None


def _with_encoding(code, encoding):
    spelled = _spell_encoding(encoding)
    return code.partition('.')[0] + '.' + (encoding if spelled is None else spelled)


def _with_modifier(code, modifier):
    # '@euro' asks for a euro-capable encoding: Latin-9 unless the name already has one.
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _with_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """The canonical 'language_TERRITORY.ENCODING[@modifier]' spelling of a locale name, filling
    in the usual territory and encoding; an unknown name is returned unchanged."""
    lowered = localename.lower().replace(':', '.')
    base, _, modifier = lowered.partition('@')
    # Only the first dotted part after the language is an encoding; any further ones are dropped.
    language, encoding = (base.split('.') + [''])[:2]
    squeezed = language + ('.' + encoding.replace('-', '').replace('_', '') if encoding else '')
    # Most specific first: the whole name with its modifier, the whole name, then the language
    # alone (with the modifier, then without) with the given encoding put in.
    if modifier:
        code = _known(squeezed + '@' + modifier)
        if code is not None:
            return code
    code = _known(squeezed)
    if code is not None:
        return _with_modifier(code, modifier) if modifier else code
    if not encoding:
        return localename
    if modifier:
        code = _known(language + '@' + modifier)
        if code is not None:
            head, at, own_modifier = code.partition('@')
            return _with_encoding(head, encoding) + at + own_modifier
    code = _known(language)
    if code is None:
        return localename
    code = _with_encoding(code, encoding)
    return _with_modifier(code, modifier) if modifier else code


def _split_name(localename):
    """(language, encoding) of a locale name, as getlocale reports it."""
    code = normalize(localename)
    if '@' in code:
        code = code.split('@', 1)[0]
    if '.' in code:
        language, encoding = code.split('.')[:2]
        return language, encoding
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """The (language, encoding) pair of a category's setting; (None, None) for C."""
    name = _query(_category(category))
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _split_name(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: the (language, encoding) pair the environment variables ask for."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python "
                  "3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    name = 'C'
    for variable in envvars:
        value = _rewritten_environment.get(variable) or _os.environ.get(variable)
        if value:
            name = value.split(':')[0] if variable == 'LANGUAGE' else value
            break
    return _split_name(name)


# --------------------------------------------------------------------------------------------
# Message catalogues: the C locale has none, so messages come back as they are.

_domain = ['messages']


def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg


def textdomain(domain):
    if domain is not None:
        _domain[0] = domain
    return _domain[0]


def bindtextdomain(domain, dir):
    return dir if dir is not None else '/usr/share/locale'


def bind_textdomain_codeset(domain, codeset):
    return codeset
