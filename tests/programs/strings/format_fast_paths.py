# The fast paths of format(): plain ints and floats with simple specs (fill, alignment, width,
# precision), and the general path they fall back to (signs, grouping, '#', 'z', nan/inf, -0.0,
# ties, big ints, bools, subclasses with their own __format__, surrogates and astral fills).


def show(value, spec):
    try:
        print(repr(spec), repr(format(value, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)


INT_SPECS = ["", "d", "5", "05d", ">6d", "<6d", "^7d", "=8d", "*>6d", "*<6", "*^6", "0=6d", "x<4",
             "+d", " d", "-d", "+06d", ",d", "_d", "08,d", ",", "#x", "_x", "08_b", "c", "1d", "0d",
             ".2d", "zd", "6.2f", ">12.3e", "E", "%", ",.1f", "g", "n", "xxf", "5.2.3e", ",c",
             "\U0001F600>6d", "\U0001F600^7", "012,d", "_>10d", "0^10,d", "*=10,", ">010_d", "0=9,"]
for n in [0, 7, -7, 42, -42, 12345, -12345, 999, 1000, 2 ** 53, 2 ** 53 + 1, -(2 ** 63), 10 ** 20,
          True, False]:
    print("--", repr(n))
    for spec in INT_SPECS:
        show(n, spec)

FLOAT_SPECS = ["", ".2f", ">10.2f", "<10.2f", "^10.2f", "=10.2f", "010.2f", "*>10.2f", "10.0f",
               ".0f", "#.0f", "+.2f", " .2f", ",.2f", "_.2f", "z.2f", "z>8.1f", ".2F", ">12.3e",
               "<12.3e", ".0e", "#.0e", ".3E", "e", "f", "F", "12.3e", "015.3e", "+12.3e", ",.3e",
               "g", ".3g", "%", ".1%", ">8", "10", "*^12", ",", ".120f", ".105e",
               "\U0001F600>10.2f", "\U0001F600<12.3e", "*=12,.2f", ">012,.2f", "0=12,.2f", "012,.2f",
               "^14,.1f", "<12_.3f", ",.0f", ",e", "012,.3e"]
for x in [0.0, -0.0, 0.125, 0.375, 2.5, 3.5, -2.5, 12.5, 12.25, 1.005, 0.5, 1.5, -0.001, 123.456,
          1234567.891, -1234567.891, 1e-7, 5e-324, 1e21, 1.5e300, 1e300, 9.995, 99.995, 0.045,
          float("nan"), float("inf"), float("-inf")]:
    print("--", repr(x))
    for spec in FLOAT_SPECS:
        show(x, spec)

# ties: a double that is exactly halfway rounds half-even, others by their exact value
for x in [0.125, 0.375, 0.625, 0.875, 2.675, 1.25, 1.35, 0.5, 1.5, 2.5, 1e22 + 0.0, 5e-5, 2.5e-5,
          1.125, 1.375, 1234.5, 1235.5]:
    print(repr(x), format(x, ".2f"), format(x, ".0f"), format(x, ".1f"), format(x, ".1e"),
          format(x, ".0e"), format(x, ".2e"))

STR_SPECS = ["", "s", "<16s", ">16s", "^16", "*^9", ".3", "10.3", "\U0001F600>6", "=5", "+s", "d"]
for s in ["", "widget", "gadget <pro>", "caf\u00e9", "\U0001F600\U0001F601x", "\ud800x",
          "a" * 20]:
    print("--", repr(s))
    for spec in STR_SPECS:
        show(s, spec)


class Money(float):
    def __format__(self, spec):
        return "$" + format(float(self), spec)


class Count(int):
    def __format__(self, spec):
        return "#" + super().__format__(spec)


class Tag(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"


class PlainInt(int):
    pass


class PlainFloat(float):
    def __repr__(self):
        return "PlainFloat!"


for v in [Money(2.5), Count(42), Tag("ab"), PlainInt(7), PlainFloat(1.5), PlainFloat(2.0)]:
    print(type(v).__name__, f"{v}", f"{v:>8}", f"{v:.2f}" if not isinstance(v, str) else f"{v:>5}",
          "{:>6}|{}".format(v, v))

# f-strings and str.format over the same values
for i in [0, 5, -5, 12345, 2 ** 60]:
    print(f"item-{i:05d}:{i % 13}|{i:>6d}|{i:<6}|{i:^7}|{i:+d}|{i:,}")
for x in [0.1, -0.1, 1234.5, -0.0, 2.0, float("nan"), 1e16]:
    print(f"{x:,.2f}|{x:>10.2f}|{x:>12.3e}|{x}|{x:.0f}|{x:10}")
print("{:>6d} | {:<16s} | {:>10.2f} | {:>4d} | {:>12.3e}".format(1, "widget", 12.5, 3, 1234.5))
print("{:>6d} | {:<16s} | {:>10.2f} | {:>4d} | {:>12.3e}".format(-1, "\U0001F600" * 3, -0.005, True, -0.0))
print("{} {} {}".format(1, 2.5, "x", "unused"))
print("{0} {1} {0}".format("a", "b"))
print("{} {:{}}".format(1, 2, 5))
print("{!r:>6}|{!s}|{!a}".format("x", 1.5, "\u00e9"))
for bad in ["{} {}", "{:d}", "{0} {}", "{"]:
    try:
        print(bad.format(1.5))
    except Exception as e:
        print(type(e).__name__, e)
try:
    format(10 ** 400, "f")
except Exception as e:
    print(type(e).__name__, e)
print(format(10 ** 300, ".3e"), format(-(10 ** 30), ",.1f"), format(2 ** 53 + 1, ".2f"))
