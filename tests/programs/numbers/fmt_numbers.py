vals = [0, 1, -1, 255, 3.14159, -2.5, 1e10, 1.5e-7, 123456789.123, float("inf"), float("nan"), 2**64, -0.0]
for v in vals:
    print(repr(v), str(v), f"{v:>12}", f"{v!r:^20}")
for v in [0, 7, 255, -42, 2**40]:
    print(f"{v:b} {v:o} {v:x} {v:X} {v:#b} {v:#o} {v:#x} {v:08d} {v:+d} {v:,} {v:_} {v:e} {v:.2f} {v:%}")
for v in [3.14159, -0.5, 1234567.891, 1e-5, 0.0, 100.0]:
    print(f"{v:.3f} {v:10.2f} {v:<10.1f}| {v:e} {v:.2E} {v:g} {v:.3g} {v:%} {v:.1%} {v:,.2f} {v:+.1f} {v:08.2f}")
print(f"{'abc':*^9} {'abc':>5} {'abc':<5}| {'x':=>3}")
print("%d %5d %-5d| %05d %x %X %o %e %f %g %s %r %%" % (42, 42, 42, 42, 255, 255, 8, 1234.5, 1.5, 0.0001, "s", "r"))
print("%.2f %10.3f %-10.1f| %+d %c %c" % (3.14159, 2.5, 1.25, 5, 65, "z"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7})
print(format(12345.678, ",.1f"), format(0.000123, ".2e"), format(255, "#06x"), format(True, "d"), format(3, ".2f"))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234, -2), round(1250, -2))
print(1 / 3, 2 / 3, 10 / 4, 1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1.1 * 3)
print(float("1e-310"), 5e-324, 1.7976931348623157e308, 2.0 ** 0.5, 10 ** -3)
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int("7_000"), float(" 1_0.5 "), float("-inf"))
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7.5 // 2, -7.5 % 2, divmod(7.5, -2))
print(2 ** -1, (-8) ** (1/3) if False else "skip", pow(2, 10, 1000), pow(3, -1, 7), 0 ** 0)
print(int(3.9), int(-3.9), int(1e20), float(2**53 + 1), 2**53 + 1.0)
print(7 .bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-5).bit_length())
print(abs(-3), abs(-3.5), max(1, 2.5), min([3, 1.0, 2]), sum([0.1] * 10), sum([1, 2], 0.5))
print(3 == 3.0, hash(3) == hash(3.0), 0.1 + 0.2 == 0.3, 1 < 2.5 < 3, float.is_integer(2.0))
print(str(1e22), str(1e21), str(1e-4), str(1e-5), repr(100.0), repr(1e100))
