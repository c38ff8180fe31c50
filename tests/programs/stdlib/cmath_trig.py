# The circular and hyperbolic functions of cmath and their inverses, over generated arguments:
# ordinary values at many scales, values near the branch points, huge and tiny parts, and
# every mix of infinities, NaNs and signed zeros.
import cmath
import math

NAMES = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']

state = 11


def next_unit():
    """A float in [0, 1) from a 48-bit linear congruential generator."""
    global state
    state = (state * 25214903917 + 11) % (1 << 48)
    return state / float(1 << 48)


def next_part():
    """One real or imaginary part, drawn from a spread of shapes."""
    kind = int(next_unit() * 10)
    sign = -1.0 if next_unit() < 0.5 else 1.0
    if kind == 0:
        return sign * next_unit()
    if kind == 1:
        return sign * next_unit() * 10.0
    if kind == 2:
        return sign * math.ldexp(0.5 + next_unit() / 2, int(next_unit() * 2100) - 1075)
    if kind == 3:
        return sign * (1.0 + (next_unit() - 0.5) * 1e-6)
    if kind == 4:
        return sign * float(int(next_unit() * 5))
    if kind == 5:
        return sign * next_unit() * 720.0
    if kind == 6:
        return sign * math.ldexp(next_unit(), int(next_unit() * 60) - 30)
    if kind == 7:
        return sign * 0.0
    if kind == 8:
        return sign * 1e-300 * next_unit()
    return sign * next_unit() * 3.0


def show(name, z):
    try:
        r = getattr(cmath, name)(z)
        return repr(r)
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ' ' + str(e)


generated = [complex(next_part(), next_part()) for _ in range(500)]
for name in NAMES:
    lines = [show(name, z) for z in generated]
    print(name, 'generated', len(lines))
    for z, text in zip(generated, lines):
        print(' ', repr(z), text)

specials = [-math.inf, -2.5, -1.0, -0.0, 0.0, 1.0, 2.5, math.inf, math.nan, 1e308, -1e-310]
for name in NAMES:
    print(name, 'specials')
    for x in specials:
        row = [show(name, complex(x, y)) for y in specials]
        print(' ', repr(x), ' | '.join(row))

# Real and integer arguments, and objects that convert themselves.
class Turn:
    def __complex__(self):
        return 0.25 + 0.5j


class Ratio:
    def __float__(self):
        return 0.75


for name in NAMES:
    print(name, [show(name, v) for v in (0, 1, -1, 2, 0.5, True, Turn(), Ratio())])
for bad in ('1', None, [1]):
    try:
        cmath.sin(bad)
    except TypeError as e:
        print('TypeError', e)
