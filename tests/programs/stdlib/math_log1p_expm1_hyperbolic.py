# Last-bit agreement of log1p, expm1, the hyperbolic functions and their inverses with the C
# library, over deterministic pseudo-random arguments in every range the algorithms split on.
import cmath
import math

state = 0x2545F4914F6CDD1D


def next_unit():
    """A float in [0, 1) from a 64-bit linear congruential generator."""
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 11) / float(1 << 53)


def uniform(lo, hi):
    return lo + (hi - lo) * next_unit()


def log_uniform(lo_exp, hi_exp):
    return math.exp(uniform(lo_exp, hi_exp))


def signed(v):
    return v if next_unit() < 0.5 else -v


def show(name, fn, args):
    bad = 0
    for x in args:
        try:
            r = fn(x)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ': ' + str(e)
            bad += 1
        print(name, repr(x), repr(r))
    print(name, 'count', len(args), 'errors', bad)


EDGES = [0.0, -0.0, 5e-324, -5e-324, 1e-310, -1e-310, 2.2250738585072014e-308, 1e-300,
         2.0 ** -60, 2.0 ** -54, 2.0 ** -29, 2.0 ** -28, 1e-20, 1e-8, 0.125, 0.25, 0.5, -0.5,
         0.6931471805599453 / 2, 1.0397207708399179, 0.7, -0.7, 0.9999999999999999, 1.0, -1.0,
         1.0000000000000002, 2.0, -2.0, 2.0000000000000004, 22.0, 2.0 ** 28, 2.0 ** 28 + 8,
         2.0 ** 53, 40.0, -40.0, 709.78, 709.79, 710.5, -745.2, 1e300, 1.7976931348623157e308,
         -1.7976931348623157e308, math.inf, -math.inf, math.nan]


def cases(makers, n):
    out = list(EDGES)
    for i in range(n):
        out.append(makers[i % len(makers)]())
    return out


show('log1p', math.log1p, cases([
    lambda: uniform(-1.0, 3.0),
    lambda: signed(log_uniform(-40, 0)),
    lambda: -1.0 + log_uniform(-37, 0),
    lambda: uniform(-0.2929, 0.41422),
    lambda: log_uniform(0, 700),
], 600))

show('expm1', math.expm1, cases([
    lambda: uniform(-3.0, 3.0),
    lambda: signed(log_uniform(-40, 3)),
    lambda: uniform(-0.35, 0.35),
    lambda: uniform(-1.04, 1.04),
    lambda: uniform(-50.0, 709.0),
], 600))

for name in ('sinh', 'cosh', 'tanh'):
    show(name, getattr(math, name), cases([
        lambda: uniform(-3.0, 3.0),
        lambda: signed(log_uniform(-40, 3)),
        lambda: uniform(-25.0, 25.0),
        lambda: uniform(-712.0, 712.0),
    ], 300))

show('asinh', math.asinh, cases([
    lambda: uniform(-3.0, 3.0),
    lambda: signed(log_uniform(-40, 40)),
    lambda: signed(log_uniform(-700, 700)),
], 600))

show('acosh', math.acosh, cases([
    lambda: uniform(1.0, 3.0),
    lambda: 1.0 + log_uniform(-37, 3),
    lambda: log_uniform(0, 700),
], 600))

show('atanh', math.atanh, cases([
    lambda: uniform(-1.0, 1.0),
    lambda: signed(log_uniform(-40, 0)),
    lambda: signed(1.0 - log_uniform(-37, -1)),
], 600))

# cmath reaches log1p through log, asinh, acosh and atanh of arguments near the unit circle.
for i in range(150):
    angle = uniform(-3.2, 3.2)
    radius = 1.0 + signed(log_uniform(-30, -1))
    z = complex(radius * math.cos(angle), radius * math.sin(angle))
    w = complex(uniform(-2.0, 2.0), signed(log_uniform(-30, 1)))
    print('cmath', repr(z), repr(cmath.log(z)), repr(cmath.atanh(w)), repr(cmath.asinh(w)),
          repr(cmath.acosh(w)))
