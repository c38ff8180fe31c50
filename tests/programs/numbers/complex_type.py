z = 1 + 2j
print(z, repr(z), type(z), type(z).__name__, isinstance(z, complex))
print(1j, -1j, 0j, -0j, 1j * 1j, 2j ** 2, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j))
print(complex(), complex(1), complex(1, 2), complex(1.5, -2.5), complex("1+2j"), complex(" (3-4.5j) "))
print(complex("j"), complex("-j"), complex("1e3J"), complex("inf+nanj"), complex("1_000+2_0j"), complex(real=3, imag=4))
print(complex(1j, 1j), complex(1 + 1j), complex(2, 1j))
print(z.real, z.imag, z.conjugate(), abs(3 + 4j), abs(-2j), (1j).real)
print(z == 1 + 2j, (1 + 0j) == 1, (1 + 0j) == 1.0, 1 == 1 + 0j, 1j == 1, z != z, (2**60 + 0j) == 2**60)
print(hash(1 + 0j) == hash(1), hash(0j), hash(1.5 + 0j) == hash(1.5), hash(1 + 2j), hash(-1 + 0j))
print({1: "one"}[1 + 0j], {1j, 1j, 2j} == {2j, 1j})
print(bool(0j), bool(1j), bool(0.0 + 0j), not 1j)
print(1 + 1j, 1.5 + 1j, True + 1j, 1j - 1, 1 - 1j, 2 * 1j, 1j * 2.5, 1 / 2j, 2j / 2, 1j ** 0.5, 2 ** 1j)
print((-8) ** 0.5, (-8.0) ** (1/3), pow(-1, 0.5), (-2) ** 1.5)
print(repr(complex(1e16, 1e-7)), complex(float("inf"), float("nan")), complex(-0.0, 1), complex(0.0, -0.0))
print(format(1 + 2j, ""), format(1 + 2j, ".2f"), format(1 + 2j, "10"), format(1 + 2j, "<12"), format(1 + 2j, "^14.3g"))
print(f"{3.14159 + 2.71828j:.3f}", f"{1j:g}", f"{-1.5 - 0.5j:+.1e}", f"{12345.678 + 1j:,.2f}", f"{0j}", f"{1e20j:.2}")
print(sum([1j, 2, 3.5 + 1j]), [1j, 2 + 0j], (1j,), {"k": 1 - 1j})
print(-z, +z, z ** 0, z ** 1, z ** -1, z ** 3, 0j ** 0)
class C(complex):
    def __repr__(self):
        return "C" + super().__repr__()
c = C(1, 2)
print(c, c + 1, type(c + 1).__name__, isinstance(c, complex), c.real)
class HasComplex:
    def __complex__(self):
        return 5 + 6j
print(complex(HasComplex()))
for bad in ["", "1+", "1 + 2j", "j1", "1jj", "(1+2j", "1+2i", "--1j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for args in [("1", 2), (1, "2"), ([],), (1, []), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print(e)
for f in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: 1 / 0j, lambda: 0j ** -1, lambda: pow(1j, 2, 3), lambda: abs(complex(1e308, 1e308)), lambda: (1e200 + 1e200j) ** 5, lambda: format(1j, "010"), lambda: format(1j, "=10"), lambda: format(1j, "d"), lambda: format(1j, "%")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(dir(1j)[-3:], complex.__name__, (1j).__class__)
import numbers, json, math
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1.0, numbers.Complex), issubclass(complex, numbers.Number))
print("%s %r" % (1j, 2 + 3j), "{} {!r} {:>8}".format(1j, 1j, 1j), str(1 - 1j), ascii(1j))
for f in [lambda: "%f" % 1j, lambda: divmod(1j, 1), lambda: sorted([1j, 2j]), lambda: json.dumps(1j), lambda: math.floor(1j), lambda: max(1j, 2j), lambda: 1j & 1, lambda: ~1j, lambda: range(1j), lambda: "ab" * 1j]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(int.__add__(1, 1j), (1).__radd__(1j), float.__mul__(1.5, 1j))
print((1j).__add__(1), (1j).__radd__(1), (1j).__pow__(2), (2j).__rpow__(2), complex.__truediv__(1j, 2))
print(1j in [1j], [1j, 1 + 0j].index(1), sum([1j] * 10), {1j: 1, 2j: 2}[2j])
print(list(map(abs, [3 + 4j, -5j])), min([abs(1j), 0.5]), any([0j]), all([1j]))
a = 1 + 2j
a += 1
a *= 2j
a -= 1j
a /= 2
a **= 2
print(a)
print(complex("1e-5-1e5j"), complex("-1.5e+3J"), complex("  +inf-infj "), complex("NaN"), complex(" 1 "), complex("(1)"), complex("-.5+.5j"))
print(type((1j).real), (1j).imag.is_integer(), (2+0j).conjugate(), complex.conjugate(1j))
class Num:
    def __float__(self):
        return 2.5
class Idx:
    def __index__(self):
        return 7
print(complex(Num()), complex(Idx(), Num()), complex(True, False))
print(3j, 1_000j, 1e-3j, 0.5j, 10J, 0o17 * 1j)
