# Fixed and scientific notation of many floats: short decimals that sit next to a rounding tie,
# exact binary ties (which round half-even), values around powers of ten (where rounding carries
# into one more digit), tiny, huge and subnormal magnitudes, for every precision up to 20.

import math

_state = 20240611


def rand():
    """A small linear congruential generator, so the values are the same on every run."""
    global _state
    _state = (_state * 1103515245 + 12345) % 2147483648
    return _state / 2147483648


def randint(n):
    return int(rand() * n)


def sample_values():
    vals = []
    for i in range(700):
        kind = i % 7
        if kind == 0:
            x = rand() * 10.0 ** (randint(50) - 25)
        elif kind == 1:
            x = randint(10 ** 7) / 10 ** randint(8)
        elif kind == 2:
            x = randint(10 ** 6) / 2 ** randint(12)
        elif kind == 3:
            x = (randint(20000) + 0.5) * 10.0 ** (randint(10) - 6)
        elif kind == 4:
            x = 10.0 ** (randint(44) - 22)
        elif kind == 5:
            x = (i * 7919 % 100000) / 100 * (1 + i % 97)
        else:
            x = 9.5 * 10.0 ** (randint(30) - 15) - 10.0 ** (randint(30) - 20)
        vals.append(x)
        vals.append(math.nextafter(x, math.inf))
        vals.append(math.nextafter(x, 0.0))
    vals += [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 9.9995, 9.9996, 999.95, 0.0005,
             1e22, 1e21, 1e16, 4503599627370495.5, 4503599627370496.0, 9007199254740993.0,
             5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.0, -0.0]
    return vals


def checksum(texts):
    h = 0
    for t in texts:
        for ch in t:
            h = (h * 131 + ord(ch)) % 1000000007
    return h


def main():
    vals = sample_values()
    shown = 0
    for p in range(0, 21):
        fixed = [f"{x:.{p}f}" for x in vals]
        print("f", p, checksum(fixed), fixed[p * 7 % len(fixed)], fixed[-3])
    for p in range(0, 18):
        sci = [f"{x:.{p}e}" for x in vals]
        upper = [f"{-x:.{p}E}" for x in vals]
        gen = [f"{x:.{p}g}" for x in vals]
        print("e", p, checksum(sci), checksum(upper), checksum(gen), sci[p * 11 % len(sci)], gen[p * 13 % len(gen)])
    for x in vals[:210]:
        shown += 1
        print(f"{x:,.2f} {x:>12.3e} {-x:.1f} {x:.0f} {x:.4e} {x:g}", "%.2f %.3e %.5g" % (x, x, x),
              "{:>10.2f}|{:<14.6e}|{:^12.1f}".format(x, x, -x))
    print("shown", shown, "values", len(vals))
    for x in [0.5, 1.5, 2.5, 3.5, 0.25, 0.75, 0.125, 1e-7, 123456.5, 9.995, 99.995]:
        print(x, f"{x:.0f} {x:.1f} {x:.2f} {x:.0e} {x:.1e} {x:.2e}")
    for spec in [".2f", ".3e", ",.2f", "+.1f", " .3e", "010.2f", "=+12.4e", "%", ".1%"]:
        print(spec, [format(v, spec) for v in (0.0, -0.0, 1.0, -2.5, 1234.5678, 1e-5, 6.02e23, float("inf"), float("nan"))])


main()
