# getpass.getuser/getpass and linecache over files written to a temporary directory.
import getpass
import io
import linecache
import os
import sys
import tempfile
import time
import warnings

# -- getuser: the first non-empty variable of LOGNAME, USER, LNAME, USERNAME wins
saved = {name: os.environ.get(name) for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME')}
for name in saved:
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'win_user'
print(getpass.getuser())
os.environ['LNAME'] = 'lname_user'
print(getpass.getuser())
os.environ['USER'] = ''
print(getpass.getuser())
os.environ['USER'] = 'plain_user'
print(getpass.getuser())
os.environ['LOGNAME'] = 'log_user'
print(getpass.getuser())
for name in saved:
    os.environ.pop(name, None)
print(type(getpass.getuser()).__name__, len(getpass.getuser()) > 0)
for name, value in saved.items():
    if value is not None:
        os.environ[name] = value

# -- getpass without a terminal: warning, prompt on the stream, line from sys.stdin
print(issubclass(getpass.GetPassWarning, UserWarning), sorted(getpass.__all__))
real_stdin = sys.stdin
for fed, prompt in [('secret\n', 'Password: '), ('no newline', 'PIN? '), ('a\nb\n', ''),
                    ('\n', 'Empty: '), ('', 'Gone: '), ('tab\there\r\n', 42)]:
    sys.stdin = io.StringIO(fed)
    stream = io.StringIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            if prompt == 'Password: ':
                answer = getpass.getpass(stream=stream)
            else:
                answer = getpass.getpass(prompt, stream)
            print('answer', repr(answer))
        except Exception as e:
            print(type(e).__name__, e)
    print('stream', repr(stream.getvalue()), 'left', repr(sys.stdin.read()))
    print([(w.category.__name__, str(w.message)) for w in caught])
sys.stdin = real_stdin

# -- linecache
folder = tempfile.mkdtemp()


def write(name, data, mode='w'):
    path = os.path.join(folder, name)
    with open(path, mode) as handle:
        handle.write(data)
    return path


plain = write('plain.py', 'line one\nline two\n\nline four')
crlf = write('crlf.txt', 'a\r\nb\rc\n', 'w' if False else 'w')
with open(crlf, 'wb') as handle:
    handle.write(b'a\r\nb\rc\nd\x0ce\n')
latin = os.path.join(folder, 'latin.py')
with open(latin, 'wb') as handle:
    handle.write(b'# -*- coding: latin-1 -*-\nname = "caf\xe9"\n')
bom = os.path.join(folder, 'bom.py')
with open(bom, 'wb') as handle:
    handle.write(b'\xef\xbb\xbfx = 1\ny = 2\n')
broken = os.path.join(folder, 'broken.py')
with open(broken, 'wb') as handle:
    handle.write(b'ok\n\xff\xfe bad\n')
unknown = os.path.join(folder, 'unknown.py')
with open(unknown, 'wb') as handle:
    handle.write(b'# coding: no-such-codec\nx\n')
empty = write('empty.txt', '')

for lineno in range(-1, 7):
    print(lineno, repr(linecache.getline(plain, lineno)))
print(linecache.getlines(plain))
print(len(linecache.cache[plain]), linecache.cache[plain][2] is linecache.getlines(plain))
print(linecache.getlines(crlf))
print(linecache.getlines(latin))
print(linecache.getlines(bom))
print(linecache.getlines(broken), broken in linecache.cache)
print(linecache.getlines(unknown))
print(linecache.getlines(empty), empty in linecache.cache)
print(linecache.getlines(os.path.join(folder, 'missing.py')))
print(linecache.getline('<string>', 1), linecache.getlines(''), linecache.getlines('<stdin>'))
print(linecache.getlines('surely_not_a_real_file_name.txt'))

# A changed file keeps its cached lines until checkcache() notices.
write('plain.py', 'replaced\nwith more text\n')
print(linecache.getline(plain, 1))
linecache.checkcache('not cached at all')
linecache.checkcache(plain)
print(plain in linecache.cache, repr(linecache.getline(plain, 1)))
print(linecache.updatecache(plain))
os.remove(plain)
linecache.checkcache()
print(plain in linecache.cache, linecache.getlines(plain))
print(sorted(os.path.basename(name) for name in linecache.cache))
linecache.clearcache()
print(linecache.cache)


# Loader-provided source: registered lazily, fetched on first use.
class Loader:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def get_source(self, name):
        self.calls.append(name)
        return self.text


loader = Loader('first\nsecond\r\nthird')
module_globals = {'__name__': 'fake_module', '__loader__': loader}
print(linecache.lazycache('fake_module.py', module_globals), loader.calls)
print(len(linecache.cache['fake_module.py']))
print(linecache.lazycache('fake_module.py', module_globals))
print(linecache.getlines('fake_module.py'), loader.calls)
entry = linecache.cache['fake_module.py']
print(entry[0], entry[1], entry[3])
print(linecache.lazycache('fake_module.py', module_globals))
linecache.checkcache()
print('fake_module.py' in linecache.cache)
print(linecache.getline('other.py', 2, module_globals), loader.calls)
print(linecache.lazycache('<string>', module_globals), linecache.lazycache('', module_globals))
print(linecache.lazycache('x.py', {}), linecache.lazycache('x.py', None),
      linecache.lazycache('x.py', {'__name__': 'x'}),
      linecache.lazycache('x.py', {'__name__': '', '__loader__': loader}))


class Spec:
    loader = Loader('from spec\n')


print(linecache.lazycache('spec.py', {'__name__': 'm', '__spec__': Spec()}))
print(linecache.getlines('spec.py'))


class NoSource:
    def get_source(self, name):
        return None


class Failing:
    def get_source(self, name):
        raise ImportError('no source for ' + name)


print(linecache.getlines('none.py', {'__name__': 'n', '__loader__': NoSource()}))
print(len(linecache.cache['none.py']))
print(linecache.getlines('fail.py', {'__name__': 'f', '__loader__': Failing()}))
print(linecache.getlines(os.path.join(folder, 'abs_missing.py'),
                         {'__name__': 'a', '__loader__': Loader('abs\n')}))
print(sorted(linecache.__all__))

import shutil
shutil.rmtree(folder)
print(os.path.exists(folder))
