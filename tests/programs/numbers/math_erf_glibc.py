# math.erf and math.erfc give the C library's bits (CPython 3.11 calls libm), in every range of
# glibc's approximation; statistics.NormalDist is built on them.
import math
from statistics import NormalDist
points = [0.0, -0.0, 5e-324, 1e-310, 1e-20, 1e-9, 0.1, 0.2, 0.25, 0.3, 0.5, 0.7, 0.84375, 0.9, 1.0, 1.1, 1.2,
          1.25, 1.5, 2.0, 2.5, 2.857, 2.8571428, 2.86, 3.0, 3.7, 4.5, 5.5, 5.9, 6.0, 7.0, 10.0, 26.0, 27.9,
          28.0, 30.0, 1e300, float('inf')]
for x in points:
    for v in (x, -x):
        print(repr(v), repr(math.erf(v)), repr(math.erfc(v)))
print(math.erf(float('nan')), math.erfc(float('nan')))
x = 0.013
acc = []
while x < 9:
    acc.append(math.erf(x) + math.erfc(-x) * 3)
    x = x * 1.37 + 0.001
print(len(acc), acc[::7])
n = NormalDist(100, 15)
print(n.cdf(130), n.cdf(85), n.inv_cdf(0.975), NormalDist().cdf(1.0), n.overlap(NormalDist(110, 10)))
try: math.erf('x')
except TypeError as e: print('TypeError', e)
