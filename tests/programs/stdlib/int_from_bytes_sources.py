# int.from_bytes with every kind of argument: bytes-likes, __bytes__, iterables of ints, and
# the TypeErrors and ValueErrors CPython gives for anything else.


class HasBytes:
    def __bytes__(self):
        return b'\x01\x02'


class BadBytes:
    def __bytes__(self):
        return bytearray(b'\x01')


class Index:
    def __index__(self):
        return 7


class Text(str):
    pass


def pairs():
    yield 1
    yield 255


for arg in ['ab', '', 5, None, [1, 300], [1, -1], [1, 2], (3, 4), [1.5], [Index()], range(3), pairs(),
            iter([9, 8]), {1: 'a', 2: 'b'}, bytearray(b'\x00\x10'), memoryview(b'\x01\x00'), HasBytes(),
            BadBytes(), Index(), Text('x'), 2.5, True, [True, False], [2 ** 70], [], object(), int,
            [[1]], {5}, frozenset(), b'', b'\xff\xfe', (255,) * 9]:
    for order in ('big', 'little'):
        try:
            print(int.from_bytes(arg, order), int.from_bytes(arg, order, signed=True))
        except Exception as e:
            print(type(e).__name__, e)

# Round trips through to_bytes for generated values, read back from lists and tuples of ints.
state = 99


def draw(limit):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % limit


for trial in range(40):
    width = draw(6) + 1
    value = draw(256 ** width)
    raw = value.to_bytes(width, 'big')
    signed = int.from_bytes(raw, 'big', signed=True)
    print(trial, value == int.from_bytes(list(raw), 'big'), signed == int.from_bytes(tuple(raw), byteorder='big', signed=True),
          int.from_bytes(list(raw), 'little'), int.from_bytes(iter(raw), 'little', signed=True))
for bad in [[256], [0, -1], (1, 2, 999), [2 ** 64]]:
    try:
        print(int.from_bytes(bad, 'little'))
    except Exception as e:
        print(type(e).__name__, e)


class OldSequence:
    def __getitem__(self, i):
        if i < 3:
            return i + 1
        raise IndexError(i)


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return 1


for arg in [OldSequence(), NotIterable()]:
    try:
        print(int.from_bytes(arg, 'big'))
    except Exception as e:
        print(type(e).__name__, e)
