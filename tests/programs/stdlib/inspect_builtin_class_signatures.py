# inspect.signature of builtin classes (from the __text_signature__ CPython documents, or the
# ValueError it raises without one), of subclasses that add no constructor, and of builtin
# functions and methods.
import inspect


def show(label, obj):
    try:
        s = str(inspect.signature(obj))
    except Exception as e:
        s = f'{type(e).__name__} {e}'
    print(label, s)


CLASSES = [bool, bytearray, bytes, complex, dict, enumerate, filter, float, frozenset, int, list,
           map, memoryview, object, property, range, reversed, set, slice, str, super, tuple,
           type, zip]
for cls in CLASSES:
    show(cls.__name__, cls)
    print(' text', repr(cls.__text_signature__))

# A subclass without its own __new__/__init__ is called as its nearest documented base is.
for base in CLASSES:
    if base in (bool, memoryview, range, slice, type):
        continue
    sub = type('Sub' + base.__name__.title(), (base,), {})
    show(sub.__name__, sub)


class Deeper(enumerate):
    pass


class Deepest(Deeper):
    pass


class WithInit(complex):
    def __init__(self, re=0, im=0, *, tag=None):
        pass


class WithNew(float):
    def __new__(cls, value, unit='m'):
        return super().__new__(cls, value)


for cls in (Deeper, Deepest, WithInit, WithNew):
    show(cls.__name__, cls)

FUNCTIONS = [abs, all, any, ascii, bin, callable, chr, delattr, divmod, format, getattr,
             globals, hasattr, hash, hex, id, isinstance, issubclass, iter, len, locals, max,
             min, next, oct, ord, pow, print, repr, round, setattr, sorted, sum, vars, dir,
             input, open]
for func in FUNCTIONS:
    show(func.__name__, func)

METHODS = [str.upper, str.split, str.join, str.replace, list.append, list.sort, list.index,
           dict.get, dict.pop, dict.fromkeys, dict.update, int.from_bytes, int.to_bytes,
           bytes.hex, set.add, tuple.count, float.fromhex, 'abc'.center, [].insert, {}.setdefault]
for method in METHODS:
    show(getattr(method, '__qualname__', method.__name__), method)

# The parameters as objects, for a few of them.
for obj in (enumerate, complex, property, float, list):
    params = inspect.signature(obj).parameters
    print(obj.__name__, [(p.name, p.kind.name, p.default) for p in params.values()])
print(inspect.signature(enumerate).bind([1, 2], start=3).arguments)
try:
    inspect.signature(reversed).bind(seq=[1])
except TypeError as e:
    print('TypeError', e)
