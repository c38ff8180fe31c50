# configparser: reading (strings, files, dicts), the DEFAULT section, interpolation, the
# mapping protocol, the parser options, writing, errors; and many generated INI texts read with
# assorted options.
import configparser
import io
import os
import tempfile


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


def dump(parser):
    out = io.StringIO()
    parser.write(out)
    print(out.getvalue(), end='')
    print('~~~')


print('--- basics')
cp = configparser.ConfigParser()
cp.read_string("""
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
""")
print(cp.sections())
print(cp.defaults())
print(list(cp))
print(len(cp), 'forge.example' in cp, 'DEFAULT' in cp, 'missing' in cp)
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'), cp.has_section('nope'))
print(cp.options('forge.example'))
print(cp.options('topsecret.server.example'))
attempt('options missing', lambda: cp.options('missing'))
print(cp.get('forge.example', 'user'), cp.get('forge.example', 'USER'), cp['forge.example']['User'])
print(cp.getint('topsecret.server.example', 'port'), cp.getfloat('DEFAULT', 'compressionlevel'))
print(cp.getboolean('topsecret.server.example', 'forwardx11'), cp.getboolean('forge.example', 'forwardx11'))
print(cp['forge.example'].getboolean('compression'), cp['forge.example'].getint('missing'))
print(cp['forge.example'].getint('missing', 7), cp['forge.example'].get('missing', 'fb'))
print(cp.get('forge.example', 'missing', fallback='fb'), cp.get('nosection', 'x', fallback=None))
print(cp.getint('forge.example', 'missing', fallback=3), cp.getboolean('nosec', 'x', fallback=True))
attempt('get no option', lambda: cp.get('forge.example', 'missing'))
attempt('get no section', lambda: cp.get('missing', 'x'))
attempt('getint bad', lambda: cp.getint('forge.example', 'user'))
attempt('getint bad with fallback', lambda: cp.getint('forge.example', 'user', fallback=0))
attempt('getfloat bad', lambda: cp.getfloat('forge.example', 'user'))
attempt('getboolean bad', lambda: cp.getboolean('forge.example', 'user'))
for word in ['1', 'yes', 'true', 'on', '0', 'no', 'false', 'off', 'YES', 'On', 'FaLsE', 'maybe', '']:
    cp.set('forge.example', 'flag', word)
    attempt('bool ' + repr(word), lambda: cp.getboolean('forge.example', 'flag'))
print(sorted(configparser.ConfigParser.BOOLEAN_STATES.items()))
print(cp.has_option('forge.example', 'User'), cp.has_option('forge.example', 'compression'),
      cp.has_option('forge.example', 'nope'), cp.has_option('nosec', 'user'),
      cp.has_option('DEFAULT', 'compression'), cp.has_option('', 'compression'), cp.has_option('DEFAULT', 'user'))
print(cp.items('forge.example'))
print(cp.items('DEFAULT'))
print(cp.items('forge.example', vars={'user': 'override', 'extra': 'ignored'}))
print(cp.get('forge.example', 'user', vars={'USER': 'via vars'}), cp.get('forge.example', 'x', vars={'x': 5}))
attempt('items missing', lambda: cp.items('missing'))
print([(name, proxy.name) for name, proxy in cp.items()])
print(cp['forge.example'], repr(cp['DEFAULT']), cp['forge.example'].parser is cp, cp['forge.example'].name)
print(cp['forge.example'] is cp['forge.example'])
attempt('getitem missing', lambda: cp['missing'])
section = cp['topsecret.server.example']
print(list(section), len(section), 'port' in section, 'Port' in section, 'compression' in section, 'zz' in section)
print(dict(section))
print(list(section.keys()), list(section.values())[:2])
attempt('section getitem missing', lambda: section['zz'])
section['newkey'] = 'new value'
print(cp.get('topsecret.server.example', 'newkey'))
attempt('section set int', lambda: section.__setitem__('n', 5))
del section['newkey']
attempt('del missing', lambda: section.__delitem__('newkey'))
attempt('del default-only', lambda: section.__delitem__('compression'))
print(section.get('compression'), section.get('compression', raw=True), section.get('nope', 'dflt'))

print('--- sections: add/remove/set')
cp = configparser.ConfigParser()
cp.add_section('a')
attempt('add dup', lambda: cp.add_section('a'))
attempt('add default', lambda: cp.add_section('DEFAULT'))
attempt('add int', lambda: cp.add_section(3))
rcp = configparser.RawConfigParser()
rcp.add_section(3)
print(rcp.sections())
cp.set('a', 'x', '1')
cp.set('a', 'Y', 'two')
cp.set('DEFAULT', 'd', 'dv')
cp.set('', 'e', 'ev')
print(cp.items('a'))
attempt('set no section', lambda: cp.set('zz', 'x', '1'))
attempt('set int value', lambda: cp.set('a', 'x', 1))
attempt('set int option', lambda: cp.set('a', 1, 'x'))
attempt('set None value', lambda: cp.set('a', 'x', None))
rcp = configparser.RawConfigParser()
rcp.add_section('s')
rcp.set('s', 'n', 42)
rcp.set('s', 'l', [1, 2])
print(rcp.get('s', 'n'), rcp.getint('s', 'n'), rcp.get('s', 'l'))
dump(rcp)
print(cp.remove_option('a', 'x'), cp.remove_option('a', 'x'), cp.remove_option('DEFAULT', 'd'))
attempt('remove_option no section', lambda: cp.remove_option('zz', 'x'))
print(cp.remove_section('a'), cp.remove_section('a'), cp.remove_section('DEFAULT'), cp.sections())
cp['new'] = {'k': 'v', 'N': 3, 7: 'seven'}
attempt('None value in dict', lambda: cp.__setitem__('nv', {'a': None}))
print(cp.items('new', raw=True))
cp['new'] = {'other': '1'}
print(cp.items('new'))
cp['DEFAULT'] = {'z': 'zz'}
print(cp.defaults())
cp['new'] = cp['new']
print(cp.items('new'))
attempt('del DEFAULT', lambda: cp.__delitem__('DEFAULT'))
attempt('del missing', lambda: cp.__delitem__('missing'))
del cp['new']
print(cp.sections(), len(cp))
cp.read_dict({'s1': {'a': 1}, 's2': {'b': 2}, 's3': {}})
print(cp.popitem()[0], cp.sections())
cp.clear()
print(cp.sections(), cp.defaults())
attempt('popitem empty', lambda: cp.popitem())

print('--- read_dict')
cp = configparser.ConfigParser()
cp.read_dict({'section1': {'key1': 'value1', 'key2': 'value2', 'key3': 'value3'},
              'section2': {'keyA': 'valueA', 'keyB': 'valueB', 'keyC': 'valueC'},
              'section3': {'foo': 'x', 'bar': 'y', 'baz': 'z'}})
print(cp.sections(), cp.options('section2'))
attempt('dup option via case', lambda: cp.read_dict({'s': {'a': 1, 'A': 2}}))
attempt('dup section via str', lambda: cp.read_dict({1: {'a': 1}, '1': {'b': 2}}))
lax = configparser.ConfigParser(strict=False)
lax.read_dict({'s': {'a': 1, 'A': 2}, 1: {'a': 1}, '1': {'b': 2}})
print(lax.items('s'), lax.items('1'))
cp.read_dict({'section1': {'key1': 'again'}, 'DEFAULT': {'dk': 'dv'}})
print(cp.get('section1', 'key1'), cp.get('section2', 'dk'))
attempt('read_dict bad value syntax', lambda: cp.read_dict({'s': {'a': '100%'}}))

print('--- defaults argument')
cp = configparser.ConfigParser({'home': '/home/me', 'pct': '50%', 'n': 1})
cp.read_string('[paths]\nbin = %(home)s/bin\n')
print(cp.get('paths', 'bin'), cp.defaults())
attempt('pct default', lambda: cp.get('paths', 'pct'))
print(cp.get('paths', 'pct', raw=True))

print('--- multi-line values and continuation')
cp = configparser.ConfigParser()
cp.read_string("""[multi]
key = first line
  second line

  after blank
    deeper
other = x
empty =
colon: value with = sign
spaced key   =   spaced value   
	tabbed = continuation?
[next]
a = 1

b = 2
""")
for name in cp.options('multi'):
    print(repr(name), repr(cp.get('multi', name)))
print(cp.items('next'))
dump(cp)
cp = configparser.ConfigParser(empty_lines_in_values=False)
attempt('blank ends value', lambda: cp.read_string('[s]\nkey = a\n  b\n\n  c\nx = y\n'))
print(cp.items('s'))
cp = configparser.ConfigParser(empty_lines_in_values=False)
cp.read_string('[s]\nkey = a\n  b\n\nx = y\n  z\n')
print(cp.items('s'))
cp = configparser.ConfigParser()
cp.read_string('[s]\nkey = a\n  b\n  # comment inside\n\n  c\n\n\n')
print(repr(cp.get('s', 'key')))

print('--- comments')
cp = configparser.ConfigParser(inline_comment_prefixes=('#', ';'))
cp.read_string("""[s]
a = 1 # comment
b = 2;not a comment
c = 3 ; comment
d = x#y #z
e = a;b;c ;d #e
f = # just a comment
  ; indented comment line
g = value
""")
print(cp.items('s'))
cp = configparser.ConfigParser(comment_prefixes=('//',), inline_comment_prefixes=('//',))
cp.read_string('[s]\n// comment\n# not a comment = 1\na = b // c\n')
print(cp.items('s'))
cp = configparser.ConfigParser(comment_prefixes=None)
cp.read_string('[s]\n# x = 1\n')
print(cp.items('s'))

print('--- allow_no_value')
cp = configparser.ConfigParser(allow_no_value=True)
cp.read_string("""[mysqld]
user = mysql
pid-file = /var/run/mysqld/mysqld.pid
skip-external-locking
old_passwords = 1
skip-bdb
skip-innodb
""")
print(cp.items('mysqld'))
print(cp.get('mysqld', 'skip-bdb'), cp.has_option('mysqld', 'skip-bdb'), cp['mysqld']['skip-innodb'])
cp.set('mysqld', 'novalue')
cp.set('mysqld', 'blank', '')
dump(cp)
attempt('no value without allow', lambda: configparser.ConfigParser().read_string('[s]\nflag\n'))

print('--- delimiters and optionxform')
cp = configparser.ConfigParser(delimiters=('->', '=>'))
cp.read_string('[s]\na -> 1\nb=>2\nc = 3 -> 4\n')
print(cp.items('s'))
dump(cp)
buf = io.StringIO()
cp.write(buf, space_around_delimiters=False)
print(buf.getvalue())
cp = configparser.ConfigParser(delimiters=(':',))
cp.read_string('[s]\nurl: http://x = y\n')
print(cp.items('s'))
cp = configparser.ConfigParser()
cp.optionxform = str
cp.read_string('[S]\nMixedCase = 1\nlower = 2\n')
print(cp.items('S'), cp.has_option('S', 'mixedcase'))
class Upper(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr.upper()
cp = Upper()
cp.read_string('[s]\nabc = 1\n')
print(cp.items('s'), cp.get('s', 'aBc'))

print('--- default_section and dict_type')
cp = configparser.ConfigParser(default_section='general')
cp.read_string('[general]\nx = 1\n[a]\ny = %(x)s2\n[DEFAULT]\nz = 3\n')
print(cp.sections(), cp.defaults(), cp.items('a'), list(cp))
dump(cp)
class SortedDict(dict):
    pass
cp = configparser.ConfigParser(dict_type=SortedDict)
cp.read_string('[b]\nx=1\n[a]\ny=2\n')
print(type(cp.defaults()).__name__, cp.sections())

print('--- strict')
attempt('dup section', lambda: configparser.ConfigParser().read_string('[a]\nx=1\n[b]\n[a]\n'))
attempt('dup option', lambda: configparser.ConfigParser().read_string('[a]\nx=1\ny=2\n\n\nX = 3\n'))
attempt('dup option source', lambda: configparser.ConfigParser().read_string('[a]\nx=1\nx=1\n', source='conf.ini'))
attempt('dup default option', lambda: configparser.ConfigParser().read_string('[DEFAULT]\nx=1\n[DEFAULT]\nx=2\n'))
cp = configparser.ConfigParser(strict=False)
cp.read_string('[a]\nx=1\n[b]\ny=1\n[a]\nx=2\nz=3\n')
print(cp.items('a'))
cp = configparser.ConfigParser()
cp.read_string('[a]\nx=1\n')
cp.read_string('[a]\nx=2\n')
print(cp.items('a'))

print('--- parsing errors')
attempt('no header', lambda: configparser.ConfigParser().read_string('x = 1\n[a]\n'))
attempt('no header source', lambda: configparser.ConfigParser().read_string('\n\n  # c\nkey\n', source='f.ini'))
attempt('bad lines', lambda: configparser.ConfigParser().read_string('[a]\nx = 1\nbad line\n= empty\nanother bad\n'))
try:
    configparser.ConfigParser().read_string('[a]\njunk\n[b]\nmore junk\n', source='x.cfg')
except configparser.ParsingError as e:
    print(e.source, e.errors, e.args, repr(e))
try:
    configparser.ConfigParser().read_string('\nk=v\n')
except configparser.MissingSectionHeaderError as e:
    print(e.source, e.lineno, repr(e.line), e.args, isinstance(e, configparser.ParsingError))
cp = configparser.ConfigParser()
try:
    cp.read_string('[a]\nok = 1\njunk\n[b]\nfine = 2\n')
except configparser.ParsingError as e:
    print('partial', cp.sections(), cp.items('a'), cp.items('b'))
print(cp.SECTCRE.match('[a] b]').group('header'), cp.SECTCRE.match('[x]y').group('header'))
cp.read_string('[[nested]]\nv = 1\n[ spaced ]\nw = 2\n')
print(cp.sections())

print('--- basic interpolation')
cp = configparser.ConfigParser()
cp.read_string("""[Paths]
home_dir: /Users
my_dir: %(home_dir)s/lumberjack
my_pictures: %(my_dir)s/Pictures
percent = 100%%
mixed = %(home_dir)s is 50%% done
bad_ref = %(nothere)s
bad_syntax = %(home_dir
bad_pct = 50%x
case = %(HOME_DIR)s
loop1 = %(loop2)s
loop2 = %(loop1)s
self = %(self)s
[DEFAULT]
base = /base
[other]
use_default = %(base)s/x
""")
for name in ['my_dir', 'my_pictures', 'percent', 'mixed', 'bad_ref', 'bad_syntax', 'bad_pct', 'case', 'loop1', 'self']:
    attempt(name, lambda: cp.get('Paths', name))
print(cp.get('Paths', 'my_dir', raw=True), cp.get('other', 'use_default'))
print(cp.get('Paths', 'my_dir', vars={'home_dir': '/vars'}))
attempt('items with bad', lambda: cp.items('Paths'))
print(cp.items('Paths', raw=True)[:3])
for value in ['ok', '%%', '%(x)s', '50%', '%(x', '%d', 'a %% b %(c)s %', '']:
    attempt('set ' + repr(value), lambda: cp.set('other', 'k', value))
try:
    cp.get('Paths', 'bad_ref')
except configparser.InterpolationMissingOptionError as e:
    print(e.option, e.section, e.reference, e.args, isinstance(e, configparser.InterpolationError))
try:
    cp.get('Paths', 'loop1')
except configparser.InterpolationDepthError as e:
    print(e.option, e.section, e.args)
try:
    cp.get('Paths', 'bad_pct')
except configparser.InterpolationSyntaxError as e:
    print(e.option, e.section, e.args)
print(configparser.MAX_INTERPOLATION_DEPTH, configparser.DEFAULTSECT)
chain = configparser.ConfigParser()
chain.read_dict({'s': {'v%d' % i: '%%(v%d)s+' % (i + 1) for i in range(12)}})
chain.set('s', 'v12', 'end')
attempt('chain v0', lambda: chain.get('s', 'v0'))
attempt('chain v3', lambda: chain.get('s', 'v3'))

print('--- extended interpolation')
cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp.read_string("""[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
dollars = $$5 and $${not a ref}
bad1 = ${open
bad2 = $x
bad3 = ${a:b:c}
bad4 = ${nosec:x}
bad5 = ${missing}
loop = ${loop}
cross = ${Other:back}
pct = 100%
[Other]
back = ${Arthur:nickname} via ${Arthur:my_pictures}
""")
for name in ['my_dir', 'my_pictures', 'python_dir', 'dollars', 'bad1', 'bad2', 'bad3', 'bad4', 'bad5', 'loop', 'cross', 'pct']:
    attempt(name, lambda: cp.get('Arthur', name))
print(cp.get('Arthur', 'my_dir', vars={'my_dir': '${nickname}!'}))
for value in ['$$', '${x}', '$', 'a $$ ${b:c} $x']:
    attempt('set ' + repr(value), lambda: cp.set('Other', 'k', value))
print(cp['Arthur']['python_dir'], cp['Arthur'].get('python_dir', raw=True))

print('--- no interpolation')
for parser in [configparser.ConfigParser(interpolation=None), configparser.RawConfigParser(),
               configparser.ConfigParser(interpolation=configparser.Interpolation())]:
    parser.read_string('[s]\na = %(b)s 100%\nb = ${c}\n')
    parser.set('s', 'c', '%%')
    print(type(parser).__name__, parser.items('s'), parser.get('s', 'a'))
attempt('bad interpolation', lambda: configparser.ConfigParser(interpolation=object()))
attempt('interpolation class', lambda: configparser.ConfigParser(interpolation=configparser.BasicInterpolation))

print('--- custom interpolation')
class Shout(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()
    def before_write(self, parser, section, option, value):
        return '<' + value + '>'
    def before_read(self, parser, section, option, value):
        return value.strip('!')
cp = configparser.ConfigParser(interpolation=Shout())
cp.read_string('[s]\na = hello!\n')
print(cp.get('s', 'a'), cp.get('s', 'a', raw=True), cp.items('s'))
dump(cp)

print('--- converters')
cp = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
cp.read_string('[s]\nitems = a, b ,c\nn = 5\n')
print(cp.getlist('s', 'items'), cp['s'].getlist('items'), cp['s'].getlist('missing'))
print(cp.getlist('s', 'missing', fallback='fb'))
print(sorted(cp.converters), cp.converters['list'] is not None, cp.converters['int'])
cp.converters['double'] = lambda v: int(v) * 2
print(cp.getdouble('s', 'n'), cp['s'].getdouble('n'))
cp.add_section('later')
cp.set('later', 'n', '21')
print(cp['later'].getdouble('n'))
del cp.converters['double']
print(hasattr(cp, 'getdouble'), hasattr(cp['s'], 'getdouble'), sorted(cp.converters))
attempt('converter empty name', lambda: cp.converters.__setitem__('', int))
attempt('converter int name', lambda: cp.converters.__setitem__(5, int))
attempt('del missing converter', lambda: cp.converters.__delitem__('nope'))
class WithGetter(configparser.ConfigParser):
    def getpath(self, section, option, **kwargs):
        return self.get(section, option, **kwargs).split('/')
cp = WithGetter()
cp.read_string('[s]\np = a/b/c\n')
print(sorted(cp.converters), cp['s'].getpath('p'), cp.getpath('s', 'p'))

print('--- write')
cp = configparser.ConfigParser()
cp['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes', 'CompressionLevel': '9'}
cp['forge.example'] = {}
cp['forge.example']['User'] = 'hg'
cp['topsecret.server.example'] = {}
top = cp['topsecret.server.example']
top['Port'] = '50022'
top['ForwardX11'] = 'no'
top['multi'] = 'line one\nline two\n\nline four'
cp['DEFAULT']['ForwardX11'] = 'yes'
dump(cp)
again = configparser.ConfigParser()
out = io.StringIO()
cp.write(out)
again.read_string(out.getvalue())
print(again.get('topsecret.server.example', 'multi') == cp.get('topsecret.server.example', 'multi'))
empty = configparser.ConfigParser()
dump(empty)
empty.add_section('only')
dump(empty)

print('--- files')
with tempfile.TemporaryDirectory() as tmp:
    first = os.path.join(tmp, 'first.ini')
    second = os.path.join(tmp, 'second.ini')
    with open(first, 'w', encoding='utf-8') as f:
        f.write('[a]\nx = 1\n[b]\ny = caf\u00e9\n')
    with open(second, 'w', encoding='utf-8') as f:
        f.write('[a]\nx = 2\nz = 3\n')
    cp = configparser.ConfigParser()
    done = cp.read([first, os.path.join(tmp, 'missing.ini'), second], encoding='utf-8')
    print([os.path.basename(p) for p in done])
    print(cp.items('a'), cp.get('b', 'y'))
    done = cp.read(first)
    print([os.path.basename(p) for p in done], cp.get('a', 'x'))
    print(cp.read(os.path.join(tmp, 'nope.ini')), cp.read([]))
    import pathlib
    done = cp.read(pathlib.Path(second))
    print([type(p).__name__ for p in done])
    with open(first, encoding='utf-8') as f:
        fresh = configparser.ConfigParser()
        fresh.read_file(f)
        print(fresh.sections())
    bad = os.path.join(tmp, 'bad.ini')
    with open(bad, 'w') as f:
        f.write('[s]\nok=1\n[s]\n')
    try:
        configparser.ConfigParser().read(bad)
    except configparser.DuplicateSectionError as e:
        print('dup in file', e.section, e.lineno, os.path.basename(e.source))
    out_path = os.path.join(tmp, 'out.ini')
    with open(out_path, 'w') as f:
        cp.write(f)
    with open(out_path) as f:
        print(f.read())
fresh = configparser.ConfigParser()
fresh.read_file(['[list]\n', 'a = 1\n', '  continued\n'], source='<list>')
print(fresh.items('list'))
fresh.read_file(io.StringIO('[sio]\nb = 2\n'))
print(fresh.sections())
try:
    fresh.read_file(['junk\n'])
except configparser.MissingSectionHeaderError as e:
    print(e)
try:
    fresh.read_file(io.StringIO('[sio]\nb = 3\nb = 4\n'))
except configparser.DuplicateOptionError as e:
    print(e)

print('--- exceptions')
for err in [configparser.Error('plain'), configparser.NoSectionError('s'), configparser.NoOptionError('o', 's'),
            configparser.DuplicateSectionError('s'), configparser.DuplicateSectionError('s', 'src'),
            configparser.DuplicateSectionError('s', 'src', 7), configparser.DuplicateOptionError('s', 'o'),
            configparser.DuplicateOptionError('s', 'o', 'src', 123), configparser.InterpolationError('o', 's', 'msg'),
            configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref'), configparser.InterpolationDepthError('o', 's', 'raw'),
            configparser.InterpolationSyntaxError('o', 's', 'syntax'), configparser.ParsingError('src'),
            configparser.MissingSectionHeaderError('f', 3, 'line')]:
    print(type(err).__name__, repr(str(err)), err.args, repr(err) == str(err), isinstance(err, configparser.Error))
attempt('parsing error no source', lambda: configparser.ParsingError())
attempt('parsing error both', lambda: configparser.ParsingError('a', 'b'))
print(configparser.ParsingError(filename='old').source)
print(issubclass(configparser.NoSectionError, configparser.Error), issubclass(configparser.Error, Exception))
print(issubclass(configparser.ConfigParser, configparser.RawConfigParser))
print(sorted(configparser.__all__))



print('--- deprecated names')
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    legacy = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation())
    legacy.read_string('[s]\nbase = /b\npath = %(base)s/x %(BASE)s\npct = 100%%\nmissing = %(nope)s\nloop = %(loop)s\nnum = %(n)d\n')
    for name in ['path', 'pct', 'missing', 'loop', 'num']:
        attempt('legacy ' + name, lambda: legacy.get('s', name))
    print(legacy.get('s', 'path', vars={'base': 'V'}))
    safe = configparser.SafeConfigParser()
    safe.readfp(io.StringIO('[r]\nx = %(y)s\ny = 1\n'))
    print(type(safe).__name__, isinstance(safe, configparser.ConfigParser), safe.get('r', 'x'))
    for warning in caught:
        print(warning.category.__name__, warning.message)


print('--- generated')


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % (1 << 31)
        return (self.state >> 8) % n

    def pick(self, items):
        return items[self.below(len(items))]


NAMES = ['alpha', 'Beta', 'x', 'key one', 'k2', 'DEFAULT', 'a.b', 'Zed', '']
VALUES = ['1', 'yes', 'off', '3.5', 'text', '%(x)s', '%(alpha)s!', '100%%', '50%', '${x}', '$$',
          '${s0:alpha}', 'a = b', 'c: d', '# not comment', 'tail ; semi', '', 'line\n  more']
LINE_KINDS = ['header', 'option', 'option', 'option', 'blank', 'comment', 'continuation', 'junk', 'novalue', 'inline']


def generated_text(rng):
    lines = []
    if rng.below(5):
        lines.append('[s%d]' % rng.below(4))
    for _ in range(rng.below(12)):
        kind = rng.pick(LINE_KINDS)
        if kind == 'header':
            lines.append(rng.pick(['[s%d]' % rng.below(4), '[DEFAULT]', '[ s1 ]', '[s2] trailing', '[x]]']))
        elif kind == 'option':
            lines.append(rng.pick(NAMES) + rng.pick([' = ', '=', ': ', ' :', '  =  ']) + rng.pick(VALUES))
        elif kind == 'blank':
            lines.append(rng.pick(['', '   ', '\t']))
        elif kind == 'comment':
            lines.append(rng.pick(['# c', '; c', '  # indented', '#']))
        elif kind == 'continuation':
            lines.append(rng.pick(['  more', '\tagain', '    deep = 1']))
        elif kind == 'junk':
            lines.append(rng.pick(['junk', '= noname', '[unclosed']))
        elif kind == 'novalue':
            lines.append(rng.pick(NAMES[:5]))
        else:
            lines.append(rng.pick(NAMES[:5]) + ' = v ' + rng.pick(['# c', '; c', '#c', 'x;y']))
    return '\n'.join(lines) + rng.pick(['', '\n'])


def report(parser):
    out = []
    for name in parser:
        section = parser[name]
        for option in section:
            try:
                value = section[option]
            except Exception as e:
                value = type(e).__name__
            out.append('%s.%s=%r' % (name, option, value))
    return ' '.join(out)


OPTION_SETS = [
    {},
    {'strict': False},
    {'allow_no_value': True},
    {'inline_comment_prefixes': ('#', ';')},
    {'empty_lines_in_values': False},
    {'interpolation': None},
    {'interpolation': 'extended'},
    {'delimiters': (':',), 'allow_no_value': True, 'strict': False},
]

rng = Lcg(12345)
for n in range(150):
    text = generated_text(rng)
    options = dict(OPTION_SETS[n % len(OPTION_SETS)])
    if options.get('interpolation') == 'extended':
        options['interpolation'] = configparser.ExtendedInterpolation()
    parser = configparser.ConfigParser(**options)
    try:
        parser.read_string(text, source='gen%d' % n)
        result = report(parser)
    except Exception as e:
        result = '%s: %s | %s' % (type(e).__name__, e, report(parser))
    print(n, repr(text))
    print('   ', result)
    if n % 5 == 0:
        out = io.StringIO()
        parser.write(out, space_around_delimiters=bool(n % 2))
        print('   ', repr(out.getvalue()))
