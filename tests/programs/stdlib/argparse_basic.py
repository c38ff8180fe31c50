import argparse, io, os, sys
os.environ['COLUMNS'] = '80'

def run(parser, args):
    """Parse args; show the namespace, or what went to stdout/stderr and the exit code."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(args)
        result = repr(ns)
    except SystemExit as e:
        result = 'exit %r' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', result)
    if out.getvalue():
        print('stdout:', out.getvalue(), end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), end='')

p = argparse.ArgumentParser(prog='tool', description='A tool that does things with files and numbers, wrapped over several lines of text to test filling.', epilog='See the manual.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false', help='disable colour')
p.add_argument('-n', '--num', type=int, default=3, metavar='N', help='how many')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed %(choices)s')
p.add_argument('-I', '--include', action='append', default=[], help='include dir')
p.add_argument('--pair', nargs=2, type=float)
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
print(p.format_usage(), end='')
print(p.format_help(), end='')
run(p, ['a.txt'])
run(p, ['a.txt', 'b.txt', '-vvv', '-q'])
run(p, ['-n', '5', 'a', '--num=7', '-n9'])
run(p, ['a', '--mode', 'slow', '-I', 'x', '-Iy', '--include=z'])
run(p, ['a', '--pair', '1.5', '2', '--many', '--some', 'x', 'y'])
run(p, ['a', '--const', '--no-color', '-qv'])
run(p, ['a', '--mode', 'medium'])
run(p, ['a', '-n', 'x'])
run(p, [])
run(p, ['a', 'b', 'c'])
run(p, ['a', '--pair', '1'])
run(p, ['a', '--some'])
run(p, ['a', '--bogus'])
run(p, ['a', '--num'])
run(p, ['--version'])
run(p, ['-h'])
run(p, ['a', '--ver'])
run(p, ['a', '--', '-n'])
run(p, ['a', '-qx'])
run(p, ['a', '-n', '-1'])
print(p.parse_known_args(['a', '--zzz', 'b', 'c']))
ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, ns == argparse.Namespace(b='x', a=1))
