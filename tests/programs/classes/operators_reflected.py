class V:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
    def __repr__(self):
        return f"V{self.c}"
    __hash__ = None
print(V(1, 2) + V(3, 4), V(1, 2) + 1, 5 + V(1, 1), 3 * V(1, 2), V(1, 2) * 2, -V(1, -1))
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
print(sum([V(1, 1), V(2, 2)]))
try:
    V(1) + "x"
except TypeError as e:
    print(e)
try:
    "x" * V(1)
except TypeError as e:
    print(e)
try:
    hash(V(1))
except TypeError as e:
    print(e)
print(V(1) == V(1), V(1) != V(2), V(1) == 1, sorted([V(3), V(1), V(2)]))
print(V(2) > V(1))
class Weird:
    def __eq__(self, o):
        return "yes"
    def __ne__(self, o):
        return ""
print(Weird() == 1, Weird() != 1, 1 == Weird(), [Weird()] == [Weird()])
class R:
    def __rsub__(self, o):
        return f"rsub {o}"
    def __rtruediv__(self, o):
        return f"rdiv {o}"
    def __rpow__(self, o):
        return f"rpow {o}"
    def __rlshift__(self, o):
        return "rlshift"
    def __rmod__(self, o):
        return "rmod"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
print(1 - R(), 2 / R(), 2 ** R(), 1 << R(), 5 % R(), 5 // R(), 1 & R(), 1 | R(), 1 ^ R())
class I:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o); return self
i = I(); j = i; i += 3; i += 4
print(i is j, j.v)
class Sub(int):
    def __radd__(self, o):
        return "sub radd"
print(1 + Sub(2), Sub(2) + 1)
