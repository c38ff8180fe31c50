# printf-style % formatting: argument shapes, objects with conversion hooks, and the errors
# raised where they occur in the template (before or after earlier conversions).


class S:
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr\u00e9"


class I:
    def __index__(self):
        return 42


class N:
    def __int__(self):
        return 7


class F:
    def __float__(self):
        return 2.5


class Sub(str):
    def __str__(self):
        return "sub-str"


class IntSub(int):
    def __repr__(self):
        return "IntSub!"


class M:
    def __getitem__(self, key):
        return key.upper()


def show(fmt, args):
    for _ in range(2):
        try:
            print(repr(fmt % args))
        except (TypeError, ValueError, OverflowError, KeyError) as e:
            print(repr(fmt), type(e).__name__, e)


show("%s|%r|%a", (S(), S(), S()))
show("%d %x %o %c", (I(), I(), I(), I()))
show("%d %i", (N(), N()))
show("%x", N())
show("%f %e %.1g", (F(), F(), F()))
show("%d", F())
show("%s %r %d", (Sub("a"), IntSub(5), IntSub(5)))
show("%d|%5d|%-5d|%x", (IntSub(5), IntSub(-5), True, False))
show("%s", {"a": 1})
show("%(a)s %(b)s", {"a": 1, "b": (2, 3)})
show("%s %s", {"a": 1})
show("%(k)s %(k)r", M())
show("%s", ())
show("%s", ((),))
show("%s", [1])
show("%d", (1, 2))
show("%s x%d", ("ab", 10**30))
show("%d %x %X %o", (-10**20, -255, 10**20, -8))
show("%d %s", (-0, -0.0))
show("%5s|%-5s|%.1s|%5.1s", ("\U0001F600a", "\U0001F600", "\U0001F600b", "\U0001F600b"))
show("%c|%3c|%-3c|", (0x1F600, "\U0001F600", 65))
show("%a %a", ("\U0001F600", "\ud800"))
show("%s", "\ud800x")
show("%%|%5%|%s", ("a",))
show("%-%", ())
show("%*s|%-*s|%*s", (3, "a", 3, "b", -4, "c"))
show("%.*s|%*.*f", (-1, "abc", 8, 2, 3.14159))
show("%*d", (I(), 5))
show("%*d|%.*f", (IntSub(3), 5, True, 2.25))
show("%ld %hd %Lf", (1, 2, 3.5))
show("%s %", ("x",))
show("%s %(", ({"x": 1},))
show("%z %s", ())
show("%s %z", (1,))
show("%s %z", (1, 2))
show("%s %\u00e9", (1, 2))
show("%(a)s %s", {"a": 1})
show("%s %(a)s", (1,))
show("%*", (5,))
show("%*", ())
show("%.*", (5, 1))
show("%99999999999999999999d", 1)
show("%s %s %99999999999999999999d", (1,))
show("%.99999999999999999999d", 1)
show("%(a)*d", {"a": 1})
show("%c", 0x110000)
show("%c", "")
show("%x", 2.0)
show("%d", "5")
show("%f", "5")
show("%d", float("inf"))
show("%d", float("nan"))
show("%f %F %e %g %G", (float("inf"), float("-inf"), float("nan"), -0.0, 1e100))
show("%+.3f|% .2e|%#.0f|%#x|%#X|%#o|%+x", (1.0, 2.0, 3.0, 0, 255, 0, 10))
show("%010.3f|%-010d|%+05d|% 05d|%05s", (-3.14159, 7, 7, 7, "ab"))
show("%.5d|%.0d|%8.5x", (42, 0, 255))
for i in range(3):
    print("%s-%d-%r" % ("row", i, "v%d" % i), "%05.1f" % (i / 3), "%s" % i, "%d" % i, "n=%d" % (i,))
t = "%s=%d;" * 50
print(len(t % tuple(x for i in range(50) for x in ("k%d" % i, i))))
big = "x" * 5000 + "%s"
print(len(big % "y"), (big % "yz")[-4:])
show(b"%s|%5d|%-4b|%x|%c|%r", (b"ab", 3, b"c", 255, 65, b"q"))
show(b"%(k)s %%", {b"k": b"v"})
show(b"%s", b"one")
show(b"%s %s", (b"x",))
show(b"%z", 1)
show(b"%s", "text")
show(b"%s %d", (b"a", 2))
show("%x|%x|%x|%5x", (0, 4095, -1, 10**18))
