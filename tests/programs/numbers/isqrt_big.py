# math.isqrt over big ints (past a double's precision and its range): the floor of the square root.
import math
vals = [89260497920 * 100**23, 2**200, 2**200 - 1, 10**600, 10**600 + 12345, 3**1000, 2**52, 2**53 + 1, 2**64 - 1, 99999999999999999999]
x = 7
for i in range(300):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**(64 + i * 7)
    vals.append(x)
ok = 0
for v in vals:
    r = math.isqrt(v)
    assert r * r <= v < (r + 1) * (r + 1), v
    ok += 1
print(ok, math.isqrt(89260497920 * 100**23), math.isqrt(10**600) == 10**300, math.isqrt(2**200 - 1))
