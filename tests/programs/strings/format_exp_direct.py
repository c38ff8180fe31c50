# 'e' and 'E' formatting straight from the engine's exponent notation when the rounding has no
# tie; ties, zeros, huge and tiny exponents and the other paths must match CPython's digits.
vals = [0.0, -0.0, 1.0, -1.0, 9.995, 9.9999, 1.125, 2.25, 0.5, 1e-5, 1e-7, 1.5e300, 5e-324, 1e22, 1e23,
        123456789.0, 2.0**60, 0.1, 1 / 3, 999.5, 9.5, 0.000125, 1e100, 1e-100, 7e-10, 12345.678,
        2.5e-5, 95.0, 99.5, 0.95, 1.7976931348623157e308, 2.2250738585072014e-308, 3.0e9, 4.35, 0.0625]
for v in vals:
    print(" ".join(f"{v:.{p}e}" for p in (0, 1, 2, 3, 6, 17)), f"{v:E}", f"{v:>12.3e}", f"{v:<12.2E}|", f"{v:^14.1e}|",
          f"{v:+.2e}", f"{v:#.0e}", f"{v:012.3e}", "{:>12.3e}".format(v))
x = 1.0
for i in range(60):
    x = x * 7.3 + 0.01
    print(f"{x:.3e} {-x:.4E} {1 / x:.2e} {x:e}")
for n in (0, 7, -7, 10**20, -(2**70), True):
    print(f"{n:e} {n:.2E} {n:>10.1e}")
