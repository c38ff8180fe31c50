# An int on the left and a float subclass on the right: int's slots return NotImplemented for a
# float, so the subclass's reflected method (or float's own) answers.


class MyFloat(float):
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
    def __rmul__(self, o): return "rmul"
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rdivmod__(self, o): return "rdivmod"
    def __gt__(self, o): return "gt"
    def __lt__(self, o): return "lt"
    def __ge__(self, o): return "ge"
    def __le__(self, o): return "le"
    def __eq__(self, o): return "eq"
    def __ne__(self, o): return "ne"
    __hash__ = float.__hash__


class MyInt(int):
    def __radd__(self, o): return "iradd"
    def __rsub__(self, o): return "irsub"
    def __rmul__(self, o): return "irmul"
    def __rfloordiv__(self, o): return "irfloordiv"
    def __rmod__(self, o): return "irmod"
    def __rpow__(self, o): return "irpow"
    def __rand__(self, o): return "irand"
    def __ror__(self, o): return "iror"
    def __rxor__(self, o): return "irxor"
    def __rlshift__(self, o): return "irlshift"
    def __rrshift__(self, o): return "irrshift"
    def __ge__(self, o): return "ige"
    def __le__(self, o): return "ile"
    def __ne__(self, o): return "ine"


class Plain(float):
    pass


class PlainInt(int):
    pass


f = MyFloat(0.5)
i = MyInt(3)
print(2 + f, 2.5 + f, 2 - f, 2 * f, 2 / f, 2 // f, 2 % f, 2 ** f)
print(True + f, 10**30 + f, 2.0 + f)
print(2 < f, 2 > f, 2 <= f, 2 >= f, 2 == f, 2 != f, 2.0 < f, True < f)
print(divmod(2, f), divmod(2.0, f))
print(1 + i, 1 - i, 1 * i, 1 // i, 1 % i, 1 ** i)
print(1 & i, 1 | i, 1 ^ i, 1 << i, 1 >> i)
print(1 <= i, 1 >= i, 1 != i, True <= i)
print(2.5 + i, 2.5 - i, 2.5 * i, True + i)
print(i + 1, f + 1, i * 2.0)
x = 2
x += f
print(x)
x = 2
x *= f
print(x)
x = 2
x += i
print(x)

# Without overrides, float's (and int's) own reflected methods answer, with the exact result type.
p = Plain(0.5)
for r in [2 + p, 2 - p, 2 * p, 2 / p, 2 // p, 2 % p, 2 ** p, True + p, 10**20 * p, p + 2]:
    print(r, type(r).__name__)
print(2 < p, 2 > p, 2 == Plain(2.0), 2 != Plain(2.0), 1 <= p, 1 >= p)
print(divmod(7, Plain(2.0)), 7 // Plain(2.0), 7 % Plain(-2.0))
q = PlainInt(4)
for r in [2 + q, 2.5 + q, q / 2, 2 ** q, q * 1.5, PlainInt(3) + p]:
    print(r, type(r).__name__)
print(PlainInt(1) < p, PlainInt(1) > Plain(0.5), PlainInt(2) == Plain(2.0))
print(sorted([3, Plain(2.5), 1, Plain(0.5), PlainInt(2)]))
print(max(1, Plain(1.5)), min(PlainInt(2), Plain(2.5)))

# The dunders called directly: int's decline a float, float's take an int.
print((2).__add__(0.5), (2).__radd__(0.5), (0.5).__radd__(2), (0.5).__add__(2))
print((2).__lt__(0.5), (0.5).__gt__(2), (2).__eq__(2.0), (2.0).__eq__(2))
print((2).__sub__(p), (2).__mul__(1.5), (True).__add__(0.5), (2).__pow__(0.5))
print((2).__add__(3), (2.5).__add__(True))


# A subclass of a subclass overriding the reflected method goes first.
class SubSub(MyFloat):
    def __radd__(self, o): return "subsub radd"


print(MyFloat(1.0) + SubSub(2.0), 1.0 + SubSub(2.0), 1 + SubSub(2.0))
