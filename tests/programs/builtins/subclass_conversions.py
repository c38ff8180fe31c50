# Conversions and whole slices of tuple and bytes subclasses give the exact type; error texts of int()/float() of bytes and round() of special Decimals.
from collections import namedtuple
from datetime import date
from decimal import Decimal
P = namedtuple("P", "x y z")
p = P(1, 2, 3)
print(p[:], type(p[0:3]).__name__, type(p[:2]).__name__)
print(date(2024, 1, 1).isocalendar()[:])
class T(tuple): pass
t = T((1, 2))
print(type(t[-5:]).__name__, t[:] == t, (1, 2)[:] is not None)
class B(bytes):
    def __repr__(self): return "B!"
b = B(b"abc")
print(repr(bytes(b)), type(bytes(b)).__name__, bytes(b"x") == b"x")
for v in ("Infinity", "-Infinity", "NaN"):
    try:
        print(round(Decimal(v)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in (b"\xff", bytearray(b"1x"), b"abc"):
    for f in (int, float):
        try:
            f(v)
        except ValueError as e:
            print(e)
