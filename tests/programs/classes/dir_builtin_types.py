# dir() of the builtin types, of their instances and of the singletons: whole sorted lists, which
# say which attributes each type has (its own, and object's).

import math
import sys

TYPES = (object, int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset,
         range, slice, property, staticmethod, classmethod, super, enumerate, zip, map, filter,
         reversed, BaseException, Exception, KeyError, ValueError, StopIteration, OSError,
         BlockingIOError)

for t in TYPES:
    print(t.__name__, dir(t))

# type's layout numbers (__basicsize__, __flags__, ...) describe CPython's C structs.
LAYOUT = {'__basicsize__', '__dictoffset__', '__flags__', '__itemsize__', '__weakrefoffset__'}
print('type', [n for n in dir(type) if n not in LAYOUT])
print('memoryview', [n for n in dir(memoryview) if n != 'cast'])

# Instances list what their types list (plus what they hold themselves).
SAMPLES = (object(), 5, 2.5, 1j, True, 'ab', b'ab', bytearray(b'ab'), [1], (1,), {1: 2}, {1},
           frozenset({1}), range(3), slice(1, 2), iter([]), iter(()), iter(''), iter({}),
           {}.keys(), {}.values(), {}.items(), enumerate([]), zip(), reversed((1, 2)))
for x in SAMPLES:
    print(type(x).__name__, dir(x) == dir(type(x)), sorted(set(dir(x)) ^ set(dir(type(x)))))

print(dir(None))
print(dir(NotImplemented))
print(dir(...))
print(dir(type(None)) == dir(None), dir(type(...)) == dir(...))

# Names every type has from object, and names a type has only when it defines them.
for name in ('__lt__', '__le__', '__gt__', '__ge__', '__getstate__', '__reduce__', '__sizeof__',
             '__subclasshook__', '__bool__', '__len__', '__iter__', '__contains__', '__rmod__',
             '__rand__', '__ror__', '__rsub__', '__rxor__', '__getnewargs__', '__getformat__',
             '__setstate__', '__get__', '__notes__', '__class_getitem__', '__prepare__',
             '__abstractmethods__', '__text_signature__', '__delitem__', '__del__'):
    print(name, [t.__name__ for t in TYPES + (type, memoryview) if hasattr(t, name)])

# Per type: the names in its own __dict__ among the dunders above.
for t in (object, str, bytes, bytearray, tuple, set, frozenset, float, zip, reversed, super,
          BaseException, type):
    print(t.__name__, sorted(n for n in vars(t) if n in {
        '__lt__', '__getstate__', '__subclasshook__', '__rmod__',
        '__rand__', '__ror__', '__len__', '__iter__', '__contains__', '__getformat__',
        '__setstate__', '__get__', '__prepare__', '__bool__', '__getnewargs__'}))

# Modules: the public names dir() finds are the module's own.
print([n for n in dir(math) if not n.startswith('_')][:12])
print('pi' in dir(math), 'sqrt' in dir(math), '__name__' in dir(math), '__lt__' in dir(math))
print('argv' in dir(sys), 'path' in dir(sys), 'getsizeof' in dir(sys))


def generator():
    yield 1


g = generator()
print('generator', dir(g))
print('generator type', dir(type(g)) == dir(g))
