import argparse, io, os, sys
os.environ['COLUMNS'] = '60'

def run(parser, args, known=False):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = repr(parser.parse_known_args(args) if known else parser.parse_args(args))
    except SystemExit as e:
        result = 'exit %r' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', result)
    for name, stream in (('stdout', out), ('stderr', err)):
        if stream.getvalue():
            print(name + ':', stream.getvalue(), end='')

# Types, consts and odd option spellings.
p = argparse.ArgumentParser(prog='odd', description='%(prog)s does odd things; 100%% sure.')
p.add_argument('--up', type=str.upper, help='upper-cased (%(type)s)')
p.add_argument('--opt', nargs='?', const='C', default='D', help='const %(const)s default %(default)s')
p.add_argument('--int', type=int, choices=[1, 2, 3], help='one of %(choices)s')
p.add_argument('-x', type=float, default=1.5)
p.add_argument('--list', type=lambda s: s.split(','), default=[])
p.add_argument('--required', required=True, metavar='R', dest='req', help='a very long help text that must be wrapped onto several lines because the terminal is narrow')
p.add_argument('rest', nargs=argparse.REMAINDER)
print(p.format_help(), end='')
run(p, ['--required', 'r'])
run(p, ['--required=r', '--up', 'abc', '--opt', '-x=2.5', '--list=a,b'])
run(p, ['--req', 'r', '--opt', 'val', '--int', '2', 'cmd', '--up', 'x'])
run(p, ['--req', 'r', '--int', '7'])
run(p, ['--req', 'r', '--int', 'z'])
run(p, ['--req', 'r', '-x', 'nan?'])
run(p, ['--req', 'r', '--opt='])
run(p, ['-x', '3'])
run(p, ['--req'])
run(p, ['--up', 'a', '--up=b', '--req', 'r', '--', '-x'])

# Resolve conflicts, prefix chars, abbreviations.
p = argparse.ArgumentParser(prog='res', conflict_handler='resolve', prefix_chars='-+')
p.add_argument('-f', '--foo', help='old foo')
p.add_argument('--foo', help='new foo')
p.add_argument('+p', '++plus', action='store_true')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-string')
print(p.format_help(), end='')
run(p, ['-f', '1', '--foo', '2', '+p'])
run(p, ['--verb'])
run(p, ['--ver'])
run(p, ['--versio=3'])
p2 = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
p2.add_argument('--verbose', action='store_true')
run(p2, ['--verb'])
run(p2, ['--verbose', 'extra', '--unknown=1'], known=True)

# Subcommands with titles, required subparsers, nested defaults.
p = argparse.ArgumentParser(prog='tool', epilog='Run "tool CMD -h" for more.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(title='commands', description='valid commands', dest='cmd', required=True, metavar='CMD')
a = sub.add_parser('add', help='add numbers', description='Add some numbers.')
a.add_argument('nums', type=int, nargs='+')
a.set_defaults(op=sum)
m = sub.add_parser('max', help='largest number')
m.add_argument('nums', type=int, nargs='*', default=[0])
m.set_defaults(op=max)
print(p.format_help(), end='')
print(a.format_help(), end='')
for args in (['add', '1', '2', '3'], ['--debug', 'max', '4', '9'], ['max'], [], ['add'], ['add', 'x'], ['add', '-h'], ['nope']):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = p.parse_args(args)
        result = '%s %s %s' % (ns.cmd, ns.debug, ns.op(ns.nums))
    except SystemExit as e:
        result = 'exit %r' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', result, '|', out.getvalue().replace('\n', '/'), '|', err.getvalue().replace('\n', '/'))

# Intermixed, fromfile, store into an existing namespace.
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_known_args('doit 1 --foo bar 2 3'.split()))
ns = argparse.Namespace(foo='preset', extra=1)
print(p.parse_args(['c'], namespace=ns), ns.extra)
path = '/tmp/memphisc_argparse_args_%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('--foo\nfromfile\nrun\n5\n')
p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('n', type=int)
print(p.parse_args(['@' + path]))
os.remove(path)
run(p, ['@/nonexistent/file'])

# Help formatters and help=SUPPRESS groups, usage wrapping with a long positional list.
p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter)
p.add_argument('--table', help='col1  col2\n----  ----\n a     b')
p.add_argument('--hidden', help=argparse.SUPPRESS)
g = p.add_argument_group('empty group')
print(p.format_help(), end='')
p = argparse.ArgumentParser(prog='meta', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('--n', type=int)
p.add_argument('f', type=float)
print(p.format_help(), end='')
p = argparse.ArgumentParser(prog='wrap')
for i in range(8):
    p.add_argument('positional_number_%d' % i)
print(p.format_usage(), end='')
print(repr(p)[:80])
print(repr(argparse.FileType('w')), repr(argparse.FileType('rb', encoding='utf-8')))
act = p._actions[1]
print(act)
p = argparse.ArgumentParser(prog='ver')
p.add_argument('-V', action='version', version='%(prog)s version 2.0.1')
run(p, ['-V'])
p = argparse.ArgumentParser(prog='cnt')
p.add_argument('-v', action='count')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--ext', action='extend', nargs='+')
run(p, ['-vvv', '-v', '--tag', '--tag', '--ext', 'a', 'b', '--ext', 'c'])
run(p, [])
