# Every builtin and method that takes text is called with instances of str subclasses (a plain
# subclass, a StrEnum member, a subclass overriding __str__) where a str goes; CPython reads their
# characters, so each call must print what the same call with a plain str prints.
import array
import binascii
import codecs
import collections
import datetime
import enum
import functools
import hashlib
import io
import json
import operator
import os
import re
import string
import struct
import sys
import time
import types
import unicodedata


class Text(str):
    pass


class Loud(str):
    def __str__(self):
        return 'LOUD'


class Order(enum.StrEnum):
    BIG = 'big'
    LITTLE = 'little'


KINDS = (str, Text, Loud)


def show(label, make):
    try:
        result = make()
        print(label, '->', repr(result), type(result).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


def each_kind(label, call):
    # The same call with the text given as a plain str and as each subclass instance.
    for kind in KINDS:
        show(f'{label}[{kind.__name__}]', lambda: call(kind))


# Numbers from text and to text.
each_kind('float.fromhex', lambda k: float.fromhex(k('0x1.8p1')))
each_kind('float.fromhex bad', lambda k: float.fromhex(k('0xg')))
each_kind('float.__getformat__', lambda k: float.__getformat__(k('double')))
each_kind('float()', lambda k: float(k(' 2.5 ')))
each_kind('int() base', lambda k: int(k('ff'), 16))
each_kind('int()', lambda k: int(k('-12')))
each_kind('complex()', lambda k: complex(k('1+2j')))
each_kind('complex() second', lambda k: complex(1, k('2')))
for order in ('big', 'little', 'middle'):
    each_kind(f'to_bytes {order}', lambda k: (258).to_bytes(2, k(order)))
    each_kind(f'to_bytes kw {order}', lambda k: (258).to_bytes(2, byteorder=k(order)))
    each_kind(f'from_bytes {order}', lambda k: int.from_bytes(b'\x01\x02', k(order)))
show('to_bytes enum', lambda: (258).to_bytes(2, Order.LITTLE))
show('from_bytes enum', lambda: int.from_bytes(b'\x01\x02', byteorder=Order.BIG))

# format() and f-strings with a subclass spec.
SPECS = ('', '>8', 'x', '.2f', '^6', '+d', ',', '08.3e', '%')
VALUES = (255, -3.25, 'ab', 2 + 1j, True, None, datetime.date(2020, 1, 2))
for value in VALUES:
    for spec in SPECS:
        each_kind(f'format({value!r}, {spec!r})', lambda k: format(value, k(spec)))
        each_kind(f'fstring({value!r}, {spec!r})', lambda k: f'{value:{k(spec)}}')
each_kind('object.__format__', lambda k: object.__format__(1, k('')))
each_kind('object.__format__ spec', lambda k: object.__format__(1, k('x')))
each_kind('int.__format__', lambda k: (7).__format__(k('03')))
each_kind('float.__format__', lambda k: (7.5).__format__(k('.3f')))
each_kind('complex.__format__', lambda k: (1j).__format__(k('>6')))
each_kind('str.format spec', lambda k: '{0:{1}}'.format(3, k('>4')))


class Spec:
    def __format__(self, spec):
        return f'{type(spec).__name__}:{spec}'


each_kind('__format__ receives', lambda k: format(Spec(), k('abc')))

# str methods and the str type.
each_kind('maketrans dict', lambda k: str.maketrans({k('a'): 'b', 98: k('c')}))
each_kind('maketrans 2', lambda k: str.maketrans(k('ab'), k('cd')))
each_kind('maketrans 3', lambda k: str.maketrans(k('ab'), k('cd'), k('x')))
each_kind('maketrans long key', lambda k: str.maketrans({k('ab'): 'x'}))
each_kind('translate', lambda k: 'abc'.translate({97: k('z'), 98: None}))
each_kind('translate table', lambda k: 'abc'.translate(str.maketrans(k('ab'), k('xy'))))
ARGS = ('a', ',', 'b', 'xy')
METHODS = (
    ('split', lambda s, a: s.split(a)), ('rsplit', lambda s, a: s.rsplit(a, 1)),
    ('partition', lambda s, a: s.partition(a)), ('rpartition', lambda s, a: s.rpartition(a)),
    ('find', lambda s, a: s.find(a)), ('rfind', lambda s, a: s.rfind(a)),
    ('index', lambda s, a: s.index(a)), ('count', lambda s, a: s.count(a)),
    ('startswith', lambda s, a: s.startswith(a)), ('endswith', lambda s, a: s.endswith((a, 'q'))),
    ('strip', lambda s, a: s.strip(a)), ('lstrip', lambda s, a: s.lstrip(a)),
    ('rstrip', lambda s, a: s.rstrip(a)), ('replace', lambda s, a: s.replace(a, '-')),
    ('replace new', lambda s, a: s.replace('a', a)), ('join', lambda s, a: a.join([s, s])),
    ('removeprefix', lambda s, a: s.removeprefix(a)), ('removesuffix', lambda s, a: s.removesuffix(a)),
    ('center', lambda s, a: s.center(9, a[0])), ('ljust', lambda s, a: s.ljust(9, a[0])),
    ('in', lambda s, a: a in s), ('add', lambda s, a: s + a), ('eq', lambda s, a: s == a),
    ('lt', lambda s, a: s < a), ('mod', lambda s, a: '%s|%r' % (a, a)),
    ('encode', lambda s, a: s.encode(type(a)('utf-16-le'))),
)
for name, method in METHODS:
    for arg in ARGS:
        each_kind(f'str.{name}({arg!r})', lambda k: method('a,b,xya', k(arg)))

# Attribute names, class creation, keyword names.
each_kind('getattr', lambda k: getattr(3, k('real')))
each_kind('getattr default', lambda k: getattr(3, k('nope'), 'dflt'))
each_kind('hasattr', lambda k: hasattr(int, k('bit_length')))
each_kind('object.__getattribute__', lambda k: object.__getattribute__(3, k('imag')))
each_kind('object.__getattribute__ str', lambda k: object.__getattribute__('ab', k('upper'))())
each_kind('type()', lambda k: type(k('Made'), (), {k('x'): 1}).x)
each_kind('type() name', lambda k: type(k('Made'), (), {}).__name__ + '')


def keywords(**kw):
    return sorted(kw.items())


each_kind('**kwargs', lambda k: keywords(**{k('a'): 1}))
each_kind('functools.partial', lambda k: functools.partial(keywords, **{k('b'): 2})())


def renamed(k):
    def f():
        pass
    f.__name__ = k('g')
    f.__qualname__ = k('h.g')

    class C:
        __slots__ = (k('slot'),)
    C.__name__ = k('D')
    c = C()
    c.slot = 5
    return f.__name__, f.__qualname__, C.__name__, c.slot


each_kind('names and slots', renamed)
each_kind('__import__', lambda k: __import__(k('math')).floor(2.5))
each_kind('sys.intern', lambda k: sys.intern(k('abc')))

# Bytes and codecs.
each_kind('bytes(text, enc)', lambda k: bytes(k('é'), k('utf-8')))
each_kind('bytearray(text, enc, err)', lambda k: bytearray(k('é'), k('ascii'), k('replace')))
each_kind('bytes.decode', lambda k: b'\xe9'.decode(k('latin-1'), k('strict')))
each_kind('bytes.fromhex', lambda k: bytes.fromhex(k('0a ff')))
each_kind('bytearray.fromhex', lambda k: bytearray.fromhex(k('0a')))
each_kind('bytes.hex sep', lambda k: b'\x01\x02'.hex(k(':')))
each_kind('memoryview.cast', lambda k: memoryview(b'\x01\x00\x02\x00').cast(k('H')).tolist())
each_kind('codecs.lookup', lambda k: codecs.lookup(k('UTF8')).name)
each_kind('codecs.encode', lambda k: codecs.encode(k('abc'), k('rot13')))
each_kind('codecs.decode', lambda k: codecs.decode(b'6869', k('hex')))
each_kind('register_error', lambda k: codecs.register_error(k('sub_question'), lambda e: (k('?'), e.end)))
each_kind('encode with handler', lambda k: 'hé'.encode('ascii', k('sub_question')))
each_kind('decode with handler', lambda k: b'h\xff'.decode('ascii', k('sub_question')))
each_kind('struct.pack', lambda k: struct.pack(k('>hB'), 1, 2))
each_kind('struct.calcsize', lambda k: struct.calcsize(k('<iq')))
each_kind('array', lambda k: array.array(k('h'), [1, 2]).tolist())
each_kind('binascii.unhexlify', lambda k: binascii.unhexlify(k('6869')))
each_kind('hashlib.new', lambda k: hashlib.new(k('sha1'), b'x').hexdigest()[:12])
each_kind('pbkdf2_hmac', lambda k: hashlib.pbkdf2_hmac(k('sha256'), b'pw', b'salt', 2).hex()[:12])

# Text I/O, the os module, time.
each_kind('StringIO newline', lambda k: io.StringIO('a\r\nb', newline=k('')).read())
each_kind('TextIOWrapper', lambda k: io.TextIOWrapper(io.BytesIO(b'a\r\nb'), encoding=k('utf-8'), newline=k('')).read())
each_kind('print sep end', lambda k: print('x', 'y', sep=k('+'), end=k(';\n')))
each_kind('os.path.join', lambda k: os.path.join(k('a'), k('b')))
each_kind('os.path.splitext', lambda k: os.path.splitext(k('a/b.txt')))
each_kind('os.fspath', lambda k: type(os.fspath(k('p'))).__name__)


class PathLike:
    def __init__(self, text):
        self.text = text

    def __fspath__(self):
        return self.text


each_kind('os.fspath __fspath__', lambda k: type(os.fspath(PathLike(k('p')))).__name__)
each_kind('os.path.basename __fspath__', lambda k: os.path.basename(PathLike(k('a/p'))))
each_kind('os.environ', lambda k: (os.environ.__setitem__(k('SUBCLASS_ENV'), k('v')), type(os.environ['SUBCLASS_ENV']).__name__))
each_kind('os.getenv', lambda k: os.getenv(k('SUBCLASS_ENV_MISSING'), 'dflt'))
each_kind('time.strftime', lambda k: time.strftime(k('%Y-%j'), time.gmtime(86400 * 40)))
each_kind('time.strptime', lambda k: time.strptime(k('2001 7'), k('%Y %m'))[:2])
each_kind('datetime.strftime', lambda k: datetime.date(2020, 3, 4).strftime(k('%d/%m')))
each_kind('datetime.strptime', lambda k: datetime.datetime.strptime(k('5'), k('%H')).hour)

# Other modules.
each_kind('re.sub', lambda k: re.sub(k('a+'), k('<\\g<0>>'), k('baab')))
each_kind('re.split', lambda k: re.compile(k(',')).split(k('a,b')))
each_kind('json.loads', lambda k: json.loads(k('{"a": [1, "x"]}')))
each_kind('json.dumps', lambda k: json.dumps({k('k'): k('v')}, separators=(k(','), k(':'))))
each_kind('unicodedata.name', lambda k: unicodedata.name(k('é')))
each_kind('unicodedata.normalize', lambda k: unicodedata.normalize(k('NFD'), k('é')))
each_kind('string.Template', lambda k: string.Template(k('$a!')).substitute({k('a'): 1}))
each_kind('operator.attrgetter', lambda k: operator.attrgetter(k('real'))(4))
each_kind('operator.methodcaller', lambda k: operator.methodcaller(k('upper'))('q'))
each_kind('namedtuple', lambda k: collections.namedtuple(k('P'), k('x y'))(1, 2))
each_kind('SimpleNamespace', lambda k: types.SimpleNamespace(**{k('a'): 1}))
each_kind('StrEnum lookup', lambda k: Order(k('big')))


class Keys(collections.abc.Mapping):
    # A mapping that is no dict: ** reads it through keys() and __getitem__.
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        return self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


each_kind('** mapping', lambda k: keywords(**Keys({k('m'): 1})))
each_kind('os.confstr', lambda k: os.confstr(k('CS_PATH')) == os.confstr('CS_PATH'))
each_kind('codecs.lookup name', lambda k: codecs.lookup(k('latin_1')).name)
