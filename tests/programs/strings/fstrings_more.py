x, y = 3, "hi"
print(f"{x=}", f"{y=!r}", f"{x * 2 = }", f"{y=:>5}", f"{x!r:>4}|")
w = 8; p = 3
print(f"{3.14159:{w}.{p}f}|", f"{'nested ' + f'{x}'}", f"{{literal}}", f"{x:{'>' if x else '<'}{w}}|")
items = {"a": 1}
print(f"{items['a']}", f"{[i for i in range(3)]}", f"{(lambda v: v + 1)(x)}", f"{x if x > 2 else 'small'}")
print(f"{'é':^5}|", f"{1234567:,}", f"{0.000012345:.3g}", f"{-0.0:+.1f}", f"{12:#010b}", f"{65:c}", f"{'s'!a}", f"{'ü'!a}")
print("{0:>{1}}".format("r", 4), "{:^{}}".format("c", 5), "{a[0]}{b.real}".format(a=[7], b=2), "{!r:>6}".format("q"))
print("{:.2%}".format(0.12345), "{:e}".format(0), "{:n}".format(1234), "{:_x}".format(2**20), "{:=+8.2f}".format(-3.14159))
class P:
    def __init__(self):
        self.name = "pp"
print("{0.name} {0.name!r}".format(P()), "%-6s|%6s|" % ("l", "r"), "%.3s" % "abcdef", "%5.1f%%" % 99.44)
print(repr(f"tab\there"), f"{'multi' 'part'}", f"{x}" f"{y}", F"{x}", rf"\n{x}", fr"{y}\t")
d = {"k": "v"}
print("%(k)s" % d, "{k}".format(**d), "{k}".format_map(d))
print(f"{3:}", f"{'x':}", f"{None}", f"{True:d}", f"{True}", f"{1e20:.0f}", f"{2**70:,}", f"{1/3:.30f}")
print(format(-1234.5, "010.1f"), format(1234.5, "<010.1f"), format("x", "^010"), format(3, "0=5"))
