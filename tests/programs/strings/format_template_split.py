# str.format and % on a str literal, whose templates the compiler splits into text and fields:
# the same results, evaluation order and errors as the runtime's template parser.

log = []


def arg(name, value):
    log.append(name)
    return value


class Loud:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        log.append("str " + self.name)
        return "S" + self.name

    def __repr__(self):
        log.append("repr " + self.name)
        return "R" + self.name

    def __format__(self, spec):
        log.append("format " + self.name + " " + repr(spec))
        return "F" + self.name + spec


class MyInt(int):
    def __format__(self, spec):
        return "myint(" + spec + ")"


class PlainInt(int):
    pass


class MyStr(str):
    def __str__(self):
        return "mystr"


class BadFormat:
    def __format__(self, spec):
        return 42


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# --- str.format: numbering, conversions, repeats, unused arguments
print("{} and {}".format("a", "b"))
print("{0}{1}{0}|{1}".format("x", "y"))
print("{}".format("only"), "{}{}".format(1, 2), "no fields".format(1, 2))
print("{{}} {{{}}} }}{{".format("z"))
print("{!r} {!s} {!a}".format("é\n", "é", "é\u20ac\U0001f600"))
print("{0!r:>10}|{0!s:^9}|{0!a:<12}|".format("é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("ab", "cd", "ef", "gh"))
print("{:é>7}|{:\u20ac<6}|{:\U0001f600^7}".format("x", 12, 3.5))
print("{:=+8d}|{:=8}|{:08d}|{:+08.2f}|{:08}".format(42, -17, -5, 3.14159, -2.5))
print("{:+d} {:-d} {: d} {:+} {: }".format(5, 5, 5, -3, 7))
print("{:#x} {:#o} {:#b} {:#X} {:x} {:_x} {:_b}".format(255, 8, 5, 48879, -255, 2 ** 40, 37))
print("{:,} {:_} {:,.2f} {:_.3f} {:015,.2f} {:,d}".format(1234567, 7654321, 9876543.219, 12345.6789, -1234.5, -10 ** 12))
print("{:.3} {:.1s} {:10.2} {:<.0}|".format("abcdef", "xyz", "héllo", "gone"))
print("{:e} {:.2E} {:g} {:G} {:.3g} {:%} {:.1%} {:n}".format(12345.678, 0.000123, 1e20, 1e-7, 2.0 / 3, 0.25, 1 / 3, 1234))
print("{} {} {} {} {}".format(float("nan"), float("inf"), -float("inf"), -0.0, 0.0))
print("{:f} {:.2f} {:>8.1f} {:+.0f} {:e}".format(float("nan"), -float("inf"), -0.0, -0.4, float("inf")))
print("{:z.1f} {:z.2f} {:.1f}".format(-0.04, -0.0, -0.04))
print("{} {:d} {:>6} {:x} {}".format(True, False, True, True, PlainInt(7)))
print("{} {:>5} {:d}".format(MyInt(3), MyInt(4), MyInt(5)))
print("{} {!s} {:>7}".format(MyStr("ab"), MyStr("ab"), MyStr("ab")))
print("{} {}".format(2 ** 70, -(2 ** 64)), "{:,}".format(2 ** 70), "{:>30_}".format(-(2 ** 70)))
print("{0:{1}}".format(3.14159, ".2f"), "{a}".format(a=1), "{0[1]}".format([5, 6]), "{0.real}".format(2))

# arguments are all evaluated first, then the fields formatted left to right
log.clear()
s = "{} {!r} {!s} {:>4}".format(arg("a", Loud("1")), arg("b", Loud("2")), arg("c", Loud("3")), arg("d", Loud("4")))
print(s, log)

# errors: the same type and message as the runtime's parser
attempt("missing", lambda: "{} {}".format(1))
attempt("missing index", lambda: "{0} {3}".format(1, 2))
attempt("auto then manual", lambda: "{} {1}".format(1, 2))
attempt("manual then auto", lambda: "{0} {}".format(1, 2))
attempt("bad conversion", lambda: "{!x}".format(1))
attempt("bad spec int", lambda: "{:q}".format(1))
attempt("bad spec str", lambda: "{:d}".format("s"))
attempt("sign on str", lambda: "{:+}".format("s"))
attempt("= on str", lambda: "{:=5}".format("s"))
attempt("precision on int", lambda: "{:.2d}".format(3))
attempt("two groupings", lambda: "{:,_}".format(3))
attempt("spec on None", lambda: "{:>4}".format(None))
attempt("non-str format", lambda: "{}".format(BadFormat()))
attempt("single }", lambda: "a } b".format(1))
attempt("single {", lambda: "a { b".format(1))
attempt("unclosed", lambda: "{0".format(1))
attempt("c overflow", lambda: "{:c}".format(-1))
log.clear()
attempt("error after side effects", lambda: "{} {:d}".format(Loud("5"), "x"))
print(log)

# --- % with a tuple literal
print("%s x%d" % ("name", 7), "%s" % ("only",), "%d%%" % (50,), "%%%s%%" % ("p",))
print("%s|%r|%a" % ("é", "é\n", "é\u20ac\U0001f600"))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "cd", "efgh", "ijk"))
print("%d %i %u %x %X %o %#x %#o %#X" % (42, -42, 7, 255, 255, 8, 255, 8, -255))
print("%05d|%-5d|%+d|% d|%+05d|%.3d|%5.3d" % (42, 42, 42, 42, -42, 7, -7))
print("%f|%.2f|%8.3f|%-8.1f|%+.1e|%E|%g|%G|%#g|%#.0f" % (3.14159, 2.675, -1.5, 2.25, 12345.678, 1e-10, 1e20, 1e-5, 2.5, 3.0))
print("%f %e %g %.1f" % (float("nan"), float("inf"), -float("inf"), -0.0))
print("%d %d %d %x" % (True, 3.99, -2.5, False))
print("%s %r %d" % (PlainInt(5), PlainInt(6), PlainInt(7)), "%s %d" % (MyInt(8), MyInt(9)))
print("%s %s" % (MyStr("q"), (1, 2)), "%s" % ((1, 2),), "%r" % ([1, "a"],), "%s" % ({"k": 1},))
print("%c%c%c" % (65, "é", 0x1F600), "%5c|%-3c|" % ("x", 66))
print("%d %x" % (2 ** 70, -(2 ** 65)), "%s" % (10 ** 30,), "%.3f" % (10 ** 20,))
print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.25))
print("%(a)s %(b)d" % {"a": "x", "b": 2}, "%s" % "plain", "%d items" % 3)

log.clear()
s = "%s %r %s" % (arg("a", Loud("1")), arg("b", Loud("2")), arg("c", Loud("3")))
print(s, log)

attempt("%d of str", lambda: "%d" % ("x",))
attempt("%x of float", lambda: "%x" % (1.5,))
attempt("%f of str", lambda: "%s %f" % ("a", "b"))
attempt("%c of long str", lambda: "%c" % ("ab",))
attempt("%c out of range", lambda: "%c" % (0x110000,))
attempt("too few", lambda: "%s %s" % ("a",))
attempt("too many", lambda: "%s" % ("a", "b"))
attempt("bad char", lambda: "%s %y" % ("a", "b"))
attempt("incomplete", lambda: "%s %" % ("a", "b"))
attempt("star", lambda: "%*d" % (5, 3))
attempt("mapping key with tuple", lambda: "%(a)s" % ("x",))
attempt("star overflow", lambda: "%*d" % (2 ** 70, 1))
attempt("star overflow before count", lambda: "%e%*d%*d" % (-3.5, 2 ** 70))
attempt("nan %d", lambda: "%d" % (float("nan"),))
attempt("inf %d", lambda: "%d" % (float("inf"),))
log.clear()
attempt("error after side effects", lambda: "%s %d" % (Loud("6"), "x"))
print(log)

# CPython 3.11 compiles a template of only %s, %r and %a (widths and precisions of at most two
# digits) as an f-string: each item is evaluated and formatted before the next is evaluated.
log.clear()
s = "%s|%5r|%-4s|%.1a|%05.2s|%+s|%.s|" % (arg("a", Loud("1")), arg("b", Loud("2")), arg("c", "x"), arg("d", "é"), arg("e", "abc"), arg("f", 1), arg("g", "gone"))
print(s, log)
# any other conversion, or a longer width: the tuple is made first
log.clear()
s = "%s %d %s" % (arg("a", Loud("1")), arg("b", 5), arg("c", Loud("3")))
print(s, log)
log.clear()
s = "%100s|%s" % (arg("a", Loud("1")), arg("b", Loud("2")))
print(s.strip(), log)
log.clear()
s = "%s|%.100s" % (arg("a", Loud("1")), arg("b", Loud("2")))
print(s, log)


# an empty spec formats str and number subclasses as str(self)
class S(str):
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"


class I(int):
    def __str__(self):
        return "I-str"


class F(float):
    def __repr__(self):
        return "F-repr"


for v in (S("ab"), I(5), F(2.5), True):
    print(format(v, ""), f"{v}", "{}".format(v), "{0:}".format(v), format(v, ">4"), f"{v!s}", "%s" % (v,), "%r" % (v,), str(v))
