# argparse parsing over generated command lines: for a fixed set of parsers, many argv lists
# are built from each parser's vocabulary with a small seeded generator and the resulting
# Namespace (or the error line and exit status) is printed.
import argparse, io, sys

class Gen:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state >> 8
    def below(self, n):
        return self.next() % n
    def pick(self, items):
        return items[self.below(len(items))]

def attempt(parser, argv, how='parse_args'):
    err = io.StringIO()
    out = io.StringIO()
    saved = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        result = repr(getattr(parser, how)(argv))
    except SystemExit as e:
        lines = err.getvalue().splitlines() or ['']
        result = 'exit %r %s' % (e.code, lines[-1])
    except argparse.ArgumentError as e:
        result = 'ArgumentError %s' % e
    except Exception as e:
        result = '%s %s' % (type(e).__name__, e)
    finally:
        sys.stderr, sys.stdout = saved
    if out.getvalue():
        result += ' | stdout %d lines' % len(out.getvalue().splitlines())
    return result

def usage_of(parser):
    return parser.format_usage().replace('\n', ' ')

def sweep(name, parser, vocabulary, seed, count, how='parse_args', longest=6):
    print('==', name, usage_of(parser))
    gen = Gen(seed)
    for _ in range(count):
        argv = [gen.pick(vocabulary) for _ in range(gen.below(longest + 1))]
        print(argv, '->', attempt(parser, argv, how))

# 1. Many kinds of actions on one parser.
p = argparse.ArgumentParser(prog='kinds')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('-o', '--output')
p.add_argument('--level', type=int, choices=[1, 2, 3])
p.add_argument('--tag', action='append')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--pair', nargs=2, type=float)
p.add_argument('--flag', action=argparse.BooleanOptionalAction)
p.add_argument('-k', action='append_const', const='K', dest='marks')
p.add_argument('-c', action='store_const', const=42)
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
words = ['-v', '-vv', '-vq', '-q', '-o', '-ofile', '-o=x', '--output', '--output=y', '--out',
         '--level', '--level=2', '--lev', '5', '2', 'x', '--tag', '--tag=t', '--ext', 'e1',
         '--opt', '--opt=', '--pair', '1.5', 'nan', '--flag', '--no-flag', '--fl', '-k', '-kc',
         '-c', '-cv', '--', '-', 'a', 'b', '-3', '--nope', '-z', '-qz', '--verbose=1']
sweep('kinds', p, words, 11, 700)

# 2. Positionals of every nargs between options.
p = argparse.ArgumentParser(prog='posn')
p.add_argument('first')
p.add_argument('many', nargs='*')
p.add_argument('last', nargs=2)
p.add_argument('-x', nargs='*')
p.add_argument('-y', nargs='+')
p.add_argument('-n', type=int, default='7')
words = ['a', 'b', 'c', 'd', '-x', '-y', '-n', '3', '-n3', '--', '-', '-1', 'e']
sweep('posn', p, words, 22, 500, longest=7)

p = argparse.ArgumentParser(prog='opt-plus')
p.add_argument('maybe', nargs='?', default='M')
p.add_argument('some', nargs='+')
p.add_argument('--sw', action='store_true')
p.add_argument('--val')
words = ['a', 'b', 'c', '--sw', '--val', 'v', '--', '--val=', '-s']
sweep('opt-plus', p, words, 23, 400, longest=6)

# 3. Ambiguous prefixes, mutually exclusive groups.
p = argparse.ArgumentParser(prog='amb')
p.add_argument('--foo')
p.add_argument('--fox', action='store_true')
p.add_argument('--bar', type=int)
p.add_argument('-f', '--file')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--json', action='store_true')
g.add_argument('--csv', action='store_true')
g.add_argument('--fmt', default='plain')
words = ['--fo', '--foo', '--fox', '--f', '--ba', '--b=3', '--bar', 'x', '7', '-f', '-fname',
         '--file=', '--js', '--json', '--csv', '--fmt', 'plain', '--fmt=t', 'extra', '--c']
sweep('amb', p, words, 33, 500)
sweep('amb known', p, words, 34, 200, how='parse_known_args')

# 4. Other prefix characters, negative-number options, no abbreviations, remainder.
p = argparse.ArgumentParser(prog='plus', prefix_chars='-+', allow_abbrev=False)
p.add_argument('+a', '++all', action='store_true')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('--num', type=float)
p.add_argument('cmd')
p.add_argument('rest', nargs=argparse.REMAINDER)
words = ['+a', '++all', '++al', '-1', '-2', '-1.5', '--num', '--num=-3', '--nu', 'go', 'x',
         '--', '+b', '-']
sweep('plus', p, words, 44, 400)

p = argparse.ArgumentParser(prog='neg')
p.add_argument('-n', type=int)
p.add_argument('vals', nargs='*', type=int)
words = ['-n', '-5', '5', '-1.5', '-n-2', '-x', '--', '-0', '3 4', '-n 4']
sweep('neg', p, words, 55, 300)

# 5. Errors as exceptions, conversions and choices.
p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--int', type=int)
p.add_argument('--hex', type=lambda s: int(s, 16))
p.add_argument('--pick', choices=['red', 'green'])
p.add_argument('--three', nargs=3)
p.add_argument('--many', nargs='+', type=int, choices=range(5))
p.add_argument('word', choices=['go', 'stop'], nargs='?')
words = ['--int', '1', 'one', '--hex', 'ff', 'zz', '--pick', 'red', 'blue', '--three', 'a',
         '--many', '4', '9', 'go', 'stop', 'walk', '--int=x', '--pick=green']
sweep('noexit', p, words, 66, 500)

# 6. Intermixed options and positionals.
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--cmd')
p.add_argument('-r', action='store_true')
p.add_argument('files', nargs='*')
p.add_argument('count', type=int, nargs='?')
words = ['a', 'b', '--cmd', 'c', '-r', '3', '--', 'x']
sweep('mix', p, words, 77, 300, how='parse_intermixed_args')
sweep('mix plain', p, words, 78, 150)
sweep('mix known', p, words, 79, 150, how='parse_known_intermixed_args')

# 7. Defaults that go through type=, set_defaults and get_default.
p = argparse.ArgumentParser(prog='defs', argument_default='0')
p.add_argument('--a', type=int)
p.add_argument('--b', type=int, default='5')
p.add_argument('--c', action='append', default=['base'])
p.add_argument('--d', nargs='*', default=[])
p.set_defaults(e='E', b='6')
print(p.get_default('b'), p.get_default('e'), p.get_default('zz'))
words = ['--a', '--b', '--c', '--d', '1', '2', 'z']
sweep('defs', p, words, 88, 200)

# 8. Several '--' separators against positionals of fixed counts.
p = argparse.ArgumentParser(prog='dashes')
p.add_argument('a')
p.add_argument('b')
p.add_argument('c', nargs='?')
p.add_argument('-x', nargs='?', const='X')
words = ['--', '--', 'v', 'w', '-x', '-xq']
sweep('dashes', p, words, 99, 300, longest=5)

# 9. Generated parsers: random positionals and options, random command lines.
NARGS = [None, None, '?', '*', '+', 1, 2, argparse.REMAINDER]
gen = Gen(4242)
for number in range(60):
    p = argparse.ArgumentParser(prog='g%d' % number, add_help=False)
    words = ['--', 'p', 'q', '-', '-9']
    for index in range(gen.below(4)):
        nargs = gen.pick(NARGS)
        if nargs == argparse.REMAINDER and index == 0 and gen.below(2):
            nargs = '?'
        kwargs = {} if nargs is None else {'nargs': nargs}
        if nargs == '*' and gen.below(2):
            kwargs['default'] = 'dflt'
        p.add_argument('pos%d' % index, **kwargs)
    for letter in 'abcd'[:gen.below(5)]:
        kind = gen.below(6)
        names = ['-' + letter, '--' + letter * 3]
        if kind == 0:
            p.add_argument(*names, action='store_true')
        elif kind == 1:
            p.add_argument(*names, action='count')
        else:
            p.add_argument(*names, nargs=gen.pick(NARGS[:-1]))
        words += names + ['-%sv' % letter, '--%s=w' % (letter * 2)]
    sweep('generated %d' % number, p, words, 1000 + number, 60, longest=6)
