# memoryview.cast over every native format, with shapes, item reads and writes, tolist,
# equality, slicing of cast views, and the errors cast() and item stores raise.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 25214903917 + 11) % (1 << 48)
        return (self.state >> 17) % n


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


rng = Lcg(77)
FORMATS = "BbchHiIlLqQnNfd?P"
for case in range(60):
    raw = bytes(rng.below(256) for _ in range(8 * (1 + rng.below(4))))
    fmt = FORMATS[rng.below(len(FORMATS))]
    m = memoryview(raw)
    attempt(f"{case} {fmt}", lambda: m.cast(fmt).tolist())
    v = m.cast(fmt)
    print("   ", v.format, v.itemsize, v.nbytes, v.ndim, v.shape, v.strides, len(v), v.readonly,
          v.contiguous, v.c_contiguous)
    attempt("    first", lambda: (v[0], v[-1], v[1:3].tolist(), v[::2].tolist(), v[::-1].tolist()[:3]))
    attempt("    list", lambda: list(v)[:4])
    attempt("    back", lambda: v.cast("B").tolist() == list(raw))
    attempt("    eq", lambda: (v == m.cast(fmt), v == raw, v.tobytes() == raw, v.hex() == raw.hex()))
    if len(raw) % 4 == 0 and fmt in "Bbc":
        attempt("    shape", lambda: m.cast(fmt, shape=[2, len(raw) // 2]).tolist())

m = memoryview(bytes(range(24)))
attempt("fmt@", lambda: m.cast("@B").format)
for bad in ["x", "<i", "5i", "e", "", "ii", "@"]:
    attempt("bad " + repr(bad), lambda: m.cast(bad))
attempt("bytes fmt", lambda: m.cast(b"B"))
attempt("nonbyte", lambda: m.cast("i").cast("h"))
attempt("multiple", lambda: memoryview(bytes(5)).cast("i"))
attempt("product", lambda: m.cast("B", shape=[5, 5]))
attempt("3d", lambda: m.cast("B", shape=(2, 3, 4)).tolist())
t3 = m.cast("B", shape=(2, 3, 4))
attempt("3d[0]", lambda: t3[0])
attempt("3d[1,2,3]", lambda: t3[1, 2, 3])
attempt("3d[-1,-1,-1]", lambda: t3[-1, -1, -1])
attempt("3d[1,2]", lambda: t3[1, 2])
attempt("3d[5,0,0]", lambda: t3[5, 0, 0])
attempt("3d iter", lambda: list(t3))
attempt("3d len", lambda: (len(t3), t3.shape, t3.strides, t3.ndim, t3.nbytes))
attempt("3d->1d", lambda: t3.cast("i").tolist())
attempt("3d->2d", lambda: t3.cast("i", shape=[2, 3]))
attempt("shape int", lambda: m.cast("B", shape=5))
attempt("shape zero", lambda: m.cast("B", shape=[0, 24]))
attempt("shape neg", lambda: m.cast("B", shape=[-1, -24]))
attempt("shape empty", lambda: m.cast("B", shape=[]))
z = memoryview(bytearray(b"a")).cast("B", shape=[])
attempt("0d", lambda: (z.tolist(), len(z), z.shape, z.strides, z.ndim, z[()]))
z[()] = 5
attempt("0d set", lambda: z.tolist())
attempt("0d iter", lambda: list(z))
attempt("strided", lambda: m[::2].cast("B"))
attempt("i 2x3", lambda: (m.cast("i", shape=[2, 3]).strides, m.cast("i", shape=[2, 3]).tolist()))
attempt("i step", lambda: (m.cast("i")[::2].strides, m.cast("i")[::2].tolist(), m.cast("i")[1::3].nbytes))
attempt("i oob", lambda: m.cast("i")[6])
attempt("eq mixed", lambda: (m.cast("i") == m, m.cast("B") == bytes(range(24)), m.cast("c") == m))
attempt("shape eq", lambda: (memoryview(b"ab").cast("B", shape=[1, 2]) == memoryview(b"ab").cast("B", shape=[2, 1]),
                             memoryview(b"ab").cast("B", shape=[1, 2]) == memoryview(b"ab").cast("B", shape=[1, 2])))
attempt("floats", lambda: memoryview(bytes(range(8))).cast("f").tolist())
nan = memoryview(bytes([0, 0, 0xC0, 0x7F])).cast("f")
attempt("nan eq", lambda: (nan == nan, nan.tolist()))
attempt("mv of cast", lambda: (memoryview(m.cast("i")).format, memoryview(t3).shape, m.cast("i").toreadonly().format))

ba = bytearray(16)
w = memoryview(ba).cast("i")
for key, value in [(0, -2), (1, 2 ** 31), (1, 1.5), (1, True), (slice(2, 4), b"\x01" * 8),
                   (slice(2, 4), memoryview(bytearray(b"\x07" * 8)).cast("i")), (slice(2, 4), [1, 2]),
                   (3, "x"), (-1, -(2 ** 31)), (9, 1), (slice(0, 2), memoryview(bytearray(12)).cast("i"))]:
    try:
        w[key] = value
        print("set", key, ba.hex())
    except Exception as e:
        print("set", key, type(e).__name__, e)
for fmt, values in [("B", [0, 255, 256, -1, 3.0]), ("b", [-128, 127, 128]), ("H", [65535, 65536]),
                    ("h", [-32768, 32768]), ("I", [2 ** 32 - 1, 2 ** 32]), ("Q", [2 ** 64 - 1, 2 ** 64, -1]),
                    ("q", [-(2 ** 63), 2 ** 63]), ("d", [1, 2.5, "x", True, 10 ** 20]),
                    ("f", [0.1, 3.5e38, 1e39]), ("c", [b"z", b"zz", 5, bytearray(b"q")]),
                    ("?", [5, [], "", "x", 0])]:
    store = memoryview(bytearray(8)).cast(fmt)
    for value in values:
        try:
            store[0] = value
            print(fmt, repr(value), store[0], store.tolist()[:2])
        except Exception as e:
            print(fmt, repr(value), type(e).__name__, e)
ro = memoryview(bytes(8)).cast("i")
attempt("readonly", lambda: ro.__setitem__(0, 1))
print(memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0])).cast("i").tolist())
