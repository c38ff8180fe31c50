import os
import os.path
from os.path import join, splitext

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep)
print(isinstance(os.getpid(), int), os.getcwd() == os.path.abspath('.'))
os.environ['MEMPHIS_TEST_VAR'] = 'hello'
print(os.environ['MEMPHIS_TEST_VAR'], os.environ.get('MEMPHIS_NOPE'), os.getenv('MEMPHIS_NOPE', 'dflt'))
print(os.getenv('MEMPHIS_TEST_VAR'), 'MEMPHIS_TEST_VAR' in os.environ, 'PATH' in os.environ)
print(join('a', 'b', 'c.txt'), join('/x', '/abs', 'y'), join('a/', 'b'), join('', 'z'))
print(splitext('archive.tar.gz'), splitext('.bashrc'), splitext('noext'), splitext('a.b/c'))
print(os.path.split('/usr/lib/python'), os.path.split('file'), os.path.split('/'), os.path.split('a/b/'))
print(os.path.basename('/a/b/c.py'), os.path.dirname('/a/b/c.py'), os.path.basename('dir/'),
      os.path.dirname('c.py'))
print(os.path.normpath('a//b/./c/../d'), os.path.normpath('/../x'), os.path.normpath(''),
      os.path.normpath('../../a'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.relpath('/a/b/c', '/a/x'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']))
base = 'os_basics_tmp_dir'
if os.path.exists(base):
    for name in os.listdir(base):
        os.remove(join(base, name))
    os.rmdir(base)
print(os.path.exists(base), os.path.isdir(base))
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
path = join(base, 'data.txt')
with open(path, 'w') as f:
    f.write('12345')
print(os.path.isfile(path), os.path.getsize(path), os.listdir(base), os.stat(path).st_size)
os.makedirs(join(base, 'sub', 'deeper'))
os.makedirs(join(base, 'sub', 'deeper'), exist_ok=True)
print(sorted(os.listdir(base)))
try:
    os.makedirs(join(base, 'sub'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename)
try:
    os.mkdir(base)
except OSError as e:
    print(type(e).__name__, e)
os.rename(path, join(base, 'renamed.txt'))
print(sorted(os.listdir(base)))
for dirpath, dirnames, filenames in os.walk(base):
    dirnames.sort()
    print(dirpath, dirnames, sorted(filenames))
os.remove(join(base, 'renamed.txt'))
os.rmdir(join(base, 'sub', 'deeper'))
os.rmdir(join(base, 'sub'))
os.rmdir(base)
print(os.path.exists(base))
try:
    os.remove('definitely_not_here.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
    print(e)
try:
    os.listdir('no_such_dir_here')
except OSError as e:
    print(type(e).__name__, e)
print(os.path.exists('no_such_file'), os.path.isfile('no_such_file'), os.path.isdir('.'))
print(os.path.expanduser('~') == os.environ.get('HOME', os.path.expanduser('~')))
print(len(os.urandom(8)), type(os.urandom(2)).__name__, os.fspath('p'))
try:
    os.path.join('a', 5)
except TypeError as e:
    print('TypeError', e)
