n = 10
n += 5
print(n)
n -= 20
print(n)
n *= -3
print(n)
n //= 4
print(n)
n %= 5
print(n)
n **= 10
print(n)
n <<= 3
print(n)
n >>= 1
print(n)
n |= 0xF0
print(n)
n &= 0x3C
print(n)
n ^= 0xFF
print(n)
f = 1.5
f += 1
print(f)
f *= 2
print(f)
f -= 5
print(f)
f /= 4
print(f)
big = 1
for _ in range(8):
    big *= 1000003
print(big)
big //= 7
print(big)
xs = [1, 2, 3]
xs[1] += 10
xs[-1] *= 3
print(xs)
