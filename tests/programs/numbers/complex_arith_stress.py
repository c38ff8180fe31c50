# Complex arithmetic over values of many magnitudes: products, Smith's division, integer powers
# by repeated squaring, abs() through C's hypot, cmath.sqrt, hashes and reprs.
import cmath

x = 12345


def rnd():
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x


def val():
    m = (rnd() % 100000) / 1000.0 - 50.0
    e = rnd() % 41 - 20
    return m * 10.0 ** e


lines = []
for i in range(1500):
    z = complex(val(), val())
    w = complex(val() / 10 ** (rnd() % 20), (rnd() % 7) - 3)
    res = [abs(z), cmath.sqrt(z), z * w, z / w, z + w, w - z, hash(z) == hash(complex(z.real, z.imag))]
    try:
        res.append(z ** (rnd() % 9 - 4))
    except (ZeroDivisionError, OverflowError) as e:
        res.append(type(e).__name__)
    lines.append(repr(res))
print("\n".join(lines))
print(hash(1 + 2j), hash(-3.5 + 1e300j), hash(complex(2 ** 60, 0)), hash(complex(0, -1)))
