# printf-style `%` over every conversion with number-like operands: builtin numbers, Decimal,
# Fraction, subclasses, and objects with only __index__, __int__ or __float__ (or ones that
# return the wrong type or raise); str and bytes formats; and the reflected __rmod__ of a str
# subclass operand.
from decimal import Decimal
from fractions import Fraction


class Idx:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 2.5


class Int:
    def __int__(self):
        return 7


class IdxFlt:
    def __index__(self):
        return 3

    def __float__(self):
        return 4.25


class IntIdx:
    def __int__(self):
        return 8

    def __index__(self):
        return 9


class IntFlt:
    def __int__(self):
        return 5

    def __float__(self):
        return 6.5


class FloatGivesInt:
    def __float__(self):
        return 1


class IndexGivesFloat:
    def __index__(self):
        return 1.5


class IntGivesStr:
    def __int__(self):
        return "x"


class IndexRaisesValue:
    def __index__(self):
        raise ValueError("index boom")


class IndexRaisesType:
    def __index__(self):
        raise TypeError("index type boom")


class FloatRaisesValue:
    def __float__(self):
        raise ValueError("float boom")


class TruncOnly:
    def __trunc__(self):
        return 11


class MyInt(int):
    def __int__(self):
        return 99

    def __index__(self):
        return 98

    def __float__(self):
        return 97.5


class MyFloat(float):
    pass


class MyStr(str):
    pass


class NumStr(str):
    def __float__(self):
        return 0.5


OPERANDS = [
    ("Idx", Idx()), ("Flt", Flt()), ("Int", Int()), ("IdxFlt", IdxFlt()), ("IntIdx", IntIdx()),
    ("IntFlt", IntFlt()), ("FloatGivesInt", FloatGivesInt()), ("IndexGivesFloat", IndexGivesFloat()),
    ("IntGivesStr", IntGivesStr()), ("IndexRaisesValue", IndexRaisesValue()),
    ("IndexRaisesType", IndexRaisesType()), ("FloatRaisesValue", FloatRaisesValue()),
    ("TruncOnly", TruncOnly()), ("MyInt", MyInt(5)), ("MyFloat", MyFloat(2.75)), ("MyStr", MyStr("s")),
    ("NumStr", NumStr("12")), ("int", 3), ("neg", -17), ("big", 10**25), ("huge", 10**400),
    ("float", 2.5), ("negfloat", -0.125), ("nan", float("nan")), ("inf", float("inf")),
    ("True", True), ("False", False), ("Fraction", Fraction(7, 2)), ("Decimal", Decimal("3.75")),
    ("complex", 1 + 2j), ("None", None), ("str", "s"), ("bytes", b"s"), ("list", [1]),
]

CONVERSIONS = "d i u x X o c f F e E g G s r a".split()


def attempt(template, operand):
    try:
        r = template % operand
        return f"{type(r).__name__} {r!r}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for conv in CONVERSIONS:
    print("==", conv)
    for name, value in OPERANDS:
        text = attempt("%" + conv, value)
        if conv in "sra":
            # repr/str of the objects include addresses; only the kind of outcome is stable.
            text = text.split(" ")[0]
        print(f"  %{conv} {name}: {text}")
        if conv not in "sra" or name in ("bytes", "int", "float"):
            print(f"  b%{conv} {name}: {attempt(b'%' + conv.encode(), value)}")

# Flags, widths and precisions go through the same conversions.
for spec in ["%5d", "%-6x", "%#o", "%+.2f", "%08.3e", "% g", "%#X", "%*d", "%.*f", "%3c"]:
    for name, value in [("Idx", Idx()), ("IdxFlt", IdxFlt()), ("MyInt", MyInt(65)), ("Flt", Flt()), ("int", 66)]:
        args = (7, value) if "*" in spec else value
        print(spec, name, attempt(spec, args), attempt(spec.encode(), args))

# A small fuzz over templates and operands, from a fixed linear congruential sequence.
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


NUMERIC = [v for _, v in OPERANDS if not isinstance(v, (str, bytes, list)) and v is not None]
for _ in range(150):
    k = 1 + rand(3)
    convs = [CONVERSIONS[rand(13)] for _ in range(k)]
    flags = ["", "-", "+", " ", "#", "0"]
    template = " ".join("%" + flags[rand(6)] + (str(rand(12)) if rand(2) else "") + c for c in convs)
    values = tuple(NUMERIC[rand(len(NUMERIC))] for _ in convs)
    print(repr(template), [type(v).__name__ for v in values], attempt(template, values))


# The right operand's reflected __rmod__ answers first when its type is a str subclass that
# overrides it; a tuple or a str subclass without it is formatted.
class S(str):
    def __rmod__(self, other):
        return f"S.__rmod__({other!r})"


class SDecline(str):
    def __rmod__(self, other):
        print("  SDecline.__rmod__ declines")
        return NotImplemented


class SMod(str):
    def __mod__(self, other):
        return "SMod.__mod__"


class B(bytes):
    def __rmod__(self, other):
        return ("B.__rmod__", other)


template = "%s"
print("%s" % S("x"))
print(template % S("x"))
print("<%s>" % S("x"))
print("%r" % S("x"))
print("%s %s" % (S("x"), S("y")))
print("%s" % (S("x"),))
print("%(k)s" % {"k": S("x")})
t = "%s!"
t %= S("x")
print(t)
print("%s" % SDecline("y"))
print(template % SDecline("y"))
print("%s" % SMod("z"))
print(template % MyStr("plain"))
print(SMod("a%s") % "q")
print(S("a%s") % "q")
print(b"%s" % B(b"x"))
print(b"%s" % (B(b"x"),))
print("%d%%" % MyInt(5), "%s" % MyInt(5))
for fmt in ["%s", "%s-%s", "[%5s]", "%c", "%d"]:
    for v in [S("v"), SDecline("w"), MyStr("m")]:
        print(fmt, type(v).__name__, attempt(fmt, v))


# str() of an object without __str__ whose __repr__ gives a non-str.
class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return 43

    def __repr__(self):
        return "BadStr()"


for f in [str, repr, format, lambda o: "%s" % o, lambda o: "%r" % o, lambda o: f"{o}", lambda o: f"{o!r}",
          lambda o: "{}".format(o), lambda o: str([o])]:
    for o in [BadRepr(), BadStr()]:
        try:
            r = f(o)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(type(o).__name__, r)
