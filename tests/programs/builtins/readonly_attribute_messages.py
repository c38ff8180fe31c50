# Stores and deletes refused by builtin objects (no __dict__): a method or class attribute is
# read-only, a computed attribute is not writable, a struct member is a readonly attribute.
# Also object.__new__ of builtin types, the repr of made modules, unicodedata's builtins.
import collections
import functools
import inspect
import types
import unicodedata

OBJECTS = ['abc', [], {}, 7, 2.5, (), b'', set(), frozenset(), bytearray(), range(3), slice(1),
           1j, collections.deque(), object(), memoryview(b'x'), property(), iter([]), None, True,
           len, [].append]
NAMES = ['upper', 'append', 'keys', 'count', 'real', 'imag', 'start', 'hex', 'add', 'union',
         'maxlen', 'obj', 'fget', 'bit_length', 'nope', '__len__', 'copy', 'pop',
         'is_integer', 'conjugate', 'index', 'rotate', 'step', 'tobytes', 'default_factory']
for obj in OBJECTS:
    for name in NAMES:
        for op in ('set', 'del'):
            try:
                if op == 'set':
                    setattr(obj, name, 3)
                else:
                    delattr(obj, name)
                outcome = 'ok'
            except Exception as e:
                outcome = f'{type(e).__name__}: {e}'
            print(type(obj).__name__, name, op, outcome)

for cls in (int, str, list, bool):
    try:
        del cls.x
    except TypeError as e:
        print('TypeError', e)

# object.__new__ makes only what object's own layout can hold.
class MyInt(int):
    pass


class MyErr(ValueError):
    pass


class Plain:
    pass


class Mixed(Plain, list):
    pass


class NewInt(int):
    def __new__(cls, v=0):
        return super().__new__(cls, v)


class NewNewInt(NewInt):
    def __new__(cls):
        return super().__new__(cls, 5)


for t in (int, str, list, dict, tuple, float, bytes, set, frozenset, complex, type, bool, range,
          BaseException, ValueError, object, collections.Counter, MyInt, MyErr, Plain, Mixed,
          NewInt, NewNewInt):
    try:
        made = object.__new__(t)
        print(t.__name__, 'made', type(made).__name__)
    except TypeError as e:
        print(t.__name__, 'TypeError', e)

# Modules made by calling the module type.
m = types.ModuleType('m')
print(repr(m))
m.__file__ = 'place.py'
print(repr(m))
del m.__file__
m.__name__ = 'renamed'
print(repr(m))


class SubModule(types.ModuleType):
    pass


print(repr(SubModule('sub')), repr(types.ModuleType('d', 'doc')), types.ModuleType('d', 'doc').__doc__)

# unicodedata's functions are builtins.
for name in ('category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored',
             'decomposition', 'decimal', 'digit', 'numeric', 'name', 'lookup', 'normalize',
             'is_normalized'):
    f = getattr(unicodedata, name)
    try:
        sig = str(inspect.signature(f))
    except ValueError as e:
        sig = f'ValueError {e}'
    print(name, repr(f), type(f).__name__, f.__module__, f.__qualname__, inspect.isbuiltin(f),
          inspect.isfunction(f), sig)
nfc = functools.partial(unicodedata.normalize, 'NFC')
print(repr(nfc), ascii(nfc('e\u0301')), len(nfc('e\u0301')))


class Holder:
    cat = unicodedata.category


print(Holder().cat('A'), Holder.cat('1'))
for call in (lambda: unicodedata.category(chr='a'), lambda: unicodedata.name(),
             lambda: unicodedata.normalize('NFX', 'a')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
