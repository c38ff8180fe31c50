a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(a << 2, a >> 2)
print(-1 >> 10, -1024 >> 3)
print(-5 & 0xFF, -5 | 2, -5 ^ 3)
print(1 << 62, 1 << 63, 1 << 64)
print((1 << 64) - 1 & 0xFFFF)
print(~(2 ** 70))
print((2 ** 70) & (2 ** 70 - 1))
print((2 ** 70) | 1)
print(-(2 ** 70) & 0xFFFFFFFF)
print(0xDEADBEEF ^ 0xFFFFFFFF)
print(123456789 >> 40)
x = 0
for i in range(0, 40, 3):
    x |= 1 << i
print(x, bin(x))
print(bin(x).count("1"))
y = 0xF0F0
y &= 0xFF00
print(hex(y))
y ^= 0x0F
y <<= 4
print(hex(y))
print(2 ** 31 << 1, 2 ** 32 >> 1)
print(-(2 ** 31) >> 31, (2 ** 31) >> 31)
print(1 << 31, 1 << 32)
print(0xFFFFFFFF + 1, ~0xFFFFFFFF)
