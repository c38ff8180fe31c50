# Decimal(str) with exponents at and past the limits the exact conversion can hold
# (InvalidOperation), beside Context.create_decimal (Overflow) and flags with traps off.
from decimal import Decimal
for e in ["2000000000000000000", "2000000000000000001", "2000000000000000002", "9223372036854775807", "9223372036854775808",
          "-3999999999999999999", "-4000000000000000000", "-4000000000000000001", "-4000000000000000002", "-9223372036854775807", "-9223372036854775808", "-9223372036854775809"]:
    for m in ["1", "1.5", "0.001", "12345"]:
        try:
            d = Decimal(m + "e" + e)
            print(m, e, repr(d))
        except Exception as ex:
            print(m, e, type(ex).__name__)
from decimal import Context, InvalidOperation, ConversionSyntax, Overflow, setcontext, getcontext
big = '1e' + '9' * 30
c = Context(traps=[])
print(repr(c.create_decimal(big)), c.flags[InvalidOperation], c.flags[Overflow])
c = Context(traps=[])
print(repr(c.create_decimal('abc')), c.flags[InvalidOperation])
for s in (big, '0e' + '9' * 25, '-1e-' + '9' * 25, '1e999999999999999999', '1e-1999999999999999997', '1e-1999999999999999998'):
    setcontext(Context(traps=[]))
    print(repr(Decimal(s)), getcontext().flags[InvalidOperation])
for s in (big, 'x'):
    try:
        Context().create_decimal(s)
    except Exception as e:
        print(repr(e))
    try:
        Decimal(s)
    except Exception as e:
        print(repr(e))
