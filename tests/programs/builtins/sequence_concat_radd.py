# `seq + x` tries x.__radd__ before the sequence concatenates (CPython gives str, list, tuple, bytes
# and bytearray only sq_concat), and `lst += x` tries x.__radd__ before list.__iadd__.
class R:
    def __radd__(self, o): return ("radd", o)
    def __rmul__(self, o): return ("rmul", o)
print([1] + R(), (1,) + R(), "s" + R(), b"b" + R(), 1 + R(), 1.5 + R())
x = [1]; x += R() if False else []; print(x)
class L(list):
    def __radd__(self, o): return "L.radd"
print([1] + L([2]), (1,) + ((2,)), [1] * 2)
def f(a, b): return a + b
print(f([1], R()), f("a", R()))
y = [1]; y += R(); print(y)
z = bytearray(b"a"); z += R(); print(z)
w = [1]; w += (2, 3); print(w)
from collections import UserList
v = [0]; v += UserList([1]); print(v, type(v).__name__)
t = (1,); t += R(); print(t)
s = "a"; s += R(); print(s)
print([1] * 2, R() + [1] if hasattr(R, "__add__") else "")
for bad in ([1], (1,), "s", b"b", bytearray(b"x")):
    try:
        bad + 5
    except TypeError as e:
        print(e)
try:
    q = [1]
    q += 5
except TypeError as e:
    print(e)
print([].__add__([1]), ().__add__((2,)))
try:
    [].__add__(R())
except TypeError as e:
    print(e)
