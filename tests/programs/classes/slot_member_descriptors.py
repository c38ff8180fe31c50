# The member descriptors __slots__ makes: their descriptor methods and attributes, deleting an
# unset slot, and the bases that take no nonempty __slots__.


class S:
    __slots__ = ('a', 'b', '__hidden')

    def peek(self):
        return self.__hidden


class T(S):
    __slots__ = ('c',)


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (2 ** 31)
        yield state >> 16


def show(obj, names):
    return ' '.join(f'{n}={getattr(obj, n)!r}' if hasattr(obj, n) else f'{n}=-' for n in names)


for cls, names in ((S, ['a', 'b']), (T, ['a', 'b', 'c'])):
    rng = lcg(len(names))
    obj = cls()
    for step in range(30):
        name = names[next(rng) % len(names)]
        owner = next(c for c in cls.__mro__ if name in c.__dict__)
        d = owner.__dict__[name]
        op = next(rng) % 4
        try:
            if op == 0:
                d.__set__(obj, step)
                what = f'set {name}'
            elif op == 1:
                what = f'get {name} -> {d.__get__(obj, cls)!r}'
            elif op == 2:
                d.__delete__(obj)
                what = f'delete {name}'
            else:
                delattr(obj, name)
                what = f'del {name}'
        except AttributeError as e:
            what = f'{name}: {type(e).__name__} {e!r} {e.args}'
        print(cls.__name__, step, what, '|', show(obj, names))

d = S.__dict__['a']
print(d.__get__(None, S) is d, d.__get__(None, T) is d)
print(d.__doc__, d.__name__, d.__qualname__, d.__objclass__.__name__, type(d).__name__, repr(d))
print(repr(S.__dict__['_S__hidden']), S._S__hidden.__name__)
s = S()
S.__dict__['_S__hidden'].__set__(s, 'h')
print(s.peek())
for bad in (3, 'x', T.__dict__['c']):
    for call in (lambda: d.__get__(bad, S), lambda: d.__set__(bad, 1), lambda: d.__delete__(bad)):
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
try:
    d.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    T.__dict__['c'].__get__(S(), S)
except TypeError as e:
    print(type(e).__name__, e)

for attempt in ('a', 'b', 'zz'):
    try:
        delattr(S(), attempt)
    except AttributeError as e:
        print('del', attempt, repr(e))


class B:
    __slots__ = ('x',)


try:
    del B().x
except AttributeError as e:
    print(repr(e), e.args)


class WithDict:
    __slots__ = ('p', '__dict__')


w = WithDict()
w.q = 1
try:
    del w.p
except AttributeError as e:
    print(repr(e))
try:
    del w.r
except AttributeError as e:
    print(repr(e))
del w.q
print(vars(w))

for base in (int, bytes, tuple, type, str, float, list, dict, object):
    for slots in (('x',), 'x', ('__dict__',), ('__weakref__',), (), []):
        try:
            made = type('Sub', (base,), {'__slots__': slots})
            result = 'ok ' + ','.join(sorted(k for k in made.__dict__ if not k.startswith('__')))
        except TypeError as e:
            result = f'{type(e).__name__}: {e}'
        print(base.__name__, repr(slots), result)


class MyInt(int):
    pass


try:
    class Deeper(MyInt):
        __slots__ = ('x',)
except TypeError as e:
    print(e)


class Plain:
    pass


try:
    class Mixed(Plain, tuple):
        __slots__ = ('y',)
except TypeError as e:
    print(e)


class Empty(tuple):
    __slots__ = ()


print(Empty((1, 2)), type(Empty(())).__name__)
