# array: every typecode with generated values (a seeded LCG), byte and list round trips, the
# range errors at each bound, float32 rounding for 'f', and the sequence protocol.
import array
import io
import struct

A = array.array
_state = [20261126]


def lcg():
    _state[0] = (_state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return _state[0]


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


BOUNDS = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}

print(array.typecodes, array.ArrayType is A)
for tc in array.typecodes:
    print(tc, A(tc).itemsize, repr(A(tc)), A(tc).typecode)

# Generated integers per typecode: round trips through bytes, lists and files.
for tc, (lo, hi) in BOUNDS.items():
    span = hi - lo + 1
    values = [lo + lcg() % span for _ in range(40)] + [lo, hi, 0 if lo <= 0 else lo]
    a = A(tc, values)
    raw = a.tobytes()
    b = A(tc)
    b.frombytes(raw)
    assert len(raw) == len(values) * a.itemsize
    print(tc, a == b, b.tolist() == values, bytes(a) == raw, sum(values) % 1000003,
          raw[:8].hex(), len(a))
    c = A(tc)
    c.fromlist(values[:5])
    print(tc, c, c[1], c[-1], c[1:3], c[::-2])
    swapped = A(tc, values)
    swapped.byteswap()
    swapped.byteswap()
    print(tc, 'byteswap twice', swapped == a)
    f = io.BytesIO()
    a.tofile(f)
    f.seek(0)
    d = A(tc)
    d.fromfile(f, len(values))
    print(tc, 'file', d == a)

# Each bound, one past it, and far past it, through the constructor, append and item setting.
for tc, (lo, hi) in BOUNDS.items():
    for v in [lo - 1, hi + 1, lo - 2**40, hi + 2**40, lo - 2**70, hi + 2**70, lo, hi]:
        show('%s %d' % (tc, v), lambda: A(tc, [v]))
        x = A(tc, [0])
        show('  set', lambda: x.__setitem__(0, v))
        show('  append', lambda: x.append(v))
        show('  insert', lambda: x.insert(0, v))

# Wrong types.
class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


for tc in 'bBhHiIlLqQfdu':
    for v in [1.5, '1', None, b'a', 'ab', 1, True, Idx(), Flt()]:
        show('%s %s' % (tc, type(v).__name__), lambda: A(tc, [v]))

# float32 rounding: values built from generated bits, compared with struct's conversion.
for _ in range(60):
    bits = lcg() >> 1
    mant = (bits % (1 << 52)) / (1 << 52)
    exp = (bits >> 52) % 300 - 150
    x = (1 + mant) * 2.0 ** exp * (-1 if bits & 1 else 1)
    stored = A('f', [x])[0]
    expect = struct.unpack('<f', struct.pack('<f', x))[0] if abs(x) < 3.4e38 else None
    print('f', repr(x), repr(stored), stored == expect or expect is None)
for x in [0.1, 1 / 3, 3.4e38, 3.5e38, 1e39, -1e39, float('inf'), 1e-46, 1.4e-45, 16777217.0,
          -0.0, 2**24 + 1, 2**100]:
    show('f %r' % x, lambda: A('f', [x]))
show('d big', lambda: A('d', [2**1024]))
show('f big', lambda: A('f', [10**400]))
show('f nan', lambda: A('f', [float('nan')]).tolist())
print(A('d', A('f', [0.1])), A('f', [0.1]) == A('d', [0.1]))

# Doubles and characters round trip too.
doubles = [((lcg() % 2000001) - 1000000) / 1024 for _ in range(30)]
da = A('d', doubles)
db = A('d')
db.frombytes(da.tobytes())
print('d', da == db, da.tobytes()[:16].hex(), db[3], db.count(db[3]), db.index(db[3]))
text = ''.join(chr(0x20 + lcg() % 0x2000) for _ in range(25)) + '\U0001F600'
ua = A('u', text)
print('u', ua.tounicode() == text, len(ua), ua.tobytes()[:8].hex(), ua[0] == text[0])
ub = A('u')
ub.frombytes(ua.tobytes())
print('u bytes', ub == ua)
ub.fromunicode('xyz')
print(repr(ub[-3:]), str(A('u', 'ab')), A('u'))

# Construction.
show('no args', lambda: A())
show('3 args', lambda: A('i', [1], 2))
show('kw', lambda: A(typecode='i'))
for bad in ['x', 'bb', 1, b'b', '']:
    show('typecode %r' % (bad,), lambda: A(bad))
show('str init', lambda: A('i', 'abc'))
show('u list', lambda: A('u', ['a', 'b']))
show('bytes init', lambda: A('b', b'abc'))
show('bytearray init', lambda: A('b', bytearray(b'\x01\xff')))
show('u from bytes', lambda: A('u', b'ab'))
show('int from bytes', lambda: A('i', b'\x01\x00\x00\x00'))
show('from array', lambda: A('i', A('b', [1, 2])))
show('u from int array', lambda: A('u', A('i', [1])))
show('int from u array', lambda: A('i', A('u', 'a')))
show('range', lambda: A('i', range(3)))
show('generator', lambda: A('i', (x * x for x in range(4))))
show('int', lambda: A('i', 5))
show('None', lambda: A('i', None))

# Indexing and slicing.
a = A('i', [1, 2, 3, 4, 5])
show('get', lambda: (a[0], a[-1], a[1:3], a[::-1], a[::-2], a[10:]))
show('get out', lambda: a[10])
show('get neg out', lambda: a[-6])
show('get str', lambda: a['x'])
show('zero step', lambda: a[1:2:0])


def assigned(key, value):
    b = A('i', [1, 2, 3, 4, 5])
    b[key] = value
    return b


def deleted(key):
    b = A('i', [1, 2, 3, 4, 5])
    del b[key]
    return b


show('slice set', lambda: assigned(slice(1, 3), A('i', [9])))
show('slice set empty', lambda: assigned(slice(1, 3), A('i')))
show('slice set list', lambda: assigned(slice(1, 3), [9]))
show('slice set kind', lambda: assigned(slice(1, 3), A('b', [9])))
show('ext slice', lambda: assigned(slice(None, None, 2), A('i', [7, 8, 9])))
show('ext slice size', lambda: assigned(slice(None, None, 2), A('i', [7, 8])))
show('slice past end', lambda: assigned(slice(7, 9), A('i', [8])))
show('set out', lambda: assigned(10, 1))
show('set str', lambda: assigned(0, 'x'))
show('set key', lambda: assigned('a', 1))
show('del ext', lambda: deleted(slice(None, None, 2)))
show('del -1', lambda: deleted(-1))
show('del out', lambda: deleted(7))
show('del slice', lambda: deleted(slice(1, None)))
x = A('i', [1, 2, 3])
x[1:2] = x
print('self slice', x)

# Operators.
show('+', lambda: a + A('i', [6]))
show('+ kind', lambda: a + A('b', [6]))
show('+ list', lambda: a + [6])
show('*', lambda: (a * 2, 2 * a, a * -1, a * 0))
show('* str', lambda: a * 'a')
show('* float', lambda: a * 2.0)
show('in', lambda: (3 in a, 3.0 in a, 'x' in a, 9 in a))
b = A('i', [1, 2])
b += A('i', [7])
b *= 2
print('inplace', b)
show('+= list', lambda: b.__iadd__([1]))
show('+= kind', lambda: b.__iadd__(A('b', [1])))
x = A('i', [3])
print(x.__iadd__(A('i', [4])) is x, x.__imul__(2) is x, x)

# Comparisons across typecodes, NaN, and against other types.
pairs = [(A('i', [1, 2]), A('i', [1, 2])), (A('i', [1, 2]), A('d', [1.0, 3])),
         (A('i', [1, 2]), A('i', [1])), (A('i', []), A('i', [])), (A('u', 'ab'), A('u', 'b')),
         (A('b', [1, 2]), A('B', [1, 2])), (A('q', [1]), A('Q', [2**64 - 1]))]
for p, q in pairs:
    print(p, q, p == q, p != q, p < q, p <= q, p > q, p >= q)
nan = float('nan')
print(A('d', [nan]) == A('d', [nan]), nan in A('d', [nan]), A('d', [nan]).count(nan))
print(a == [1, 2, 3, 4, 5], A('i', [1]) == 1, A('u', 'ab') == A('i', [1]))

# List-like methods.
show('index', lambda: (a.index(3), a.index(3, 1), a.index(2, 0, 2), A('u', 'ab').index('b')))
show('index miss', lambda: a.index(9))
show('index start', lambda: a.index(3, 3))
show('index str', lambda: a.index('x'))
show('count', lambda: (a.count(1), A('i', [2, 2, 3]).count(2), A('u', 'aba').count('a')))
b = A('i', [1, 2, 3])
show('remove miss', lambda: b.remove(9))
show('remove float', lambda: (A('b', [1]).remove(1.0)))
show('pop out', lambda: b.pop(9))
show('pop empty', lambda: A('i').pop())
show('pop str', lambda: b.pop('a'))
b.insert(100, 4)
b.insert(-100, 0)
b.insert(2, 9)
print('insert', b, b.pop(), b.pop(0), b)
show('extend mixed', lambda: b.extend([5, 'x']))
print('after partial extend', b)
show('extend kind', lambda: b.extend(A('b', [1])))
show('extend int', lambda: b.extend(5))
b.extend(b)
print('self extend', b)
c = A('i', [5])
show('fromlist tuple', lambda: c.fromlist((1, 2)))
show('fromlist bad', lambda: c.fromlist([1, 'x']))
print('fromlist atomic', c)
c.reverse()
print(list(reversed(A('i', [1, 2, 3]))), len(c), c.buffer_info()[1], type(c.buffer_info()))
x = A('i', [1, 2])
it = iter(x)
print(next(it))
x.append(3)
print(list(it), type(it).__name__)

# Bytes.
show('frombytes odd', lambda: A('h').frombytes(b'\x01\x00\x02'))
show('frombytes str', lambda: A('h').frombytes('ab'))
h = A('h', [1, 256])
h.byteswap()
print('byteswap', h, A('h', [1, -2]).tobytes())
dd = A('d', [1.0])
dd.byteswap()
print('byteswap d', dd)
show('tounicode', lambda: A('i', [1]).tounicode())
show('fromunicode i', lambda: A('i').fromunicode('ab'))
show('fromunicode bytes', lambda: A('u').fromunicode(b'x'))
show('u bytes', lambda: (A('u', 'a').tobytes(), A('d', [1.5]).tobytes(), A('Q', [2**64 - 1]).tobytes()))

# Files.
f = io.BytesIO()
A('h', [1, 2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
x = A('h')
show('fromfile 2', lambda: x.fromfile(f, 2))
show('fromfile short', lambda: x.fromfile(f, 2))
print(x)
show('fromfile neg', lambda: x.fromfile(f, -1))
show('fromfile str', lambda: x.fromfile(f, 'a'))
show('fromfile partial item', lambda: A('h').fromfile(io.BytesIO(b'\x01\x00\x02'), 2))
show('fromfile zero', lambda: A('h').fromfile(io.BytesIO(b''), 0))
show('tofile empty', lambda: A('h').tofile(5))

# Copies and subclasses.
import copy
show('copy', lambda: (copy.copy(A('u', 'x')), copy.deepcopy(A('d', [1.5])), A('i', [1]).__copy__()))


class Sub(A):
    pass


s = Sub('i', [1, 2])
print(repr(s), type(s[0:1]).__name__, type(s + s).__name__, type(s * 2).__name__, isinstance(s, A))


class Tagged(A):
    def __new__(cls, tag):
        self = super().__new__(cls, 'd', [1.0])
        self.tag = tag
        return self


print(Tagged('t'), Tagged('t').tag, type(a).__name__, type(a).__module__)

# Read-only attributes.
show('set typecode', lambda: setattr(a, 'typecode', 'b'))
show('set itemsize', lambda: setattr(a, 'itemsize', 2))
show('del typecode', lambda: delattr(a, 'typecode'))
print(a.typecode, a.itemsize)

# Large arrays: conversions in bulk, and float32 rounding of many generated doubles.
big = A('d', [((lcg() % 2000001) - 1000000) / 7 for _ in range(5000)])
raw = big.tobytes()
back = A('d')
back.frombytes(raw)
print('big d', len(raw), back == big, raw[-8:].hex())
singles = A('f', big)
print('big f', len(singles.tobytes()), singles[:4], singles.tobytes()[-8:].hex())
ints = A('q', [lcg() - 2**63 for _ in range(10000)])
print('big q', A('q', ints.tobytes()) == ints, ints.tobytes()[:8].hex(), sum(ints) % 99991)
tiny = A('f', [((lcg() % 2001) - 1000) * 2.0 ** -(140 + lcg() % 20) for _ in range(200)])
print('tiny f', tiny.tobytes().hex()[:96], sum(1 for v in tiny if v == 0))
