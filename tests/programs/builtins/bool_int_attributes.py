# bool inherits int's attributes: reading them through getattr(), attrgetter and plain dots.
import operator

for value in (True, False):
    for name in ("numerator", "denominator", "real", "imag"):
        got = getattr(value, name)
        print(value, name, got, type(got).__name__, got == operator.attrgetter(name)(value))
    print(value.real, value.imag, value.numerator, value.denominator)
    print(hasattr(value, "real"), hasattr(value, "fromhex"))

calls = [
    ("bit_length", ()), ("bit_count", ()), ("conjugate", ()), ("as_integer_ratio", ()),
    ("to_bytes", (2, "big")), ("to_bytes", (1, "little")), ("__add__", (1,)), ("__and__", (True,)),
    ("__or__", (False,)), ("__xor__", (True,)), ("__neg__", ()), ("__invert__", ()),
    ("__abs__", ()), ("__int__", ()), ("__float__", ()), ("__index__", ()), ("__hash__", ()),
    ("__round__", ()), ("__trunc__", ()), ("__floor__", ()), ("__ceil__", ()), ("__bool__", ()),
    ("__repr__", ()), ("__str__", ()), ("__format__", ("d",)), ("__format__", ("",)),
    ("__mul__", (3,)), ("__rsub__", (10,)), ("__truediv__", (2,)), ("__pow__", (3,)),
    ("__lt__", (1,)), ("__eq__", (1,)), ("__getnewargs__", ()),
]
for value in (True, False):
    for name, args in calls:
        try:
            result = getattr(value, name)(*args)
            print(value, name, args, repr(result), type(result).__name__)
        except Exception as e:
            print(value, name, args, type(e).__name__, e)

getters = [operator.attrgetter(n) for n in ("real", "imag", "numerator", "denominator")]
print([g(True) for g in getters], [g(False) for g in getters])
print(sorted([True, False, 2, 0.5], key=operator.attrgetter("real")))
