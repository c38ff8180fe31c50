# The names Python sees for builtins written in TypeScript: the output's runtime is minified, so
# none of these may come from the JS spelling of the function.
import sys

for f in (sys.exit, sys.exc_info, sys.exception, sys.getrecursionlimit, sys.setrecursionlimit,
          sys.intern, sys.getdefaultencoding, sys.getfilesystemencoding, sys.getsizeof):
    print(f.__name__, f.__qualname__, repr(f))

for f in (int.from_bytes, dict.fromkeys, bytes.fromhex, bytearray.fromhex, float.fromhex,
          str.maketrans, bytes.maketrans, type.__new__, object.__new__, int.__new__):
    print(f.__name__)

for f in (print, len, max, min, abs, sorted, iter, next, repr, format, getattr, isinstance, sum,
          any, all, divmod, pow, round, chr, ord, hash, id,
          callable, setattr, hasattr, delattr, vars, dir, globals, locals, input, open, ascii):
    print(f.__name__, repr(f))

for f in ('a'.upper, [].append, {}.get, (1,).count, b''.decode, {1}.add, (1).bit_length, 1.5.hex,
          str.join, list.sort, dict.setdefault):
    print(f.__name__)

for cls in (int, str, list, dict, tuple, set, frozenset, bytes, bytearray, range, slice, object,
            type, bool, float, memoryview, property, staticmethod, classmethod, super,
            ValueError, KeyError, StopIteration, OSError, UnicodeDecodeError):
    print(cls.__name__, cls.__qualname__, repr(cls))
