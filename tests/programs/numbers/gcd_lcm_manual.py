def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return abs(a * b) // gcd(a, b)

print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(17, 5))
print(lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 41):
    l = lcm(l, i)
print(l)
print(gcd(2 ** 100, 6 ** 50))
def ext(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext(b, a % b)
    return g, y, x - (a // b) * y
print(ext(240, 46))
print(ext(10 ** 18 + 9, 10 ** 9 + 7))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99))
