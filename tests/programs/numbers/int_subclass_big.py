# int subclass instances holding ints past 2**53 (BigInt wrappers): repr, str, arithmetic, hashing, methods.
class Plain(int):
    pass
class R(int):
    def __repr__(self):
        return "R!"
x = Plain(2 ** 70)
print(repr(x), str(x), f"{x}", "%s" % x, x + 1, x * 2, -x, x > 5, x == 2 ** 70, hash(x) == hash(2 ** 70))
print(x.bit_length(), x.numerator, x.real, x.to_bytes(9, "big"), type(x).__name__, isinstance(x, int))
print(f"{x:,}", f"{x:x}", "%d" % x, int(x), float(x), divmod(x, 7), x // 3, x % 1000)
y = R(-(2 ** 80))
print(repr(y), str(y), f"{y}", [y], abs(y), y.bit_length())
z = Plain(12)
print(z.bit_length(), z.real, z.numerator, z.as_integer_ratio(), z.is_integer() if hasattr(z, "is_integer") else "-")
