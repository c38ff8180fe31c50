import fnmatch, glob, os

pats = ['*.py', 'a?c', '[abc]*', '[!abc]*', '[a-c]x', '[]]', '[!]]', '[z-a]', '[!z-a]', '*a*b*c', 'x[', '[a-]', '[-a]',
        '**', '*.[ch]', 'file[0-9][0-9].txt', '[\\]', 'a&&b', '[a&&b]', '[^x]', '[[a]', '*', '', 'a*', '*a', 'é*ü', '[a-c-e]', '[--0]']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'abc', 'b.txt', 'cx', ']', '!', 'x[', 'a-', '-', 'main.c', 'util.h', 'file07.txt', 'file7.txt',
         '\\', 'a&&b', '&', '^', 'z', 'aXbYc', 'abcabc', '', 'é_ü', 'd', '.hidden', 'a\nb', 'x', '/']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, '*.*'))
print(fnmatch.fnmatch('README.MD', '*.md'), fnmatch.fnmatch('README.md', '*.md'))
print(fnmatch.fnmatchcase(b'abc.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
try:
    fnmatch.fnmatchcase('a', b'a')
except TypeError as e:
    print('TypeError')

base = '/tmp/memphisc_glob_test_%d' % os.getpid()
files = ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/e.txt', 'sub/deep/f.py', 'sub/.hid/g.py',
         'other/h.py', 'q[x]/i.py', 'q[x]/j.txt']
for f in files:
    path = os.path.join(base, f)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as fh:
        fh.write(f)
def show(*args, **kw):
    print(args[0].replace(base, '<base>'), sorted(kw), [p.replace(base, '<base>') for p in sorted(glob.glob(*args, **kw))])
os.chdir(base)
show('*.py')
show('*')
show('*/')
show('*', include_hidden=True)
show('.*')
show('*/*.py')
show('**/*.py')
show('**/*.py', recursive=True)
show('**', recursive=True)
show('**/', recursive=True)
show('sub/**', recursive=True)
show('sub/**/*.py', recursive=True, include_hidden=True)
show('sub/*/')
show('nothere/*.py')
show('a.py')
show('missing.py')
show('sub/')
show('q[x]/*')
show(glob.escape('q[x]') + '/*')
show('?.py')
show('[ab].py')
show('*.py', root_dir=os.path.join(base, 'sub'))
show('**/*.txt', root_dir=base, recursive=True)
show(os.path.join(base, '*.txt'))
show('')
print(sorted(glob.glob(b'*.py')), sorted(glob.glob(b'sub/**/*.py', recursive=True)), glob.escape(b'a[b*'))
print(glob.escape('a*b?c[d]'), glob.has_magic('a[b'), glob.has_magic('abc'))
it = glob.iglob('*.py')
print(type(it).__name__ in ('generator', 'chain', 'list_iterator'), sorted(it))
for f in files:
    os.remove(os.path.join(base, f))
for d in ['sub/deep', 'sub/.hid', 'sub', 'other', 'q[x]', '']:
    os.rmdir(os.path.join(base, d))
print(os.path.exists(base))
