# Last-bit agreement of math.asin and math.acos with the C library, over deterministic
# pseudo-random arguments in every range the algorithm splits on (series near 0, table rows from
# 1/8 to 31/32, the square-root identity near 1), plus edge cases and domain errors.
import math

state = 0x9E3779B97F4A7C15


def next_unit():
    """A float in [0, 1) from a 64-bit linear congruential generator."""
    global state
    state = (state * 2862933555777941757 + 3037000493) % (1 << 64)
    return (state >> 11) / float(1 << 53)


def uniform(lo, hi):
    return lo + (hi - lo) * next_unit()


def signed(v):
    return v if next_unit() < 0.5 else -v


def near_zero():
    return signed(math.exp(uniform(-45.0, math.log(0.125))))


def near_one():
    return signed(1.0 - math.exp(uniform(-37.0, math.log(1.0 / 32.0))))


BOUNDS = [2.0 ** -55, 2.0 ** -26, 0.125, 0.25, 0.5, 0.75, 0.921875, 0.953125, 0.96875, 1.0]


def near_bound():
    b = BOUNDS[int(next_unit() * len(BOUNDS))]
    return signed(b * (1.0 + uniform(-1e-3, 1e-3)))


def table_range():
    return signed(uniform(0.125, 0.96875))


EDGES = [0.0, -0.0, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-20,
         2.0 ** -55, 2.0 ** -27, 2.0 ** -26, 0.1, -0.1, 0.125, -0.125, 0.2, 0.25, 0.3, 0.5, -0.5,
         0.6, 0.7, -0.7, 0.75, 0.8, 0.9, 0.921875, 0.95, 0.953125, 0.96875, -0.96875, 0.99,
         0.9999999999999999, -0.9999999999999999, 1.0, -1.0, 1.0000000000000002,
         -1.0000000000000002, 2.0, 1e300, math.inf, -math.inf, math.nan]

makers = [lambda: uniform(-1.0, 1.0), near_zero, table_range, near_one, near_bound]
args = list(EDGES) + [makers[i % len(makers)]() for i in range(2500)]

for name in ('asin', 'acos'):
    fn = getattr(math, name)
    errors = 0
    for x in args:
        try:
            r = repr(fn(x))
        except ValueError as e:
            r = 'ValueError: ' + str(e)
            errors += 1
        print(name, repr(x), r)
    print(name, 'count', len(args), 'errors', errors)

# The identities the two satisfy only approximately: print how often they hold exactly.
inside = [x for x in args[len(EDGES):] if -1.0 <= x <= 1.0]
same = sum(1 for x in inside if math.asin(x) + math.acos(x) == math.pi / 2)
print('asin + acos == pi/2 exactly:', same, 'of', len(inside))
print('asin(-x) == -asin(x):', all(math.asin(-x) == -math.asin(x) for x in inside))
