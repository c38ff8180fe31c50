# math.atan2/atan/sin/cos/tan/cbrt/log10/cosh/sinh and gamma give glibc's results to the last
# bit (CPython calls the C library). Several thousand deterministic arguments per function, over
# many magnitudes, near multiples of pi/2 and at the edges; each function prints a checksum of
# all its results and a sample of reprs.
import math

MASK64 = 2 ** 64 - 1
state = 0x243F6A8885A308D3


def next_bits():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & MASK64
    return state >> 11


def arg(lo, hi):
    """A double with a random 53-bit mantissa and exponent in [lo, hi), either sign."""
    m = next_bits() | (1 << 52)
    e = lo + next_bits() % (hi - lo)
    x = math.ldexp(m, e - 53)
    return -x if next_bits() & 1 else x


def near_half_pi():
    k = 1 + next_bits() % 2000
    x = k * (math.pi / 2)
    for _ in range(next_bits() % 4):
        x = math.nextafter(x, math.inf)
    return x


def args(n, lo, hi):
    out = []
    for i in range(n):
        r = i % 10
        if r < 6:
            out.append(arg(lo, hi))
        elif r < 8:
            out.append(arg(-60, 60))
        elif r == 8:
            out.append(near_half_pi())
        else:
            out.append(arg(-1074, 1024))
    return out


def checksum(values):
    h = 0
    for v in values:
        if v != v:
            m, e = 7, 7
        else:
            f, e = math.frexp(v)
            m = int(f * 2 ** 53)
        h = (h * 1000003 + m * 4099 + e) % (2 ** 61 - 1)
    return h


EDGES = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e-9, 0.0625, 0.126, 0.5,
         0.855469, 1.0, 1.5707963267948966, 2.426265, 3.141592653589793, 16.0, 25.0, 1e8,
         105414350.0, 1e22, 1e300, 1.7976931348623157e308, -1.7976931348623157e308,
         math.inf, -math.inf, math.nan]


def show(name, f, xs):
    results = []
    for x in xs:
        try:
            results.append(f(x))
        except (ValueError, OverflowError):
            results.append(math.nan)
    print(name, len(xs), checksum(results))
    for i in range(0, len(xs), 250):
        print("  %s(%r) = %r" % (name, xs[i], results[i]))


def edges(name, f):
    out = []
    for x in EDGES:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append("%s(%s)" % (type(e).__name__, e))
    print(name, "edges:", " ".join(out))


for name in ["sin", "cos", "tan", "atan"]:
    f = getattr(math, name)
    show(name, f, args(3000, -12, 12))
    edges(name, f)

ys = args(3000, -12, 12)
xs = args(3000, -12, 12)
for i in range(0, 3000, 3):
    xs[i] = ys[i] * math.ldexp(1.0 + (next_bits() % 1000) / 1000, int(next_bits() % 16) - 8)
pairs = list(zip(ys, xs))
results = [math.atan2(y, x) for y, x in pairs]
print("atan2", len(pairs), checksum(results))
for i in range(0, len(pairs), 250):
    print("  atan2(%r, %r) = %r" % (pairs[i][0], pairs[i][1], results[i]))
print("atan2 edges:", " ".join(repr(math.atan2(y, x)) for y in EDGES for x in EDGES[::3]))

show("cbrt", math.cbrt, args(3000, -1074, 1024))
edges("cbrt", math.cbrt)
show("log10", math.log10, [abs(x) for x in args(3000, -1074, 1024)])
edges("log10", math.log10)
show("cosh", math.cosh, args(3000, -6, 10))
edges("cosh", math.cosh)
# sinh(x) for |x| >= 22 is exp(|x|) / 2 (below that it goes through expm1).
show("sinh", math.sinh, [x for x in args(3000, 5, 10) if abs(x) >= 22])

# The same functions under cmath and complex powers.
import cmath
zs = [complex(arg(-8, 8), arg(-8, 8)) for _ in range(400)]
print("cmath", checksum([v for z in zs for w in (cmath.exp(z), cmath.log(z), cmath.rect(abs(z), z.imag))
                         for v in (w.real, w.imag)] + [cmath.phase(z) for z in zs]))
print("complex pow", checksum([v for z in zs[:200] for w in (z ** 0.5, z ** (1.5 - 0.25j))
                               for v in (w.real, w.imag)]))
gammas = [x for x in (arg(-4, 8) for _ in range(600)) if x % 1 and abs(x) < 170]
print("gamma", checksum([math.gamma(x) for x in gammas]))
print("lgamma", checksum([math.lgamma(x) for x in gammas]))
