import argparse, io, os, sys
os.environ['COLUMNS'] = '80'

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = repr(parser.parse_args(args))
    except SystemExit as e:
        result = 'exit %r' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', result)
    if out.getvalue():
        print('stdout:', out.getvalue(), end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), end='')

# Subcommands.
p = argparse.ArgumentParser(prog='git')
p.add_argument('--git-dir', metavar='DIR')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
pu = sub.add_parser('push', help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('refs', nargs='*')
st = sub.add_parser('status')
print(p.format_help(), end='')
print(c.format_help(), end='')
run(p, ['commit', '-m', 'msg'])
run(p, ['ci', '-m', 'x', '--amend'])
run(p, ['--git-dir', '/r', 'push', 'up', 'main', 'dev'])
run(p, ['push'])
run(p, ['status'])
run(p, ['commit'])
run(p, ['frob'])
run(p, [])
run(p, ['push', '--force'])
print(p.parse_known_args(['push', '--force', 'x']))

# Mutually exclusive groups and argument groups.
p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--json', action='store_true', help='JSON output')
g.add_argument('--csv', action='store_true', help='CSV output')
g.add_argument('--fmt', help='custom format')
grp = p.add_argument_group('network', 'Options about the network connection.')
grp.add_argument('--host', default='localhost')
grp.add_argument('--port', type=int, default=8080)
p.add_argument('files', nargs='+', metavar='FILE')
print(p.format_help(), end='')
run(p, ['--json', 'a'])
run(p, ['--json', '--csv', 'a'])
run(p, ['--fmt', 'x', '--json', 'a'])
run(p, ['a', 'b'])
run(p, ['--csv'])

p = argparse.ArgumentParser(prog='opt')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument('--only')
g2.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('xy', nargs=2)
p.add_argument('--point', nargs=3, metavar=('A', 'B', 'C'), type=int)
print(p.format_help(), end='')
run(p, ['1', '2', '-a', '--only', 'o'])
run(p, ['1'])
run(p, ['1', '2', '--point', '1', '2'])
run(p, ['-ab', '1', '2'])

# Formatter classes, parents, defaults, type errors.
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--debug', action='store_true', help='debug mode')
def positive(s):
    n = int(s)
    if n <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return n
p = argparse.ArgumentParser(prog='fmt', parents=[parent],
                            formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description='Line one.\n\n   Indented line two.')
p.add_argument('--count', type=positive, default='7', help='a count')
p.add_argument('--ratio', type=float, default=0.5, help='a ratio')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use colour')
p.add_argument('--level', type=int, choices=range(1, 4), default=1)
p.add_argument('--name', help=argparse.SUPPRESS)
print(p.format_help(), end='')
run(p, [])
run(p, ['--count', '-3'])
run(p, ['--count', '2', '--no-color', '--level', '3', '--debug'])
run(p, ['--level', '9'])
run(p, ['--name', 'n'])

p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='Line one.\n\n   Indented line two.', usage='%(prog)s [options] thing')
p.add_argument('thing')
print(p.format_help(), end='')
run(p, [])

p = argparse.ArgumentParser(prog='neg')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('x', nargs='?')
run(p, ['-1'])
run(p, ['-5'])
p = argparse.ArgumentParser(prog='neg2')
p.add_argument('x', type=int)
run(p, ['-5'])

p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=int)
try:
    p.parse_args(['--n', 'q'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, '|', e.argument_name, '|', e.message)

p = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-up-much-of-the-line-width')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon']:
    p.add_argument('--' + name, metavar=name.upper() * 2)
p.add_argument('target')
print(p.format_usage(), end='')
try:
    p.add_argument('--alpha')
except argparse.ArgumentError as e:
    print(e)
try:
    p.add_argument('x', required=True)
except TypeError as e:
    print(e)
try:
    p.add_argument('--bad', nargs=0)
except ValueError as e:
    print(e)
print(p.get_default('alpha'))
p.set_defaults(alpha='A')
print(p.parse_args(['t']))
