# `seq * x`, `x * seq` and `seq *= x` over the builtin sequences (and their subclasses) with
# number-like right operands: the number protocol (x.__rmul__ / x.__mul__) comes before the
# sequence repetition, and the repetition takes any __index__ object as its count.


class Times(int):
    def __rmul__(self, other):
        return f"Times.__rmul__({other!r})"


class TimesNI(int):
    """__rmul__ that declines: the repetition runs with the int value."""

    def __rmul__(self, other):
        print("  TimesNI.__rmul__ declines", type(other).__name__)
        return NotImplemented


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Idx({self.n})"


class IdxR(Idx):
    def __rmul__(self, other):
        return ("IdxR.__rmul__", other)


class IdxM(Idx):
    def __mul__(self, other):
        return ("IdxM.__mul__", other)


class IdxRNI(Idx):
    def __rmul__(self, other):
        print("  IdxRNI.__rmul__ declines", type(other).__name__)
        return NotImplemented


class OnlyR:
    def __rmul__(self, other):
        return ("OnlyR.__rmul__", other)

    def __repr__(self):
        return "OnlyR()"


class OnlyRNI:
    def __rmul__(self, other):
        return NotImplemented

    def __repr__(self):
        return "OnlyRNI()"


class Plain:
    def __repr__(self):
        return "Plain()"


class MulBoth(int):
    def __mul__(self, other):
        return ("MulBoth.__mul__", other)

    def __rmul__(self, other):
        return ("MulBoth.__rmul__", other)


class S(str):
    pass


class SMul(str):
    def __mul__(self, n):
        return ("SMul.__mul__", n)


class L(list):
    pass


class LR(list):
    def __rmul__(self, other):
        return ("LR.__rmul__", other)


class LI(list):
    def __imul__(self, n):
        return ("LI.__imul__", n)


class T(tuple):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


def show(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def sequences():
    return [
        ("str", lambda: "ab"),
        ("S", lambda: S("ab")),
        ("SMul", lambda: SMul("ab")),
        ("list", lambda: [0, 1]),
        ("L", lambda: L([0, 1])),
        ("LR", lambda: LR([0, 1])),
        ("LI", lambda: LI([0, 1])),
        ("tuple", lambda: (0, 1)),
        ("T", lambda: T((0, 1))),
        ("bytes", lambda: b"ab"),
        ("B", lambda: B(b"ab")),
        ("bytearray", lambda: bytearray(b"ab")),
        ("BA", lambda: BA(b"ab")),
    ]


def counts():
    return [
        ("2", lambda: 2),
        ("True", lambda: True),
        ("-1", lambda: -1),
        ("Times", lambda: Times(3)),
        ("TimesNI", lambda: TimesNI(2)),
        ("Idx", lambda: Idx(2)),
        ("IdxR", lambda: IdxR(2)),
        ("IdxM", lambda: IdxM(2)),
        ("IdxRNI", lambda: IdxRNI(2)),
        ("OnlyR", lambda: OnlyR()),
        ("OnlyRNI", lambda: OnlyRNI()),
        ("Plain", lambda: Plain()),
        ("MulBoth", lambda: MulBoth(2)),
        ("float", lambda: 2.0),
        ("None", lambda: None),
        ("str", lambda: "x"),
        ("list", lambda: [1]),
        ("LR", lambda: LR([1])),
    ]


for sname, mk_seq in sequences():
    print("==", sname)
    for cname, mk_count in counts():
        show(f"{sname} * {cname}", lambda: mk_seq() * mk_count())
        show(f"{cname} * {sname}", lambda: mk_count() * mk_seq())

        def inplace():
            x = mk_seq()
            original = x
            x *= mk_count()
            return (x, x is original) if isinstance(x, (list, bytearray)) else x

        show(f"{sname} *= {cname}", inplace)


# The modular-arithmetic shape that started it: __rmul__ = __mul__ on an int subclass.
class Mod(int):
    def __mul__(self, other):
        return Mod(int(other) * int(self) % 7)

    __rmul__ = __mul__


show("xy * Mod(3)", lambda: "xy" * Mod(3))
show("[1, 2] * Mod(3)", lambda: [1, 2] * Mod(3))
show("Mod(3) * 'xy'", lambda: Mod(3) * "xy")
show("Mod(3) * 5", lambda: Mod(3) * 5)
show("5 * Mod(3)", lambda: 5 * Mod(3))

# Plain repetitions in a loop (the common shape) keep working with every count kind.
acc = []
for n in range(-2, 5):
    acc.append(("ab" * n, [n] * n, (n,) * n, b"z" * n, len(bytearray(b"q") * n)))
print(acc)
for k in [0, 1, 2, True, False, Idx(3), Times(2)]:
    s = "-"
    s *= k
    lst = [k]
    lst *= 2
    print(repr(s), len(lst))

# Errors name the right operand's type, the left sequence answering first.
show("'a' * 'b'", lambda: "a" * "b")
show("[1] * (2,)", lambda: [1] * (2,))
show("(1,) * [2]", lambda: (1,) * [2])
show("b'a' * 'b'", lambda: b"a" * "b")
show("'a' * b'b'", lambda: "a" * b"b")
show("'a' * 1.5", lambda: "a" * 1.5)
show("1.5 * 'a'", lambda: 1.5 * "a")
show("'a' * S('b')", lambda: "a" * S("b"))
show("'a' * (1+2j)", lambda: "a" * (1 + 2j))
show("'a' * 10**20", lambda: "a" * 10**20)
