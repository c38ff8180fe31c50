# argparse while a parser is being built: the errors add_argument and friends raise, reprs of
# actions, parsers, namespaces and FileType, parents, conflict handling, argument files.
import argparse, io, os, sys, tempfile

def check(label, func):
    try:
        result = func()
        print(label, '->', result if isinstance(result, str) else repr(result))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

def quiet(parser, argv):
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        return parser.parse_args(argv)
    except SystemExit as e:
        return 'exit %r %s' % (e.code, err.getvalue().splitlines()[-1])
    finally:
        sys.stderr = saved

p = argparse.ArgumentParser(prog='build', add_help=False)
check('store nargs 0', lambda: p.add_argument('--a', nargs=0))
check('append nargs 0', lambda: p.add_argument('--a', action='append', nargs=0))
check('const without ?', lambda: p.add_argument('--a', const=1))
check('append const nargs 2', lambda: p.add_argument('--a', action='append', nargs=2, const=1))
check('dest twice', lambda: p.add_argument('x', dest='y'))
check('required positional', lambda: p.add_argument('x', required=True))
check('bad prefix', lambda: p.add_argument('--a', 'b'))
check('dest needed', lambda: p.add_argument('-', '--'))
check('unknown action', lambda: p.add_argument('--a', action='frobnicate'))
check('type not callable', lambda: p.add_argument('--a', type='nope'))
check('FileType class', lambda: p.add_argument('--a', type=argparse.FileType))
check('metavar tuple', lambda: p.add_argument('--a', nargs=2, metavar=('X', 'Y', 'Z')))
check('bad nargs', lambda: p.add_argument('--a', nargs='x'))
check('handler', lambda: argparse.ArgumentParser(conflict_handler='maybe'))
p.add_argument('-a', '--all', action='store_true')
check('conflict one', lambda: p.add_argument('-a', '--other'))
check('conflict two', lambda: p.add_argument('-a', '--all'))
g = p.add_mutually_exclusive_group()
check('required in group', lambda: g.add_argument('--r', required=True))
check('dest from long', lambda: p.add_argument('-q', '--quiet-mode', '--qm').dest)
check('dest from short', lambda: p.add_argument('-z', '-y').dest)
check('dest dashes', lambda: p.add_argument('--x-y-z').dest)
check('action repr', lambda: p.add_argument('--num', type=int, default=3, help='n'))
check('parser repr', lambda: p)
check('get_default', lambda: (p.get_default('num'), p.get_default('all'), p.get_default('no')))
p.set_defaults(num=9, extra='e')
check('after set_defaults', lambda: (p.get_default('num'), p.get_default('extra')))
check('parse', lambda: p.parse_args(['-a', '--qm', 'Q']))

# Namespace behaviour.
ns = argparse.Namespace(a=1, b='two')
setattr(ns, 'not an identifier', 3)
check('namespace repr', lambda: ns)
check('namespace eq', lambda: (ns == argparse.Namespace(a=1), argparse.Namespace(a=1) == argparse.Namespace(a=1), ns == 5, ns != ns))
check('namespace contains', lambda: ('a' in ns, 'c' in ns))

# Errors as objects.
action = p._option_string_actions['--num']
check('ArgumentError str', lambda: str(argparse.ArgumentError(action, 'bad')))
check('ArgumentError none', lambda: str(argparse.ArgumentError(None, 'plain')))
pos = argparse.ArgumentParser().add_argument('thing', metavar='THING')
check('ArgumentError metavar', lambda: str(argparse.ArgumentError(pos, 'm')))
check('ArgumentTypeError', lambda: str(argparse.ArgumentTypeError('why')))

# FileType.
check('FileType repr', lambda: [argparse.FileType(), argparse.FileType('wb', 0), argparse.FileType('r', -1, 'utf-8', 'strict'), argparse.FileType(encoding='latin-1')])
check('FileType dash r', lambda: argparse.FileType('r')('-') is sys.stdin)
check('FileType dash w', lambda: argparse.FileType('w')('-') is sys.stdout)
check('FileType dash bad', lambda: argparse.FileType('q')('-'))
ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('src', type=argparse.FileType('r'))
check('FileType missing', lambda: quiet(ft, ['/nonexistent-dir/nofile.txt']))

# Conflict resolution and parents.
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
pg = parent.add_argument_group('common', 'shared options')
pg.add_argument('--verbose', '-v', action='count', default=0)
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--on', action='store_true')
pm.add_argument('--off', action='store_true')
parent.set_defaults(origin='parent')
child = argparse.ArgumentParser(prog='child', parents=[parent], conflict_handler='resolve')
child.add_argument('-v', '--version', action='version', version='%(prog)s 1.0')
child.add_argument('--shared', default='child')
print(child.format_help())
check('child parse', lambda: quiet(child, ['--verbose', '--on']))
check('child exclusive', lambda: quiet(child, ['--on', '--off']))
check('child version', lambda: quiet(child, ['-v']))
twice = argparse.ArgumentParser(add_help=False)
twice.add_argument_group('same')
twice.add_argument_group('same')
check('merge error', lambda: argparse.ArgumentParser(parents=[twice]))

# Argument files, one argument per line unless the parser says otherwise.
class Words(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()

folder = tempfile.mkdtemp()
inner = os.path.join(folder, 'inner.txt')
outer = os.path.join(folder, 'outer.txt')
with open(inner, 'w') as f:
    f.write('--name\ninner value\n')
with open(outer, 'w') as f:
    f.write('--count\n3\n@' + inner + '\n')
for cls in (argparse.ArgumentParser, Words):
    fp = cls(prog='files', fromfile_prefix_chars='@')
    fp.add_argument('--count', type=int)
    fp.add_argument('--name')
    fp.add_argument('rest', nargs='*')
    check(cls.__name__ + ' files', lambda: quiet(fp, ['@' + outer, 'x']))
    check(cls.__name__ + ' missing', lambda: quiet(fp, ['@' + outer + '.none']).split(':')[0])

# Type converters raising their own errors.
def even(text):
    number = int(text)
    if number % 2:
        raise argparse.ArgumentTypeError('%d is odd' % number)
    return number

tp = argparse.ArgumentParser(prog='types')
tp.add_argument('--even', type=even)
tp.add_argument('--ratio', type=float, choices=[0.5, 1.0])
tp.add_argument('--when', type=lambda s: s[10])
for argv in [['--even', '4'], ['--even', '3'], ['--even', 'x'], ['--ratio', '0.5'],
             ['--ratio', '2'], ['--when', 'short'], ['--when', 'long enough text']]:
    check(' '.join(argv), lambda: quiet(tp, argv))
