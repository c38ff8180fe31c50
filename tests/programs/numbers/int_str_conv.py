print(str(0), str(-0), str(123), str(-456))
print(repr(10 ** 25), str(-(10 ** 25)))
print(int("-0"), int("007"))
print(len(str(3 ** 100)))
print(str(2 ** 64)[::-1])
digits = [int(c) for c in str(2 ** 50)]
print(digits, sum(digits))
print(int("".join(["1", "2", "3"])) * 2)
n = 12345
rev = 0
while n:
    rev = rev * 10 + n % 10
    n //= 10
print(rev)
print(f"{10**18:,}", f"{-1234567:,}", f"{1234567:_}")
print(f"{255:x} {255:o} {255:b} {255:#X}")
print(f"{42:05d} {-42:05d} {42:+d} {42: d}")
print(f"{7:>4}|{7:<4}|{7:^5}|")
print(format(1234567890123, ","))
print(format(0xABCDEF, "_x"))
print(format(5, "c") if False else chr(65))
print(str(1_000_000))
