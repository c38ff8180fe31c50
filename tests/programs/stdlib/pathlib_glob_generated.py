# Path.glob / rglob over a generated tree: many patterns, results compared sorted
# (directory listing order is up to the file system) along with their counts.
import os
import tempfile
from pathlib import Path, PurePosixPath


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % bound


NAMES = ['a', 'b', 'ab', 'a.txt', 'b.txt', 'c.py', 'd.py', 'x1', 'x2', '.hidden', 'data.tar.gz']


def make_tree(root, gen, depth):
    for _ in range(2 + gen.next(4)):
        name = NAMES[gen.next(len(NAMES))]
        path = os.path.join(root, name)
        if os.path.exists(path):
            continue
        if depth > 0 and gen.next(3) == 0:
            os.mkdir(path)
            make_tree(path, gen, depth - 1)
        else:
            with open(path, 'w') as f:
                f.write(name)


PATTERNS = ['*', '*.txt', '*.py', 'a', 'a/*', '*/*', '*/', '**', '**/', '**/*.py', '**/a',
            'a/**', 'a/**/*', '*/**/*.txt', 'x?', '[ab]', '[!a]*', '.*', '*.*.*', 'a/b/../a',
            'nope', 'nope/*', '**/**', 'a/', '*/x1', '**/x?', '?/?', 'a.txt/']

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    make_tree(tmp, Lcg(77), 3)
    gen = Lcg(5)
    for sub in ('a', 'b', 'ab'):
        target = os.path.join(tmp, sub)
        if not os.path.exists(target):
            os.mkdir(target)
            make_tree(target, gen, 2)

    def rel(paths):
        return sorted(str(PurePosixPath(p).relative_to(tmp)) for p in paths)

    for pattern in PATTERNS:
        for method in ('glob', 'rglob'):
            try:
                found = list(getattr(base, method)(pattern))
                print(method, repr(pattern), len(found), len(set(found)), rel(found))
            except Exception as e:
                print(method, repr(pattern), type(e).__name__, e)
    for pattern in ['', '/abs', 'a/**b/c', 'x**', '.', './', '**/a**']:
        for method in ('glob', 'rglob'):
            try:
                print(method, repr(pattern), rel(getattr(base, method)(pattern)))
            except Exception as e:
                print(method, repr(pattern), type(e).__name__, e)
    # glob on a file or a missing directory finds nothing
    print(list((base / 'missing').glob('*')), list((base / 'missing').rglob('*')))
    files = [p for p in base.iterdir() if p.is_file()]
    if files:
        print(list(files[0].glob('*')))
    # a lazy generator: the error only shows on iteration
    g = base.glob('a/**x')
    print(type(g).__name__)
    try:
        next(g)
    except Exception as e:
        print(type(e).__name__, e)
    # mkdir / exists / samefile / expanduser
    deep = base / 'm1' / 'm2' / 'm3'
    try:
        deep.mkdir()
    except Exception as e:
        print(type(e).__name__)
    deep.mkdir(parents=True)
    deep.mkdir(parents=True, exist_ok=True)
    try:
        deep.mkdir()
    except Exception as e:
        print(type(e).__name__)
    print(deep.exists(), (deep / 'no').exists())
    print(deep.samefile(str(deep)), deep.samefile(base / 'm1' / 'm2' / 'm3'), deep.samefile(base))
    print(Path('rel/x').expanduser(), Path('/abs/~x').expanduser(), Path('x~').expanduser())
    print(repr(Path('a/b')), repr(PurePosixPath('/')), str(PurePosixPath()), PurePosixPath('a', 'b/c', '/d', 'e'))
    for parts in [('a',), ('/a', 'b'), ('a//b', './c'), ('//x', 'y'), ('///x',), ('',), ('.', '.')]:
        pp = PurePosixPath(*parts)
        print(parts, pp, pp.parts, repr(pp.name), repr(pp.stem), pp.anchor)
    try:
        PurePosixPath(3)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        PurePosixPath(b'x')
    except Exception as e:
        print(type(e).__name__, e)
