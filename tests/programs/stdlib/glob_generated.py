# glob.glob / iglob over a generated tree: many patterns with and without recursive,
# root_dir and include_hidden; results sorted (listing order is the file system's).
import glob
import os
import tempfile


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % bound


NAMES = ['a', 'b', 'ab', 'a.txt', 'b.txt', 'c.py', '.hid', '.cfg.py', 'x1', 'x[1]', 'q?']


def make_tree(root, gen, depth):
    for _ in range(2 + gen.next(4)):
        path = os.path.join(root, NAMES[gen.next(len(NAMES))])
        if os.path.exists(path):
            continue
        if depth > 0 and gen.next(3) == 0:
            os.mkdir(path)
            make_tree(path, gen, depth - 1)
        else:
            open(path, 'w').close()


PATTERNS = ['*', '*/', '*.py', '.*', '*/*', '**', '**/', '**/*.py', '**/.*', 'a/**', 'a/**/*',
            '*/**/x?', '?', '[ab]', '[!a]*', 'x[[]1]', 'q[?]', 'a', 'a/', 'missing', 'missing/*',
            '*/a', '**/a/*', '*/*/*', 'a.txt', 'a.txt/', '', '**/**', 'a//b', 'a/./*']

with tempfile.TemporaryDirectory() as tmp:
    make_tree(tmp, Lcg(314), 3)
    for sub in ('a', 'b', '.hid'):
        path = os.path.join(tmp, sub)
        if not os.path.exists(path):
            os.mkdir(path)
            make_tree(path, Lcg(len(sub) * 7), 2)
    for pattern in PATTERNS:
        for recursive in (False, True):
            for hidden in (False, True):
                found = glob.glob(pattern, root_dir=tmp, recursive=recursive, include_hidden=hidden)
                print(repr(pattern), recursive, hidden, len(found), sorted(found))
    # absolute patterns give absolute results
    prefix = len(tmp) + 1
    for pattern in ('*', '**/*.txt', '*/'):
        found = glob.glob(os.path.join(tmp, pattern), recursive=True)
        print(pattern, sorted(p[prefix:] for p in found))
    # bytes patterns give bytes
    found = glob.glob(b'**', root_dir=os.fsencode(tmp), recursive=True)
    print(sorted(found)[:6], all(isinstance(p, bytes) for p in found))
    it = glob.iglob('*', root_dir=tmp)
    print(type(it).__name__ != 'list', sorted(it))
    print(sorted(glob.glob1(tmp, '*.py')), glob.glob0(tmp, 'a'), glob.glob0(tmp, 'nope'))
for text in ['a*b', '[x]', 'what?', 'plain', b'b*[x]?', '**']:
    print(repr(text), repr(glob.escape(text)), glob.has_magic(text))
