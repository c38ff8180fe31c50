# copy/deepcopy of bound methods, functools.partial, exceptions, and the builtin objects that
# pickling (and so copying) refuses.
import copy
import functools
import threading
import types
import io
import hashlib
import collections
import sys
import json
import struct
import csv
import subprocess


def attempt(label, action):
    try:
        result = action()
        print(label, 'ok', result)
    except Exception as e:
        print(label, type(e).__name__, e)


class Button:
    registry = []

    def __init__(self, label):
        self.label = label
        self.on_click = self.default_click
        self.handlers = [self.default_click, self.describe]

    def default_click(self):
        return 'clicked ' + self.label

    def describe(self, suffix='!'):
        return self.label + suffix

    @classmethod
    def build(cls, label):
        return cls(label)


b = Button('ok')
b2 = copy.deepcopy(b)
b2.label = 'copy'
print(b2.on_click(), b.on_click(), b2.handlers[1]('?'), b2.on_click.__self__ is b2)
print(b2.handlers[0].__self__ is b2, b2.on_click.__func__ is Button.default_click)
b3 = copy.copy(b)
b3.label = 'shallow'
print(b3.on_click(), b3.on_click.__self__ is b, b3.handlers is b.handlers)
m = b.describe
for fn in (copy.copy, copy.deepcopy):
    c = fn(m)
    print(fn.__name__, c(), c == m, c is m, type(c).__name__, c.__self__ is b)
cm = Button.build
for fn in (copy.copy, copy.deepcopy):
    c = fn(cm)
    print(fn.__name__, c('x').label, c.__self__ is Button)
print(copy.deepcopy([b.describe, b.describe, b])[2].label)
pair = copy.deepcopy((b, b.describe))
print(pair[1].__self__ is pair[0], pair[0] is not b)
bound_builtin = [1, 2].append
print(copy.copy(bound_builtin) is bound_builtin, copy.deepcopy(bound_builtin) is bound_builtin)
print(copy.deepcopy(len) is len, copy.copy(print) is print)

# functools.partial
p = functools.partial(int, base=2)
print(copy.copy(p)('101'), copy.deepcopy(p)('11'))
q = functools.partial(max, [3, 1], key=abs)
q.note = ['x']
for fn in (copy.copy, copy.deepcopy):
    c = fn(q)
    print(fn.__name__, c(), c.args, c.keywords, c.note, c.note is q.note, c.args[0] is q.args[0],
          c.func is max, type(c).__name__, repr(c) == repr(q))
nested = functools.partial(functools.partial(pow, 2), 5)
print(copy.deepcopy(nested)(), nested.args, copy.copy(nested).func is pow)


class MyPartial(functools.partial):
    pass


mp = MyPartial(divmod, 17)
for fn in (copy.copy, copy.deepcopy):
    c = fn(mp)
    print(fn.__name__, type(c).__name__, c(5))
print(p.__reduce__())
print(q.__reduce__()[0] is functools.partial, q.__reduce__()[1], q.__reduce__()[2][1:])
for field in ('func', 'args', 'keywords'):
    def assign():
        setattr(p, field, (5,))
        return getattr(p, field)

    def remove():
        delattr(p, field)
    attempt('set ' + field, assign)
    attempt('del ' + field, remove)
p.extra = 1
print(p.extra, p.__dict__)
fresh = functools.partial(int)
for state in [1, (1, 2), (len, (), None, None), (1, (), None, None), (len, [1], None, None),
              (len, (), [], None), (len, (1,), {'a': 1}, {'x': 2}), (len, (), None, None)]:
    attempt('setstate %r' % (state,), lambda: (fresh.__setstate__(state), repr(fresh), fresh.__dict__)[1:])

# exceptions rebuild through __init__
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code)
        self.msg = msg


class Full(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code


attempt('myerr copy', lambda: copy.copy(MyErr(5, 'm')))
attempt('myerr deepcopy', lambda: copy.deepcopy(MyErr(5, 'm')))
e = copy.deepcopy(Full(7, ['detail']))
print(type(e).__name__, e.args, e.code)
e2 = copy.copy(ValueError('a', 2))
print(repr(e2))
ke = KeyError('k')
ke.extra = [1]
ke2 = copy.deepcopy(ke)
print(repr(ke2), ke2.extra, ke2.extra is ke.extra)


# objects copying refuses
def gen():
    yield 1


def cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


class Account:
    def __init__(self):
        self.balance = 10
        self.lock = threading.Lock()


class Reentrant:
    def __init__(self):
        self.lock = threading.RLock()


f = open(__file__)
fb = open(__file__, 'rb')
samples = [
    ('generator', gen()), ('genexpr', (x for x in [1])), ('keys', {1: 2}.keys()),
    ('values', {}.values()), ('items', {}.items()), ('proxy', types.MappingProxyType({'a': 1})),
    ('cell', cell()), ('frame', sys._getframe()), ('text file', f), ('binary file', fb),
    ('lock', threading.Lock()), ('rlock', threading.RLock()), ('account', Account()),
    ('reentrant', Reentrant()), ('md5', hashlib.md5(b'x')), ('sha256', hashlib.sha256()),
    ('classmethod', classmethod(len)), ('staticmethod', staticmethod(len)),
    ('memoryview', memoryview(b'ab')), ('module', collections), ('odict keys', collections.OrderedDict(a=1).keys()),
    ('condition', threading.Condition()), ('in list', [1, {}.keys()]),
    ('bytesio', io.BytesIO(b'data')), ('stringio', io.StringIO('text')),
    ('code', gen.__code__), ('deque', collections.deque([1, [2]])),
]
for label, obj in samples:
    for fn in (copy.copy, copy.deepcopy):
        try:
            c = fn(obj)
            print(label, fn.__name__, 'copied', type(c).__name__, c is obj)
        except TypeError as e:
            print(label, fn.__name__, 'TypeError', e)
acct = copy.copy(Account())
print(acct.balance, type(acct.lock).__name__)
print(copy.copy(io.StringIO('abc')).getvalue(), copy.deepcopy(io.BytesIO(b'xyz')).read())
f.close()
fb.close()


# builtin exceptions keep what their constructors take
def exceptions():
    out = [OSError(2, 'nope', 'f.txt'), FileNotFoundError(2, 'missing', 'a', None, 'b'),
           KeyError('k'), StopIteration(5), SystemExit(3),
           UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'),
           SyntaxError('msg', ('f', 1, 2, 'x', 1, 3)), ValueError(),
           ImportError('m', name='mod', path='p'),
           subprocess.CalledProcessError(1, ['ls'], b'out')]
    try:
        json.loads('{')
    except json.JSONDecodeError as e:
        out.append(e)
    try:
        {}['z']
    except KeyError as e:
        out.append(e)
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.note = 1
        out.append(e)
    return out


for exc in exceptions():
    for fn in (copy.copy, copy.deepcopy):
        try:
            c = fn(exc)
            print(fn.__name__, type(c).__name__, repr(c), str(c),
                  [getattr(c, attr, '-') for attr in ('filename', 'filename2', 'value', 'code',
                                                      'name', 'path', 'pos', 'note', 'lineno')])
        except Exception as e:
            print(fn.__name__, 'error', type(e).__name__, e)

for label, obj in [('struct', struct.Struct('i')), ('csv reader', csv.reader([])),
                   ('csv writer', csv.writer(io.StringIO())), ('shake', hashlib.shake_128())]:
    attempt(label, lambda: copy.copy(obj))
