# getopt and gnu_getopt on hand-written and generated command lines, errors included.
import getopt
import os


def show(func, args, shortopts, longopts=[]):
    try:
        print(func.__name__, args, '->', func(args, shortopts, longopts))
    except getopt.GetoptError as e:
        print(func.__name__, args, '-> GetoptError', repr(e.msg), repr(e.opt), str(e), e.args)


LONG = ['alpha', 'beta=', 'verbose', 'version', 'output=', 'out', 'x-y=']

fixed = [
    [],
    ['-a'],
    ['-a', '-b', 'val', 'file'],
    ['-abval', 'rest'],
    ['-ab', 'val'],
    ['-b'],
    ['-z'],
    ['-'],
    ['--'],
    ['--', '-a'],
    ['file', '-a'],
    ['-a', 'file', '-b', 'x'],
    ['--alpha'],
    ['--alpha=1'],
    ['--beta=1', '--beta', '2'],
    ['--beta'],
    ['--beta='],
    ['--al'],
    ['--ver'],
    ['--verb'],
    ['--vers'],
    ['--out'],
    ['--outp', 'f'],
    ['--output', 'f', '--out'],
    ['--nope'],
    ['--nope=3'],
    ['--x-y', 'z'],
    ['--x', 'z'],
    ['--=x'],
    ['---a'],
    ['-a-'],
    ['-c:'],
    ['-:'],
    ['--alpha', '-', '-a'],
    ['-abc', '--', '--alpha'],
]
for args in fixed:
    show(getopt.getopt, args, 'ab:c')
    show(getopt.gnu_getopt, args, 'ab:c', LONG)
    show(getopt.getopt, args, 'ab:c', LONG)
    show(getopt.gnu_getopt, args, '+ab:c', LONG)

show(getopt.getopt, ['--alpha'], '', 'alpha')
show(getopt.getopt, ['--al'], '', 'alpha=')
show(getopt.gnu_getopt, ['x', '--al', 'y'], '', 'alpha=')
show(getopt.getopt, ('-a', 'x'), 'a')
show(getopt.getopt, ['--verbose'], '', ('verbose', 'verbose='))
show(getopt.getopt, ['--verb'], '', ('verbose', 'verbose='))

os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['-a', 'file', '-b', 'x'], 'ab:')
del os.environ['POSIXLY_CORRECT']
show(getopt.gnu_getopt, ['-a', 'file', '-b', 'x'], 'ab:')

e = getopt.GetoptError('boom')
print(repr(e.msg), repr(e.opt), e.args, str(e), getopt.error is getopt.GetoptError)
print(issubclass(getopt.GetoptError, Exception), sorted(getopt.__all__))


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n

    def pick(self, items):
        return items[self.below(len(items))]


WORDS = ['-a', '-b', '-c', '-x', '-ab', '-ba', '-bfoo', '-abc', '-cab', '-', '--', 'file',
         'f2', '--alpha', '--alp', '--beta', '--beta=3', '--bet=', '--v', '--ver', '--verbose',
         '--version=2', '--output', '--o', '--out=1', '--outp=q', '--zzz', '--x-y=1', 'x=y',
         '-:', '-b:', '--alpha=']
rng = Lcg(99)
for round_number in range(250):
    args = [rng.pick(WORDS) for _ in range(rng.below(6))]
    shortopts = rng.pick(['ab:c', 'abc', 'a:b:', '', 'x', '+ab:c', 'b:'])
    longopts = rng.pick([LONG, [], 'alpha', ['alpha=', 'alps'], ['out', 'output=']])
    func = rng.pick([getopt.getopt, getopt.gnu_getopt])
    show(func, args, shortopts, longopts)
