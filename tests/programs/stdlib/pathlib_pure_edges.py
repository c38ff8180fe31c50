# PurePosixPath at its edges: parents with negative indexes and slices, relative_to and its
# error, match with absolute and relative patterns, suffix changes and their errors, hashing.
from pathlib import PurePath, PurePosixPath, Path

p = PurePosixPath('/usr/local/lib/python3.11/site.py')
print(len(p.parents), list(p.parents), p.parents[-1], p.parents[-2], p.parents[1:4], p.parents[::-2])
print(repr(p.parents), PurePosixPath('a/b').parents[-1], list(PurePosixPath('.').parents), len(PurePosixPath('/').parents))
for bad in (5, -6, 100):
    try:
        p.parents[bad]
    except IndexError as e:
        print('IndexError', e)
print(p.relative_to('/usr'), p.relative_to('/'), p.relative_to('/usr', 'local'), PurePosixPath('a/b').relative_to('a'))
for args in [('/etc',), ('usr',), ('/usr/local/lib/python3.11/site.py/x',)]:
    try:
        p.relative_to(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    PurePosixPath('a/b').relative_to('/a')
except ValueError as e:
    print('ValueError', e)
try:
    p.relative_to()
except TypeError as e:
    print('TypeError', e)
print(p.is_relative_to('/usr/local'), p.is_relative_to('/opt'), PurePosixPath('x').is_relative_to(''))
for pattern in ['*.py', 'site.py', 'lib/*/*.py', '/usr/*/*/*/*.py', '/usr/*.py', 'python3.11/*', '**/*.py', 'SITE.PY']:
    print(pattern, p.match(pattern))
try:
    p.match('')
except ValueError as e:
    print('ValueError', e)
for suffix in ['.txt', '', '.tar.gz']:
    print(p.with_suffix(suffix), PurePosixPath('archive.tar.gz').with_suffix(suffix), PurePosixPath('.bashrc').with_suffix(suffix))
for bad in ['txt', '.', 'a/b', './x']:
    try:
        p.with_suffix(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    PurePosixPath('/').with_suffix('.x')
except ValueError as e:
    print('ValueError', e)
print(p.parent, PurePosixPath('/').parent, PurePosixPath('a').parent, PurePosixPath('.').parent)
print('/etc' / PurePosixPath('x'), PurePosixPath('a') / 'b' / PurePosixPath('/c'), hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b/')))
print(PurePath('x') / 'y', PurePosixPath('a').__truediv__(5), PurePosixPath('a').__rtruediv__(5))
print(sorted({PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')}))
