# subprocess.list2cmdline and shlex split/quote/join over generated arguments, plus the
# error classes' messages and their stdout alias.
import shlex
import subprocess


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % bound


PIECES = ['a', 'b c', '\\', '"', "'", ' ', '\t', 'x\\', '\\"', '$', '#', '-', '~', 'é', '', ';', '|']

gen = Lcg(7)
for i in range(150):
    args = []
    for _ in range(gen.next(4)):
        args.append(''.join(PIECES[gen.next(len(PIECES))] for _ in range(gen.next(4))))
    line = subprocess.list2cmdline(args)
    joined = shlex.join(args)
    back = shlex.split(joined)
    print(i, repr(line), repr(joined), back == args)
    try:
        print('  ', shlex.split(line), shlex.split(line, posix=False))
    except ValueError as e:
        print('  ', 'ValueError', e)
    lexer = shlex.shlex(joined, posix=True, punctuation_chars=True)
    print('  ', list(lexer), lexer.error_leader(), lexer.error_leader('f', 3))

print(subprocess.list2cmdline([]), repr(subprocess.list2cmdline(['', ''])))
print(subprocess.list2cmdline([b'bytes arg', 'x']))
for text in ['a # c', 'a "b c" d', "it's", 'x\\ y', '', "'a'\"b\""]:
    try:
        print(repr(text), shlex.split(text), shlex.split(text, comments=True))
    except ValueError as e:
        print(repr(text), 'ValueError', e)
lex = shlex.shlex('one two', infile='name.txt')
print(lex.infile, lex.error_leader(), list(lex))
print(shlex.shlex(punctuation_chars='<>').punctuation_chars)

for code in (1, 2, -9, -15, -200, 0, 255):
    err = subprocess.CalledProcessError(code, ['prog', 'arg'], output=b'out', stderr=b'err')
    print(str(err), err.stdout, err.output, err.stderr)
err.stdout = 'changed'
print(err.output)
t = subprocess.TimeoutExpired('cmd', 2.5, output='partial')
print(str(t), t.stdout)
t.stdout = 'more'
print(t.output)
cp = subprocess.CompletedProcess(['a'], 3, 'o', None)
print(repr(cp))
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout)
