# str.format and format specs through repeated calls (the parsed format string and spec are kept),
# the errors a format string raises and where, and float fixed notation's edges.

class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")


class MyStr(str):
    pass


class MyFloat(float):
    def __format__(self, spec):
        return "MyFloat<" + float.__format__(self, spec) + ">"


class MyInt(int):
    pass


row = "{:>6d} | {:<8s} | {:>10.2f} | {:>4d} | {:>12.3e}"
for i in range(3):
    for _ in range(2):
        print(row.format(i * 37, "name%d" % i, i * 1234.5678, i * 3, i * 98765.4321))

fmts = [
    "{}", "{0}{0}{1}", "{a}-{b}", "{{}} {}", "}}{{", "{0[1]} {0[0]}", "{0.v:.1f}", "{!r:>8}",
    "{:{}}", "{:{}.{}}", "{0:{1}}", "{:%}", "x{}y{}z", "{!s}{!a}", "", "plain", "{0!r:^9}",
]
args = [[1, 2], "ab\u00e9", Money(3.14159), 7, 3]
for f in fmts:
    for _ in range(2):
        try:
            print(repr(f), "->", repr(f.format(*args, a=1, b="B")))
        except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
            print(repr(f), "->", type(e).__name__, e)

bad = ["{0} }", "{0!x} {1}", "{} {0}", "{0} {}", "{a} {", "{", "}", "{0!}", "{0!r x}", "{:d}",
       "{0:{1}", "{1} {", "{!", "{[}", "{0]}", "{.}", "{0.}", "{0[]}", "{0[0]x}", "{:{:{}}}"]
for f in bad:
    for _ in range(2):
        try:
            print(repr(f), "->", repr(f.format(1, "x")))
        except (ValueError, IndexError, KeyError, TypeError) as e:
            print(repr(f), "->", type(e).__name__, e)

print(MyStr("{}-{}").format(1, 2), MyStr("{x}").format_map({"x": 5}), "{x}{y}".format_map({"x": 1, "y": 2}))
print("{} {:>10} {:<6}|".format(Money(2), Money(2.5), MyStr("ab")))
print("{:.3f} {:10.1f} {}".format(MyFloat(2.5), MyFloat(-1.25), MyFloat(1.0)))
print("{:d} {:>5} {:x} {}".format(MyInt(42), MyInt(7), MyInt(255), MyInt(3)))
print("{} {:d} {:>6} {:^7} {:.1f}".format(True, False, True, False, True))
print(f"{True:>6}|{False!r:^9}|{True:d}|{3:+}|{-0.0}|{-0.0:.1f}|{-0.0:z.1f}|{-0.001:z.2f}")

floats = [0.0, -0.0, 0.125, 0.375, 2.5, -2.5, 1e16, 1.5e22, -1e300, 123456.789, 0.001, 5e-324,
          float("inf"), float("-inf"), float("nan"), 2 ** 0.5, 1 / 3]
specs = [".2f", ",.2f", ">10.2f", "<10.1f", "^+12.3f", "010.2f", "#.0f", ".0f", "z.1f", "_.1f", "F",
         ".3e", ">12.3e", "g", ".3g", "%", ".1%", "", "+", " .2f", "=+10.2f", "*^12,.1f"]
for x in floats:
    print(repr(x), [format(x, s) for s in specs])
print(format(1e22, ".2f"), format(-1.5e300, ",.0f")[:40], format(0.5, ".0f"), format(1.5, ".0f"))
print("%.2f %5.1f %-8.3f| %+.0f %#.0f %.2f %.2f" % (0.125, -0.05, 2.0005, 2.5, 3.0, -0.0, 1e20))

ints = [0, 7, -7, 1234567, -1234567, 2 ** 64, -(2 ** 70), True]
ispecs = ["d", "05d", ">6d", "<6d", "^7d", "+d", " d", ",", "_", ",d", "x", "#x", "#010b", "o", "X", "c", "=+8", "08,d", "n", ""]
for n in ints:
    out = []
    for s in ispecs:
        try:
            out.append(format(n, s))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(n, out)
for s in ["s", ">8", "<8", "^8", "*^9", ".2", "8.3", "", "=8", "+", "#", "d"]:
    try:
        print(repr(format("\U0001F600ab\u00e9", s)), repr(format(MyStr("xy"), s)))
    except (ValueError, TypeError) as e:
        print(s, type(e).__name__, e)
