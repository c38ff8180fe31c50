# Qualified names and reprs of builtin methods (found when first asked for), and complex and
# float arithmetic whose glibc functions are compiled on first use.

types = [str, bytes, list, tuple, dict, set, float, complex, range, object, type, slice,
         BaseException, ValueError, KeyError]
for t in types:
    names = sorted(n for n in dir(t) if not n.startswith("__"))
    for n in names:
        v = getattr(t, n)
        if callable(v) and (t, n) != (type, "mro"):
            print(t.__name__, n, v.__qualname__, v.__name__)

print(bytes.hex.__qualname__, set.union.__qualname__, float.hex.__qualname__)
print(repr(str.upper), repr("x".upper)[:36], repr([].append)[:39])
print(repr(dict.fromkeys)[:38], repr(int.from_bytes)[:42])
print(repr(bytes.fromhex)[:40], repr(float.fromhex)[:42])

# Error messages that name a builtin method.
def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, e)

attempt(str.upper, 5)
attempt(list.append, (), 1)
attempt(dict.fromkeys, [1], x=1)
attempt(str.maketrans, a=1)
attempt("abc".startswith)
attempt([].sort, 1)
attempt(bytes.fromhex, "zz")
attempt(set.add)
attempt(float.fromhex, "0x1.8p1x")
attempt(dict.fromkeys)
attempt(str.maketrans, 1, 2, 3, 4)

# Complex and float powers, phases and absolute values: atan2, sin, cos, exp, log, hypot, pow.
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed

gen = lcg(12345)
def rnd(scale):
    return (next(gen) / 2**64 - 0.5) * scale

for i in range(60):
    a = complex(rnd(8), rnd(8))
    b = complex(rnd(4), rnd(4))
    x = rnd(10)
    y = rnd(5)
    attempt(lambda: a ** b)
    attempt(lambda: a ** 0.5)
    attempt(lambda: abs(a))
    attempt(lambda: x ** y)
    attempt(lambda: abs(x) ** y)
    attempt(lambda: a ** 3)
for base, exp in [(0j, -1), (0j, 1j), (1e300j, 2), (-8, 1/3), (2.0, 1e6), (0.0, -1.5), (-0.0, -3.0)]:
    attempt(lambda: base ** exp)
