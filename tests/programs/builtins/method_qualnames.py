# __qualname__ and repr of builtin methods read from their classes, including the methods that
# types share (bytes and bytearray, set and frozenset, int and bool), and of methods bound to
# instances.
types_ = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, memoryview, object, type]
for t in types_:
    for name in dir(t):
        try:
            v = getattr(t, name)
        except AttributeError as e:
            print(t.__name__, name, "AttributeError", e)
            continue
        q = getattr(v, '__qualname__', None)
        if callable(v) and isinstance(q, str) and not isinstance(v, type):
            r = repr(v)
            print(t.__name__, name, q, r if ' at 0x' not in r else r[:r.index(' at 0x')])
samples = [3, True, 2.5, 1j, 'abc', b'ab', bytearray(b'ab'), [1], (1,), {1: 2}, {1}, frozenset({1})]
for x in samples:
    for name in ('__add__', '__len__', '__contains__', 'count', 'index', 'copy', 'union', 'bit_length',
                 'hex', 'decode', 'upper', 'append', 'get', 'conjugate'):
        m = getattr(x, name, None)
        if m is not None:
            print(type(x).__name__, name, m.__qualname__, m.__name__)
import functools


@functools.lru_cache(maxsize=8)
def cached(x):
    return x * 2


print([n for n in dir(cached) if not n.startswith('__')])
print(cached(3), cached(3), cached.cache_info())


class MyList(list):
    pass


class Plain:
    pass


for x in (MyList([1]), Plain(), True, 5, 'a'):
    for name in ('__eq__', '__repr__', '__and__', '__add__', 'copy', '__init_subclass__', '__format__', '__sizeof__'):
        m = getattr(x, name, None)
        if m is not None:
            print(type(x).__name__, name, m.__qualname__)
print(MyList.__init_subclass__.__qualname__, Plain.__subclasshook__.__qualname__, int.__new__.__qualname__,
      MyList.__new__.__qualname__, Plain.__new__.__qualname__, bool.__new__.__qualname__)
