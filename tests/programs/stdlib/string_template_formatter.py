# string.Template, string.Formatter and capwords on many generated and hand-picked inputs.
import string
from string import Template, Formatter

_state = [987654321]


def rand(n):
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return (_state[0] >> 8) % n


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)


# ---------------------------------------------------------------------------------------------
# Template on generated templates built from placeholder-ish pieces.

PIECES = ['$', '$$', '$a', '$who', '${who}', '${', '}', '{', 'x', ' ', '\n', '$1', '${1}',
          '$_', '${_x9}', '$A', '${ who}', '$-', 'é', '$é', '${what}s', '$what', '.', '$$$']
values = {'a': 1, 'who': 'tim', 'what': [1, 2], '_': None, 'A': 'big', '_x9': 9.5}

for trial in range(250):
    text = ''.join(PIECES[rand(len(PIECES))] for _ in range(rand(7)))
    t = Template(text)
    row = [repr(text), t.is_valid(), t.get_identifiers()]
    row.append(t.safe_substitute(values))
    row.append(t.safe_substitute({'a': 'A'}, who='W'))
    try:
        row.append(t.substitute(values))
    except (KeyError, ValueError) as e:
        row.append(type(e).__name__ + ': ' + str(e))
    print('tpl', trial, row)

# Hand-picked Template cases.
attempt('kw wins', lambda: Template('$a $b').substitute({'a': 1, 'b': 2}, a='kw'))
attempt('missing', lambda: Template('$a $b').substitute(a=1))
attempt('line col', lambda: Template('one\ntwo $ three').substitute())
attempt('line col 2', lambda: Template('one\r\ntwo\n\n  $!').substitute())
attempt('first col', lambda: Template('$').substitute())
attempt('braced bad', lambda: Template('${a b}').substitute(a=1))
attempt('empty braces', lambda: Template('x${}').substitute())
attempt('safe keeps', lambda: Template('${a} $b ${c').safe_substitute(a=1))
attempt('str()', lambda: Template('$x').substitute(x=Template('t')) is not None)
attempt('template attr', lambda: Template('abc $x').template)
attempt('defaults', lambda: (Template.delimiter, Template.idpattern, Template.braceidpattern))
attempt('pattern type', lambda: type(Template.pattern).__name__)
attempt('no args', lambda: Template('plain').substitute())
attempt('positional', lambda: Template('$x').substitute({'x': 1}, {'x': 2}))
attempt('mapping kw', lambda: Template('$mapping').substitute(mapping=3))
attempt('self kw', lambda: Template('$self').substitute(self=4))


class Percent(Template):
    delimiter = '%'


class Dotted(Template):
    idpattern = r'[_a-z][_a-z0-9]*(?:\.[_a-z][_a-z0-9]*)*'


class CaseSensitive(Template):
    flags = 0
    idpattern = r'[a-z]+'


class Braced(Template):
    braceidpattern = r'[a-z]+(?:-[a-z]+)*'


class OwnPattern(Template):
    pattern = r'''
    @(?:
      (?P<escaped>@) |
      <(?P<named>[a-z]+)> |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )'''


class LongDelim(Template):
    delimiter = '<<'


subject = {'x': 'X', 'name': 'N', 'a.b': 'dotted', 'a': 'A', 'up': 'U', 'long-name': 'LN',
           'Up': 'cap'}
for cls in (Percent, Dotted, CaseSensitive, Braced, OwnPattern, LongDelim):
    for text in ['%x %% %{name} %', '$a.b ${a.b} $a', '$up $Up ${UP}', '${long-name} $long-name',
                 '@<x> @@ @[name] @', '<<x <<<< <<{a} <', 'plain', '$ % @ <<']:
        t = cls(text)
        row = [t.is_valid(), t.get_identifiers(), t.safe_substitute(subject)]
        try:
            row.append(t.substitute(subject))
        except (KeyError, ValueError) as e:
            row.append(type(e).__name__ + ': ' + str(e))
        print('cls', cls.__name__, repr(text), row)

print('pattern text', '<<' in LongDelim.pattern.pattern, '@' in OwnPattern.pattern.pattern)


class NoGroups(Template):
    pattern = r'(?P<named>\$[a-z]+)|(?P<escaped>\$\$)|(?P<braced>\$\{[a-z]+\})|(?P<invalid>\$)|(?P<other>%)'


attempt('other group substitute', lambda: NoGroups('a % b').substitute())
attempt('other group safe', lambda: NoGroups('a % b').safe_substitute())
attempt('other group valid', lambda: NoGroups('a % b').is_valid())
attempt('other group ids', lambda: NoGroups('a % b').get_identifiers())

# ---------------------------------------------------------------------------------------------
# Formatter.parse on generated format strings, and vformat on the valid ones.

FPIECES = ['{', '}', '{{', '}}', '{0}', '{}', '{x}', '{0!r}', '{x:>5}', '{0[1]}', '{x.real}',
           '{!s}', '{:{w}}', '{0!}', '{0!rr}', '{0:', 'abc', ' ', '{x[a]}', '{0.}', '{0[]}',
           '{0]x}', '{0[1]x}', '{0!a:^7}', '{x:{w}.{p}}', ':', '!', '{{x}}', '{1}']


class Point:
    real = 7
    label = 'pt'

    def __repr__(self):
        return 'Point()'

    def __format__(self, spec):
        return '<pt ' + spec + '>'


fmt = Formatter()
args = ([10, 20, 30], 'second')
kwargs = {'x': Point(), 'w': 6, 'p': 2}
kwargs_num = {'x': 3.14159, 'w': 9, 'p': 3}
for trial in range(300):
    text = ''.join(FPIECES[rand(len(FPIECES))] for _ in range(1 + rand(4)))
    try:
        parsed = list(fmt.parse(text))
    except Exception as e:
        parsed = type(e).__name__ + ': ' + str(e)
    outcomes = []
    for kw in (kwargs, kwargs_num):
        try:
            outcomes.append(fmt.vformat(text, args, kw))
        except Exception as e:
            outcomes.append(type(e).__name__ + ': ' + str(e))
    print('fmt', trial, repr(text), parsed, outcomes)

# parse on random strings over the characters that matter to the grammar.
ALPHABET = '{}[]!:a0.r}{'
for trial in range(600):
    text = ''.join(ALPHABET[rand(len(ALPHABET))] for _ in range(rand(9)))
    try:
        parsed = list(fmt.parse(text))
    except ValueError as e:
        parsed = 'ValueError: ' + str(e)
    print('fuzz', repr(text), parsed)

# Formatter subclasses overriding the hooks.


class Tracing(Formatter):
    def __init__(self):
        self.seen = []

    def get_value(self, key, args, kwargs):
        self.seen.append(('value', key))
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        self.seen.append(('convert', conversion))
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        self.seen.append(('field', format_spec))
        return '[' + super().format_field(value, format_spec) + ']'

    def check_unused_args(self, used_args, args, kwargs):
        self.seen.append(('unused', sorted(map(str, used_args))))
        extra = set(kwargs) - used_args
        if extra:
            raise ValueError('unused: ' + ', '.join(sorted(extra)))


tracer = Tracing()
attempt('trace 1', lambda: tracer.format('{0}-{name!u}-{missing:>4}', 'p', name='n'))
print(tracer.seen)
tracer.seen = []
attempt('trace 2', lambda: tracer.format('{a}', a=1, b=2))
print(tracer.seen)
tracer.seen = []
attempt('trace 3', lambda: tracer.vformat('{0:{1}}', ('v', '>3'), {}))
print(tracer.seen)
tracer.seen = []
attempt('trace lazy', lambda: tracer.format('{0.real.}', 5))
print(tracer.seen)


class Upper(Formatter):
    def parse(self, format_string):
        for literal, field, spec, conversion in super().parse(format_string):
            yield literal.upper(), field, spec, conversion


attempt('upper parse', lambda: Upper().format('ab{0}cd{1:>3}', 1, 2))
attempt('get_field', lambda: fmt.get_field('0[1].real', ([5, 6],), {}))
attempt('get_field attr', lambda: fmt.get_field('x.label', (), {'x': Point()}))
attempt('get_value int', lambda: fmt.get_value(1, ('a', 'b'), {}))
attempt('get_value str', lambda: fmt.get_value('k', (), {'k': 'v'}))
attempt('get_value missing', lambda: fmt.get_value('k', (), {}))
attempt('convert s', lambda: fmt.convert_field(3, 's'))
attempt('convert r', lambda: fmt.convert_field('q', 'r'))
attempt('convert a', lambda: fmt.convert_field('é', 'a'))
attempt('convert none', lambda: fmt.convert_field(4, None))
attempt('convert bad', lambda: fmt.convert_field(4, 'z'))
attempt('format_field', lambda: fmt.format_field(3.5, '08.3f'))
attempt('recursion', lambda: fmt.format('{0:{1:{2:{3}}}}', 1, 2, 3, 4))
attempt('nested ok', lambda: fmt.format('{0:{1:{2}}}', 'x', '>', 4))
attempt('auto then manual', lambda: fmt.format('{}{0}', 1))
attempt('manual then auto', lambda: fmt.format('{0}{}', 1))
attempt('auto then dotted', lambda: fmt.format('{}{0.real}', 1))
attempt('auto in spec', lambda: fmt.format('{:{}}', 'ab', 4))
attempt('index error', lambda: fmt.format('{5}', 1))
attempt('key error', lambda: fmt.format('{nope}'))
attempt('kw format', lambda: fmt.format('{format_string}', format_string=1))
attempt('self kw', lambda: fmt.format('{self}', self=2))
attempt('no args', lambda: fmt.format())
attempt('vformat kwargs only', lambda: fmt.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
attempt('unicode digits', lambda: list(fmt.parse('{\u0661}')))
attempt('unicode index', lambda: fmt.format('{\u0660}{0[\u0662]}', [5, 6, 7]))
attempt('superscript', lambda: fmt.format('{\u00b2}', 1))
attempt('huge index', lambda: fmt.format('{99999999999999999999999}', 1))
attempt('huge key', lambda: fmt.format('{0[99999999999999999999999]}', {}))
attempt('attr digits', lambda: fmt.get_field('0.1', (Point(),), {}))
attempt('parse lazily', lambda: next(iter(fmt.parse('ok}'))))
attempt('parse', lambda: list(fmt.parse('a{0!s}b{1:{2}}c{{d}}e{!r}{:}')))
attempt('parse empty', lambda: list(fmt.parse('')))
attempt('parse trailing', lambda: list(fmt.parse('tail{{')))

# ---------------------------------------------------------------------------------------------
# capwords.

WORDS = ['hello', 'WORLD', 'mIxEd', "o'neil", '', '  ', '\t', 'x-y', 'élan', '123abc', 'a', '\n']
for trial in range(80):
    text = ' '.join(WORDS[rand(len(WORDS))] for _ in range(rand(6)))
    seps = [None, ' ', '-', 'l']
    print('cap', trial, repr(text), [string.capwords(text, sep) for sep in seps])
attempt('capwords empty sep', lambda: string.capwords('a b', ''))
attempt('capwords bad', lambda: string.capwords(5))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.printable), string.punctuation)
print(sorted(string.__all__))
