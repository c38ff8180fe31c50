# Decimals whose coefficients run past the int/str digit limit (4300 digits by default): the
# decimal module converts its digits exactly at any length, as CPython's C decimal does.
from decimal import Decimal, getcontext, localcontext, Context, ROUND_HALF_EVEN, InvalidOperation


def digest(text):
    """A short fingerprint of a long digit string: length, ends and a position-weighted sum."""
    total = 0
    for i, ch in enumerate(text):
        if ch.isdigit():
            total = (total * 31 + int(ch) + i) % 1000000007
    return len(text), text[:12], text[-12:], total


def pi_chudnovsky(digits):
    with localcontext() as ctx:
        ctx.prec = digits + 10
        c = 426880 * Decimal(10005).sqrt()
        k, m, x, l, s = 6, 1, 1, 13591409, Decimal(13591409)
        for i in range(1, digits // 14 + 2):
            m = m * (k ** 3 - 16 * k) // i ** 3
            k += 12
            l += 545140134
            x *= -262537412640768000
            s += Decimal(m * l) / x
        ctx.prec = digits
        return +(c / s)


def e_series(digits):
    with localcontext() as ctx:
        ctx.prec = digits + 5
        e, term, n = Decimal(1), Decimal(1), 1
        limit = Decimal(10) ** -(digits + 3)
        while term > limit:
            term /= n
            e += term
            n += 1
        ctx.prec = digits
        return +e


print('pi', digest(str(pi_chudnovsky(5200))))
print('e', digest(str(e_series(5100))))
with localcontext() as ctx:
    ctx.prec = 5000
    print('sqrt2', digest(str(Decimal(2).sqrt())))
    print('sqrt3', digest(str(Decimal(3).sqrt())))
    print('1/7', digest(str(Decimal(1) / 7)))
    print('22/7', digest(str(Decimal(22) / Decimal(7))))
    print('ln2', digest(str(Decimal(2).ln())[:200]))

# At the default precision, big ints meet Decimals.
print(Decimal("1e5000") == 10 ** 5000, Decimal("1e5000") < 10 ** 5000 + 1, Decimal(10 ** 5000) > 10 ** 4999)
print(Decimal(10 ** 4000) * Decimal(10 ** 400))
print(Decimal(10 ** 4400), Decimal(10 ** 5000 + 7))
print(Decimal(-(10 ** 5000) - 7) + 1)
print(digest(str(Decimal("1" * 5000))))
print(digest(str(Decimal("-" + "9" * 4400) - 1)))
print(digest(str(Decimal("0." + "3" * 4500))))
print(Decimal(2) ** 20000)
print(Decimal(7) ** -9000)
print(hash(Decimal(10 ** 5000)) == hash(10 ** 5000))
print(int(Decimal("1e4400")) == 10 ** 4400, int(Decimal("1" * 4500)) % 1000)
print(Decimal(10 ** 4500).adjusted(), Decimal(10 ** 4500 - 1).adjusted())
print(Decimal(2 ** 20000).as_tuple().digits[:5], len(Decimal(2 ** 20000).as_tuple().digits))
print(digest(repr(Decimal(3 ** 9000))))
print(digest(format(Decimal(3 ** 9000), 'f')), digest(format(Decimal(3 ** 9000), '.3e')))
print(digest(Decimal(3 ** 9000).to_eng_string()))
print(digest(str(Decimal(3 ** 9000).quantize(Decimal("1e4290")))))
print(digest(str(Decimal((0, (1,) * 4400, -4399)).quantize(Decimal("0.01")))))
print(float(Decimal("1" * 5000 + "e-4990")))
print(Decimal(10 ** 5000).sqrt(), Decimal(10 ** 5000).ln(), Decimal(10 ** 5000).log10())
print(Decimal(10 ** 5000).compare(Decimal("1e5000")), Decimal(10 ** 5000).compare_total(Decimal("1e5000")))
try:
    print(Decimal("sNaN" + "7" * 50))
    print(Decimal("NaN" + "7" * 50) + 1)
except InvalidOperation as e:
    print(type(e).__name__)

# A wide context keeps every digit of exact sums and products.
big = Context(prec=12000, rounding=ROUND_HALF_EVEN)
a = Decimal(10 ** 5000 + 1)
b = Decimal(10 ** 4999 * 3 + 12345)
print(digest(str(big.add(a, b))), digest(str(big.multiply(a, b))))
print(digest(str(big.subtract(a, b))), digest(str(big.divide_int(a, b))), digest(str(big.remainder(a, b))))
print(big.logical_invert(Decimal(0)).adjusted(), big.shift(Decimal(1), 11999).adjusted())
print(digest(str(big.rotate(Decimal("1" * 4500), 3))))
ones = Decimal("10" * 2500)
print(digest(str(big.logical_and(ones, Decimal("11" * 2500)))), digest(str(big.logical_xor(ones, Decimal("1" * 5000)))))

# Digit counts right at powers of ten, where a count from the bit length alone can be one off.
state = 12345
checks = []
for k in range(1, 6000, 97):
    for delta in (-1, 0, 1):
        n = 10 ** k + delta
        d = Decimal(n)
        checks.append(d.adjusted())
        checks.append(len(d.as_tuple().digits))
        state = (state * 1103515245 + 12345) % 2 ** 31
        checks.append(str(d.scaleb(-(state % k + 1)))[-3:])
print(len(checks), sum(x for x in checks if isinstance(x, int)), digest(''.join(x for x in checks if isinstance(x, str))))
with localcontext() as ctx:
    ctx.prec = 6000
    print([Decimal(10 ** k - 1).next_plus().adjusted() for k in (4299, 4300, 4301, 5999)])
    print([(Decimal(2) ** k).adjusted() for k in (14284, 14285, 14286, 19931, 19932)])
