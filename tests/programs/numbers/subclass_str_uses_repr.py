# int and float have no __str__ of their own: str(), %s, format() and f-strings of a subclass
# instance use its __repr__; a subclass's own __str__ or __format__ still wins.
class I(int):
    def __repr__(self):
        return "I!"


class F(float):
    def __repr__(self):
        return "F!"


class Plain(int):
    pass


class PlainF(float):
    pass


class S(int):
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"


class Fmt(float):
    def __format__(self, spec):
        return "fmt:" + spec


i, f = I(5), F(2.5)
print(str(i), f"{i}", "%s" % i, format(i), "{}".format(i), [i], repr(i))
print(str(f), f"{f}", "%s" % f, format(f), "{}".format(f), [f], repr(f))
print(str(F(2.0)), f"{F(-0.0)}", format(F(1e300)))
print(f"{i:d}", f"{i:>4}", "%d" % i, "%r" % i, f"{f:.2f}", "%.1f" % f, i + 1, f * 2)
print(str(Plain(3)), f"{Plain(3)}", "%s" % Plain(-7), str(PlainF(2.0)), f"{PlainF(0.5)}")
print(str(S(1)), f"{S(1)}", "%s" % S(1), [S(1)], format(S(1)))
print(f"{Fmt(1.5)}", f"{Fmt(1.5):x}", str(Fmt(1.5)))
print(str(True), f"{False}", "%s" % True, str(2.0), str(7), f"{2.0}", format(-0.0))
