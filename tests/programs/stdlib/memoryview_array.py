# memoryview over array.array: the view shares the array's memory, in both directions.
from array import array

# The sequence chapter's example: change one byte of a 16-bit item through a byte view.
numbers = array('h', [-2, -1, 0, 1, 2])
memv = memoryview(numbers)
print(len(memv), memv[0])
memv_oct = memv.cast('B')
print(memv_oct.tolist())
memv_oct[5] = 4
print(numbers)
print(memv.format, memv.itemsize, memv.nbytes, memv.readonly, memv.shape, memv.strides,
      memv.ndim, memv.contiguous, memv.c_contiguous, memv.obj is numbers)
print(memv_oct.format, memv_oct.itemsize, memv_oct.nbytes, memv_oct.shape)

# A 2x3 view of six bytes, and a view of it as rows.
octets = array('B', range(6))
m1 = memoryview(octets)
print(m1.tolist())
m2 = m1.cast('B', [2, 3])
print(m2.tolist(), m2.shape, m2.strides, m2.ndim)
m3 = m1.cast('B', [3, 2])
print(m3.tolist())
m2[1, 1] = 22
m3[1, 1] = 33
print(octets)

# Every numeric typecode: the view's format and size, writes both ways.
state = 2024


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state % n


RANGES = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'l': (-2 ** 63, 2 ** 63 - 1),
          'L': (0, 2 ** 64 - 1), 'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}
for code in 'bBhHiIlLqQfd':
    if code in 'fd':
        values = [rnd(1000) / 8 - 60 for _ in range(5)]
    else:
        lo, hi = RANGES[code]
        values = [lo + rnd(hi - lo + 1) if hi < 2 ** 31 else lo + rnd(1 << 30) * (hi - lo) // (1 << 30)
                  for _ in range(5)]
    a = array(code, values)
    m = memoryview(a)
    print(code, m.format, m.itemsize, m.nbytes, len(m), m.tolist() == a.tolist())
    at = rnd(5)
    m[at] = values[0]
    a[(at + 1) % 5] = values[1]
    print(code, m.tolist() == a.tolist(), bytes(m) == a.tobytes(), m.tobytes() == a.tobytes())
    raw = m.cast('B')
    raw[0] = raw[0] ^ 1
    print(code, a[0] == m[0], a.tolist() == m.tolist())
    print(code, m[1:3].tolist() == a[1:3].tolist(), m[::-1].tolist() == a[::-1].tolist())

# Array changes seen by an existing view, and view changes seen by the array.
a = array('i', [1, 2, 3, 4])
m = memoryview(a)
a[0] = 10
a[1:3] = array('i', [20, 30])
a.reverse()
print(m.tolist(), a)
m[0] = -1
m[1:3] = array('i', [7, 8])
print(a, list(a), sum(a), a.count(7), a.index(8), 7 in a, a[-1], a[1:].tolist())
print(a == array('i', [-1, 7, 8, 10]), m == array('i', [-1, 7, 8, 10]), m == a)
a *= 1
a.byteswap()
print(m.tolist())
a.byteswap()
print(m.hex(), bytearray(m.cast('B'))[:4], m.toreadonly().tolist(), m.toreadonly().readonly)
it = iter(a)
m[2] = 99
print(list(it))
for bad in [lambda: m.__setitem__(0, 2 ** 40), lambda: m.__setitem__(9, 1),
            lambda: m.__setitem__(0, 1.5), lambda: m.cast('B').__setitem__(0, 256),
            lambda: m.__setitem__(slice(0, 2), array('h', [1, 2])),
            lambda: m.__setitem__(slice(0, 2), array('i', [1, 2, 3])),
            lambda: m.toreadonly().__setitem__(0, 1), lambda: m.__delitem__(0)]:
    try:
        bad()
        print('ok', a)
    except Exception as e:
        print(type(e).__name__, e)

with memoryview(array('d', [0.5, 1.5])) as mv:
    print(mv.tolist(), mv.format)
try:
    mv.tolist()
except ValueError as e:
    print('ValueError', e)
