import cmath, math
vals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 3 + 4j, -3 - 4j, 1e-320 + 1e-320j, 1e308 + 1e308j, 0.5 + 0.25j, -2.5 + 1e-10j, complex(-0.0, 0.0), complex(0.0, -0.0)]
for z in vals:
    print(z, cmath.sqrt(z), cmath.phase(z), cmath.polar(z) if abs(z.real) < 1e300 else "", cmath.isfinite(z))
    if z != 0:
        print("  log", cmath.log(z), cmath.log10(z) if abs(z.real) < 1e300 else "", cmath.log(z, 2) if abs(z.real) < 1e300 else "")
    if abs(z) < 100:
        print("  exp", cmath.exp(z))
print(cmath.rect(2, math.pi / 3), cmath.rect(1, 0), cmath.rect(0, 0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-4), cmath.sqrt(2), cmath.exp(1), cmath.log(-1), cmath.log(100, 10))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(complex(float("nan"), 0)))
inf = float("inf"); nan = float("nan")
for z in [complex(inf, 1), complex(-inf, 1), complex(inf, nan), complex(nan, 1), complex(1, inf), complex(-inf, -2), complex(inf, -0.0), complex(nan, nan), complex(-inf, nan)]:
    print(z, cmath.sqrt(z), end=" ")
    for f in (cmath.exp, cmath.log):
        try:
            print(f(z), end=" ")
        except ValueError as e:
            print("VE", e, end=" ")
    print()
for f in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.log(1, 1), lambda: cmath.sqrt("x"), lambda: cmath.rect(1j, 1), lambda: math.sqrt(1j), lambda: cmath.log(5, 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
