# argparse sub-commands: aliases, required, dest, nested subparsers, defaults, help listings,
# unknown commands and leftover arguments, checked on fixed and generated command lines.
import argparse, io, os, sys
os.environ['COLUMNS'] = '70'

class Gen:
    def __init__(self, seed):
        self.state = seed
    def below(self, n):
        self.state = (self.state * 69069 + 1) % 4294967296
        return (self.state >> 12) % n
    def pick(self, items):
        return items[self.below(len(items))]

def attempt(parser, argv, how='parse_args'):
    err, out = io.StringIO(), io.StringIO()
    saved = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        result = repr(getattr(parser, how)(argv))
    except SystemExit as e:
        lines = err.getvalue().splitlines() or ['']
        result = 'exit %r [%s] %s' % (e.code, lines[0], lines[-1])
    except Exception as e:
        result = '%s %s' % (type(e).__name__, e)
    finally:
        sys.stderr, sys.stdout = saved
    if out.getvalue():
        result += ' | stdout: ' + out.getvalue().splitlines()[0]
    return result

def show(parser, argv, how='parse_args'):
    print(argv, '->', attempt(parser, argv, how))

# A git-like tool.
git = argparse.ArgumentParser(prog='git', description='a content tracker')
git.add_argument('-C', dest='where', default='.')
git.add_argument('--debug', action='store_true')
cmds = git.add_subparsers(title='commands', description='what to do', dest='command',
                          metavar='COMMAND', required=True)
commit = cmds.add_parser('commit', aliases=['ci', 'com'], help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--amend', action='store_true')
commit.add_argument('paths', nargs='*')
commit.set_defaults(handler='do_commit', where='commit-default')
remote = cmds.add_parser('remote', help='manage remotes')
remote.add_argument('-v', action='count', default=0)
rsub = remote.add_subparsers(dest='action')
radd = rsub.add_parser('add', help='add a remote')
radd.add_argument('name')
radd.add_argument('url')
rrm = rsub.add_parser('rm', aliases=['remove'])
rrm.add_argument('name')
log = cmds.add_parser('log')
log.add_argument('-n', type=int, default=10)
log.add_argument('rev', nargs='?', default='HEAD')
print(git.format_help())
print(commit.format_help())
print(remote.format_help())
print(radd.format_usage())
print(repr(cmds.choices.keys()), commit.prog, radd.prog, rrm.prog)

for argv in [['commit', '-m', 'x'], ['ci', '-m', 'x', 'a', 'b'], ['com', '--amend'],
             ['-C', 'dir', 'commit', '-m', 'y'], ['--debug', 'log'], ['log', '-n', '3', 'abc'],
             ['log', '-n', 'three'], ['remote'], ['remote', 'add', 'origin', 'url'],
             ['remote', '-vv', 'remove', 'o'], ['remote', 'add', 'o'], ['push'], [],
             ['--debug'], ['commit', '-m', 'x', '--bogus'], ['log', 'a', 'b'],
             ['remote', 'rm'], ['-h'], ['commit', '-h'], ['remote', 'add', '-h'],
             ['log', '--', '-n'], ['co'], ['commit', '-m']]:
    show(git, argv)
for argv in [['commit', '-m', 'x', '--bogus', 'y'], ['log', 'a', 'b', '-q'],
             ['remote', 'add', 'a', 'b', 'c'], ['--zz', 'log']]:
    show(git, argv, 'parse_known_args')

# Optional sub-command without dest, and one with dest.
tool = argparse.ArgumentParser(prog='tool')
tool.add_argument('--x', default='parent')
sub = tool.add_subparsers(help='sub help')
a = sub.add_parser('a', help='the a command')
a.add_argument('--x', default='child')
a.add_argument('item', choices=['p', 'q'])
b = sub.add_parser('b')
b.add_argument('--y', type=float)
print(tool.format_help())
for argv in [[], ['a', 'p'], ['--x', 'top', 'a', 'q'], ['a', 'r'], ['b', '--y', '2'],
             ['b', '--y', 'z'], ['c'], ['--x']]:
    show(tool, argv)

# Errors while building.
try:
    cmds.add_parser('ci')
except Exception as e:
    print(type(e).__name__, e)
try:
    cmds.add_parser('new', aliases=['log'])
except Exception as e:
    print(type(e).__name__, e)
show(git, ['new', '-h'])
err = io.StringIO()
saved = sys.stderr
sys.stderr = err
try:
    git.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
finally:
    sys.stderr = saved
print(err.getvalue().splitlines()[-1])

# Subparsers after a positional: the prog includes it.
pos = argparse.ArgumentParser(prog='pos')
pos.add_argument('target')
pos.add_argument('--opt')
ps = pos.add_subparsers(dest='verb', required=True, metavar='VERB')
for verb in ['build', 'test', 'clean']:
    sp = ps.add_parser(verb, help='%s the target' % verb)
    sp.add_argument('--jobs', '-j', type=int, default=1)
    sp.add_argument('extra', nargs='*')
print(ps._name_parser_map['build'].prog)
print(pos.format_help())

# Generated command lines over both parsers.
gen = Gen(2024)
words = ['commit', 'ci', 'log', 'remote', 'add', 'rm', 'remove', '-m', 'msg', '-n', '4',
         '--amend', '-C', 'd', '--debug', '-v', 'x', 'y', '--', 'push', '--bad']
heads = [[], ['commit', '-m', 'm'], ['ci'], ['log'], ['remote'], ['remote', 'add'],
         ['remote', 'rm', 'r'], ['-C', 'c']]
for _ in range(500):
    argv = gen.pick(heads) + [gen.pick(words) for _ in range(gen.below(5))]
    show(git, argv, gen.pick(['parse_args', 'parse_known_args']))
words = ['t', 'build', 'test', 'clean', '-j', '3', '-j2', '--jobs=x', '--opt', 'o', 'e',
         '--', '-q']
for _ in range(300):
    argv = ['t', gen.pick(words[1:4])] + [gen.pick(words) for _ in range(gen.below(5))]
    gen.below(3) or argv.reverse()
    show(pos, argv, gen.pick(['parse_args', 'parse_known_args']))
