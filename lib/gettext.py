"""Message catalogs for translating a program's text (GNU gettext's .mo files).

`translation()` finds the .mo files of a domain for the wanted languages and returns a
GNUTranslations (or a NullTranslations, which leaves every message as it is); the module-level
functions (`gettext`, `ngettext`, ...) look messages up in the current text domain.
"""

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext'
           ]

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# -- plural-form expressions --------------------------------------------------------------------
#
# A catalog's Plural-Forms header holds a C expression in n, such as
# "n%10==1 && n%100!=11 ? 0 : 1". It is compiled into a tree of small closures. The values follow
# the Python translation CPython evaluates: && and || give one of their operands, ! and the
# comparisons give booleans, / and % are Python's floor division and modulo.

_OPERATOR_CHARS = '-*/%+?:<>!=&|'
_TWO_CHAR_OPERATORS = ('<=', '>=', '!=', '==', '&&', '||')

# Binding strength of each binary operator (higher binds tighter).
_PRECEDENCE = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
               '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_COMPARISON_LEVEL = 3   # '!' negates everything from here up, as Python's `not` does

_MAX_NESTING = 20


def _floordiv(a, b):
    return a // b


def _mod(a, b):
    return a % b


_APPLY = {
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
    '<': lambda a, b: a < b, '>': lambda a, b: a > b,
    '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b,
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': _floordiv, '%': _mod,
}


def _tokens(text):
    """The tokens of a plural expression, then '' as the end marker (made as the parser asks,
    so a syntax error is reported before a bad token further on)."""
    pos, size = 0, len(text)
    while pos < size:
        ch = text[pos]
        if ch in ' \t':
            pos += 1
            continue
        if ch.isalnum() or ch == '_':
            end = pos
            while end < size and (text[end].isalnum() or text[end] == '_'):
                end += 1
            token = text[pos:end]
            if token != 'n' and not (token.isdigit() and token.isascii()):
                raise ValueError('invalid token in plural form: %s' % token)
        elif text[pos:pos + 2] in _TWO_CHAR_OPERATORS:
            token = text[pos:pos + 2]
        elif ch in '()' or (ch in _OPERATOR_CHARS and ch not in '=&|'):
            token = ch
        else:
            raise ValueError('invalid token in plural form: %s' % ch)
        pos += len(token)
        yield token
    yield ''


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


class _PluralParser:
    """Precedence-climbing parser turning the token list into an evaluation function of n."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.current = next(tokens)
        self.depth = 0

    def peek(self):
        return self.current

    def take(self):
        token = self.current
        if token:
            self.current = next(self.tokens)
        return token

    def conditional(self):
        condition = self.binary(1)
        if self.peek() != '?':
            return condition
        self.take()
        when_true = self.conditional()
        if self.peek() != ':':
            raise _unexpected(self.peek())
        self.take()
        when_false = self.conditional()
        return lambda n: when_true(n) if condition(n) else when_false(n)

    def binary(self, lowest):
        left = self.unary(lowest)
        while self.peek() in _PRECEDENCE and _PRECEDENCE[self.peek()] >= lowest:
            op = self.take()
            right = self.binary(_PRECEDENCE[op] + 1)
            left = _combine(op, left, right)
        return left

    def unary(self, lowest):
        negations = 0
        while self.peek() == '!':
            self.take()
            negations += 1
        if not negations:
            return self.primary()
        # Like Python's `not`, a '!' covers the comparisons and arithmetic that follow.
        operand = self.binary(max(lowest, _COMPARISON_LEVEL))
        return _negate(operand, negations)

    def primary(self):
        token = self.take()
        if token == '(':
            self.depth += 1
            if self.depth > _MAX_NESTING:
                raise ValueError('plural form expression is too complex')
            inner = self.conditional()
            if self.take() != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self.depth -= 1
            return inner
        if token == 'n':
            return lambda n: n
        if token.isdigit():
            value = int(token, 10)
            return lambda n: value
        raise _unexpected(token)


def _negate(operand, times):
    if times % 2:
        return lambda n: not operand(n)
    return lambda n: not not operand(n)


def _combine(op, left, right):
    if op == '&&':
        return lambda n: left(n) and right(n)
    if op == '||':
        return lambda n: left(n) or right(n)
    apply = _APPLY[op]
    return lambda n: apply(left(n), right(n))


def _as_int(n):
    """Accept a non-int count that can be rounded (with a DeprecationWarning)."""
    complaint = 'Plural value must be an integer, got %s' % (n.__class__.__name__,)
    try:
        round(n)
    except TypeError:
        raise TypeError(complaint) from None
    import warnings
    warnings.warn(complaint, DeprecationWarning, 4)
    return n


def c2py(plural):
    """Compile a C plural-form expression (as in a PO file's header) into a function of n."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(_tokens(plural))
    expression = parser.conditional()
    if parser.peek():
        raise _unexpected(parser.peek())

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(expression(n))
    return func


# -- locale names -------------------------------------------------------------------------------

def _expand_lang(loc):
    """The names to try for a locale, most specific first: every combination of the language
    with the territory, codeset and modifier it names."""
    import locale
    rest = locale.normalize(loc)
    rest, at, modifier = rest.partition('@')
    rest, dot, codeset = rest.partition('.')
    language, underscore, territory = rest.partition('_')
    optional = [underscore + territory, dot + codeset, at + modifier]
    present = [bool(part) for part in optional]
    names = []
    for combo in range(7, -1, -1):
        wanted = [bool(combo & (1 << k)) for k in range(3)]
        if any(w and not p for w, p in zip(wanted, present)):
            continue
        names.append(language + ''.join(part for part, w in zip(optional, wanted) if w))
    return names


# -- catalogs -----------------------------------------------------------------------------------

class NullTranslations:
    """A catalog that translates nothing; the base of the other translation classes, and the
    fallback chain's end."""

    def __init__(self, fp=None):
        self._fallback = None
        self._charset = None
        self._info = {}
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Read a catalog from the file object fp (subclasses do)."""

    def add_fallback(self, fallback):
        """Ask `fallback` for the messages this catalog (and its fallbacks) lack."""
        if not self._fallback:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    def gettext(self, message):
        """The translation of message."""
        fallback = self._fallback
        return fallback.gettext(message) if fallback else message

    def ngettext(self, msgid1, msgid2, n):
        """The translation of the singular msgid1 / plural msgid2 form right for n."""
        fallback = self._fallback
        if fallback:
            return fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        """The translation of message in context."""
        fallback = self._fallback
        return fallback.pgettext(context, message) if fallback else message

    def npgettext(self, context, msgid1, msgid2, n):
        """ngettext within context."""
        fallback = self._fallback
        if fallback:
            return fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def charset(self):
        """The catalog's character set (from its Content-Type header)."""
        return self._charset

    def info(self):
        """The catalog's header fields, by lower-cased name."""
        return self._info

    def install(self, names=None):
        """Make `_` (and the listed method names among gettext, ngettext, pgettext and
        npgettext) builtins bound to this catalog."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


_MISSING = object()


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file (either byte order)."""

    # The first word of a .mo file, as read little-endian, for each byte order.
    LE_MAGIC, BE_MAGIC = 0x950412de, 0xde120495

    # The major format revisions this reader understands.
    VERSIONS = (0, 1)

    # A message with a context is stored under "context<EOT>message".
    CONTEXT = "%s\x04%s"

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return divmod(version, 0x10000)

    def _parse(self, fp):
        """Read the .mo file fp; override to read other catalog formats."""
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = {}
        self.plural = lambda n: int(n != 1)  # the Germanic rule until a header says otherwise
        data = fp.read()
        (magic,) = unpack('<I', data[:4])
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals_at, translations_at = unpack(order + '4I', data[4:20])
        major, _minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for index in range(count):
            original_len, original_at = unpack(pair, data[originals_at + 8 * index:
                                                          originals_at + 8 * index + 8])
            translated_len, translated_at = unpack(pair, data[translations_at + 8 * index:
                                                              translations_at + 8 * index + 8])
            original_end = original_at + original_len
            translated_end = translated_at + translated_len
            if original_end >= len(data) or translated_end >= len(data):
                raise OSError(0, 'File is corrupt', filename)
            original = data[original_at:original_end]
            translated = data[translated_at:translated_end]
            if original_len == 0:
                self._read_header(translated)
            self._store(original, translated, self._charset or 'ascii')

    def _read_header(self, text):
        """Take the metadata entry's "Key: value" lines into info(), noting the charset and the
        plural rule; a line without a colon continues the previous value."""
        last_key = None
        for raw in text.split(b'\n'):
            line = raw.decode().strip()
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                if last_key:
                    self._info[last_key] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key, value = key.strip().lower(), value.strip()
            self._info[key] = value
            last_key = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def _store(self, original, translated, charset):
        if b'\x00' not in original:
            self._catalog[str(original, charset)] = str(translated, charset)
            return
        singular, _plural = original.split(b'\x00')
        singular = str(singular, charset)
        for form, text in enumerate(translated.split(b'\x00')):
            self._catalog[(singular, form)] = str(text, charset)

    def _lookup_single(self, key):
        found = self._catalog.get(key, _MISSING)
        if found is _MISSING:
            found = self._catalog.get((key, self.plural(1)), _MISSING)
        return found

    def gettext(self, message):
        found = self._lookup_single(message)
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)), _MISSING)
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        found = self._lookup_single(self.CONTEXT % (context, message))
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._catalog.get((self.CONTEXT % (context, msgid1), self.plural(n)), _MISSING)
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2


# -- finding catalogs ---------------------------------------------------------------------------

def _languages_from_environment():
    for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value.split(':')
    return []


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of `domain` for the first of `languages` that has one (None if none does);
    with all true, the list of every such file."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = _languages_from_environment()
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for language in languages:
        for name in _expand_lang(language):
            if name not in candidates:
                candidates.append(name)
    found = []
    for name in candidates:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


# Catalogs already read, by (class, absolute path); translation() hands out shallow copies.
_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalog of `domain` for the wanted languages, each later language's catalog a
    fallback of the earlier one's. Without any .mo file: a NullTranslations when fallback is
    true, else FileNotFoundError."""
    import copy
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    chain = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        if key not in _translations:
            with open(path, 'rb') as fp:
                _translations.setdefault(key, class_(fp))
        catalog = copy.copy(_translations[key])
        if chain is None:
            chain = catalog
        else:
            chain.add_fallback(catalog)
    return chain


def install(domain, localedir=None, *, names=None):
    """Install `_` (and `names`) in builtins for the catalog of domain, or for no catalog."""
    translation(domain, localedir, fallback=True).install(names)


# -- the GNU gettext C API ----------------------------------------------------------------------

_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """Set the current domain when one is given; return the current domain."""
    global _current_domain
    _current_domain = _current_domain if domain is None else domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Bind domain to localedir when one is given; return the directory the domain uses."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_catalog(domain):
    """The domain's catalog, or None when it has none."""
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    catalog = _domain_catalog(domain)
    return message if catalog is None else catalog.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    catalog = _domain_catalog(domain)
    if catalog is None:
        return msgid1 if n == 1 else msgid2
    return catalog.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    catalog = _domain_catalog(domain)
    return message if catalog is None else catalog.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    catalog = _domain_catalog(domain)
    if catalog is None:
        return msgid1 if n == 1 else msgid2
    return catalog.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    """message translated in the current domain."""
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    """The form for n of msgid1/msgid2, translated in the current domain."""
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    """message in context, translated in the current domain."""
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    """ngettext() with a context."""
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# The old name of translation().
Catalog = translation
