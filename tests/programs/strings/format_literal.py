# str.format on a literal format string: the plain shapes (`{}`, `{:spec}` with enough arguments)
# take str.format's direct rendering, the others its general path; both must behave as CPython's.


class Money(float):
    def __format__(self, spec):
        return "$" + format(float(self), spec or ".2f")


class Loud(int):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"


class Name(str):
    def __format__(self, spec):
        return "name:" + str.__format__(self, spec)

    def __str__(self):
        return "str-of-name"

    def __repr__(self):
        return "repr-of-name"


class Plain:
    def __repr__(self):
        return "Plain()"


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


order = []


def arg(v):
    order.append(v)
    return v


# widths, fills, alignment, signs, grouping
show("ints", lambda: "{:>6d}|{:<6d}|{:^7d}|{:*^9d}|{:=+8d}|{:08d}".format(42, -42, 7, 123, 5, -17))
show("signs", lambda: "{:+d} {: d} {:-d} {:+.1f} {: .2e}".format(3, 3, -3, 2.25, -0.5))
show("grouping", lambda: "{:,} {:_} {:,.2f} {:015,.1f} {:_x} {:,d}".format(1234567, 7654321, 1234.5, -98765.43, 0xABCDEF, -1000))
show("precision 0", lambda: "{:.0f} {:.0e} {:.0%} {:#.0f} {:.0g}".format(2.5, 12345.0, 0.125, 3.0, 0.5))
show("negative zero", lambda: "{:f} {:.1f} {:e} {:z.1f} {:>8.2f} {}".format(-0.0, -0.04, -0.0, -0.04, -0.0, -0.0))
show("nan inf", lambda: "{:f} {:>6.2f} {:e} {:<6} {:+f} {:010.1f}".format(float("nan"), float("inf"), -float("inf"), float("nan"), float("inf"), -float("inf")))
show("ties", lambda: "{:.2f} {:.2f} {:.1f} {:.0f} {:.0f} {:.2e} {:.1e}".format(0.125, 0.375, 0.25, 0.5, 1.5, 1.125, 2.25))
show("big ints", lambda: "{} {:d} {:,} {:>25} {:e} {:x}".format(2**53 + 1, -(2**64), 2**70, 2**60, 2**80, 2**65))
show("bools", lambda: "{} {:d} {:>5} {:.1f} {!r} {:x}".format(True, False, True, True, False, True))
show("strs", lambda: "{:>8}|{:<8}|{:^8}|{:.3}|{:>8.2}|{!r}|{!a}|{!s:>4}".format("ab", "cd", "ef", "ghijk", "xyz", "q'\"", "é\u1234", "s"))
show("surrogates", lambda: "{:>4}|{:.1}|{!r}|{:*<3}".format("\ud800", "\U0001f600x", "\udfff", "😀"))
show("subclasses", lambda: "{} {:.1f} {} {:>5} {:>3} {!s} {!r}".format(Money(2.5), Money(3), Loud(7), Loud(8), Name("n"), Name("m"), Name("k")))
show("objects", lambda: "{} {!r} {!s} {}".format(Plain(), Plain(), None, [1, "a"]))
show("escapes", lambda: "{{}} {{{}}} }}{{ {{{{".format(1))
show("no fields", lambda: "plain text".format(1, 2))
show("empty", lambda: "".format())
show("only field", lambda: "{}".format(3.0))
show("conversion spec", lambda: "{!r:>8}|{!s:^7}|{!a:<6}".format("x", 12, "ü"))

# every argument is evaluated, in order, before any field is formatted
order.clear()
show("order", lambda: "{}-{}".format(arg(1), arg(2), arg(3)))
print(order)

# shapes left to the runtime, and their errors
show("too few", lambda: "{} {} {}".format(1, 2))
show("none", lambda: "{}".format())
show("manual", lambda: "{1}{0}{1}".format("a", "b"))
show("mixed", lambda: "{}{0}".format("a", "b"))
show("names", lambda: "{x}-{y[0]}".format(x=1, y=[2]))
show("nested spec", lambda: "{:{}}|{:>{w}.{p}f}".format("a", 4, 3.14159, w=8, p=2))
show("single close", lambda: "a}b".format())
show("single open", lambda: "a{b".format())
show("bad conversion", lambda: "{!x}".format(1))
show("empty conversion", lambda: "{!}".format(1))
show("bad code", lambda: "{:d}".format("s"))
show("bad spec", lambda: "{:%%}".format(1))
show("sign on str", lambda: "{:+}".format("s"))
show("star args", lambda: "{} {}".format(*["a", "b"]))
show("keywords", lambda: "{}".format(1, sep="x"))
show("format of None spec", lambda: "{:>5}".format(None))

# a line of a text report, as the bench's text_report writes it
total = 0.0
for i, (name, price, qty) in enumerate([("widget", 12.5, 3), ("doohickey & co", 0.125, 97), ("gizmo's" * 3, 99999.995, 0)]):
    total += price * qty
    print("{:>6d} | {:<16s} | {:>10.2f} | {:>4d} | {:>12.3e}".format(i, name[:16], price, qty, total))
