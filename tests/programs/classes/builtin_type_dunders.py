# Special methods of the builtin types that dir() lists: what calling them gives, and the truth
# value of containers, which comes from their length (they have no __bool__).

import abc


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# __rmod__ formats the left operand when it is a format of the same kind.
print('%s!'.__rmod__(5), str.__rmod__('x', '<%s>'), 'a'.__rmod__('%r'))
print(b'x'.__rmod__(b'[%s]'), bytearray(b'y').__rmod__(bytearray(b'(%s)')), b'z'.__rmod__(bytearray(b'%s')))


class Fmt(str):
    pass


print('<%s>' % Fmt('sub'), type('<%s>' % Fmt('sub')).__name__)
attempt('5 % str', lambda: 5 % 'x')
attempt('list % str', lambda: [1] % 'x')

# Sets: the reflected operators, the result of the left operand's kind.
s, f = {1, 2, 3}, frozenset({2, 3, 4})
for name in ('__ror__', '__rand__', '__rsub__', '__rxor__'):
    r1 = getattr(s, name)(f)
    r2 = getattr(f, name)(s)
    print(name, sorted(r1), type(r1).__name__, sorted(r2), type(r2).__name__, getattr(s, name)([1]))


class MySet(set):
    pass


print(sorted({1} | MySet({2})), type({1} | MySet({2})).__name__, type(MySet({2}) | {1}).__name__)

# Tuples answer len, iter and in with their own methods.
t = (1, 'a', None, 2.5)
print(t.__len__(), list(t.__iter__()), t.__contains__('a'), t.__contains__('b'))
print(tuple.__len__((1, 2)), tuple.__contains__((1, 2), 2), type(tuple.__iter__(())).__name__)
attempt('tuple.__len__ of a list', lambda: tuple.__len__([1]))

# float.__getformat__ is a classmethod of float only.
print(float.__getformat__('double'), float.__getformat__('float'), (2.5).__getformat__('double'))
attempt('bad kind', lambda: float.__getformat__('half'))
attempt('not a str', lambda: float.__getformat__(1))
print(hasattr(int, '__getformat__'), hasattr(1, '__getformat__'), hasattr(True, '__getformat__'))

# Truth values: by length; subclasses may define __bool__ or __len__.
for value in ('', 'a', b'', b'a', bytearray(), bytearray(b'a'), [], [0], (), (0,), {}, {0: 0},
              set(), {0}, frozenset(), frozenset({0}), range(0), range(1), {}.keys(), {1: 2}.values(),
              {1: 2}.items(), memoryview(b''), memoryview(b'a')):
    print(repr(value)[:20] if not isinstance(value, memoryview) else 'memoryview', bool(value),
          'yes' if value else 'no', not value, hasattr(value, '__bool__'))


class Empty(dict):
    def __len__(self):
        return 0


class Truthy(list):
    def __bool__(self):
        return True


print(bool(Empty(a=1)), bool(Truthy()), bool(Empty()), bool(Truthy([1])))

# zip and reversed take pickle's state.
z = zip([1, 2, 3], 'ab')
z.__setstate__(True)
attempt('strict zip', lambda: list(z))
z = zip([1], [2, 3])
z.__setstate__(0)
print(list(z))
for index in (0, 1, 2, 5, -1, -9):
    r = reversed((10, 20, 30))
    r.__setstate__(index)
    print(index, list(r))

# type: __prepare__ makes the namespace; __abstractmethods__ is a class's own; type[...] works.
print(type.__prepare__('X', ()), type.__prepare__('X', (int,), flag=1), int.__prepare__('Y', ()))


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {'from_prepare': name.lower()}


class Made(metaclass=Meta):
    pass


print(Made.from_prepare)
attempt('type.__abstractmethods__', lambda: type.__abstractmethods__)
attempt('int.__abstractmethods__', lambda: int.__abstractmethods__)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Square().area())
attempt('Shape()', lambda: Shape())
print('__abstractmethods__' in dir(Shape), '__abstractmethods__' in dir(int), hasattr(Shape, '__abstractmethods__'))
print(object.__text_signature__, list.__text_signature__, int.__text_signature__, Square.__text_signature__)
print(type[int], type[int] == type[int], hasattr(type, '__class_getitem__'))


class MetaSub(type):
    pass


attempt('MetaSub[int]', lambda: MetaSub[int])

# memoryview: one dimension of bytes, contiguous unless sliced with a step.
m = memoryview(b'abcdef')
for view in (m, m[1:4], m[::2], m[::-1], m[:0], m[2:3]):
    print(view.tobytes(), view.strides, view.suboffsets, view.c_contiguous, view.f_contiguous,
          view.contiguous, view.readonly)
w = memoryview(bytearray(b'xyz'))
ro = w.toreadonly()
print(w.readonly, ro.readonly, ro.tobytes(), ro[1:].readonly, memoryview(ro).readonly)
attempt('store through readonly', lambda: ro.__setitem__(0, 65))
attempt('del item', lambda: w.__delitem__(0))
attempt('del item of bytes', lambda: m.__delitem__(0))
w[0] = 65
print(ro.tobytes())

# OSError.characters_written: set by BlockingIOError's third argument or by a store.
e = BlockingIOError(1, 'x', 3)
print(e.characters_written, e.filename, e.args, str(e))
e = BlockingIOError(1, 'x')
attempt('unset', lambda: e.characters_written)
e.characters_written = 2
print(e.characters_written)
attempt('set str', lambda: setattr(e, 'characters_written', 'x'))
print(OSError(1, 'x', None).args, str(OSError(1, 'x', None)), OSError(2, 'y', 'f').args, str(OSError(2, 'y', 'f')))
print(OSError(2, 'y', 'f', None, 'g').args, str(OSError(2, 'y', 'f', None, 'g')))
print(type(OSError(11, 'again', 5)).__name__, OSError(11, 'again', 5).characters_written, OSError(11, 'again', 5).args)
print(BlockingIOError(1, 'x', 'name').filename, FileNotFoundError(2, 'n', 7).filename)
attempt('plain', lambda: OSError().characters_written)
print(hasattr(OSError(), 'characters_written'), hasattr(BlockingIOError(1, 'a', 0), 'characters_written'))
