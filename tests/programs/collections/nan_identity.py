# Containers compare items by identity first (PyObject_RichCompare's shortcut in list, tuple,
# dict and set operations), so one nan object equals itself there while two nans never do.
import math

x = float('nan')
y = float('nan')
print(x == x, x != x, x is x, x is y, [x] == [x], [x] == [y], (x,) == (x,), (x,) == (y,))
print(x in [x], x in [y], x in (x, 1), y in (x,), [x] != [x], [x] != [y])
print({1: x} == {1: x}, {1: x} == {1: y}, {x} == {x}, {x} == {y})
print(x in {x}, y in {x}, x in {x: 1}, y in {x: 1}, x in {x: 1}.keys(), x in {1: x}.values())
print([x].count(x), [x, y].count(x), [x, y].count(y), [y, x].index(x), (x, y).index(y))
l = [x, y]
l.remove(y)
print(len(l), l[0] is x)
try:
    [x].remove(y)
except ValueError as e:
    print('ValueError', e)
d = {x: 1, y: 2}
print(len(d), d[x], d[y], d.get(float('nan')), x in d, float('nan') in d)
d[x] = 10
print(sorted(d.values()), d.pop(y), len(d))
s = {x, y, x}
print(len(s), x in s, float('nan') in s)
print(math.nan is math.nan, math.nan in [math.nan], math.nan == math.nan, math.isnan(x))
print(repr(x), str(y), f'{x:.2f}', format(x, '>6'), '%f' % x, str([x, y]), repr((x,)))
print(x > 1, x < 1, x >= x, max(1, x), min(x, 1), sorted([3, x, 1])[1] is x)
print(bool(x), -x != -x, abs(x) is x, x + 1 is x, x * 0 == x * 0)
z = x
print(z is x, [z] == [x], {z: 'a'}[x], (x, 1) in {(z, 1)})
for f in (int, round, math.floor):
    try:
        f(x)
    except ValueError as e:
        print(type(e).__name__, e)
print(float('nan') is float('nan'), float('-nan') == float('-nan'), float.fromhex('nan') in [x])
print(sum([x, 1]) != sum([x, 1]), x.is_integer(), x.hex(), math.copysign(1, x))
n = [float('nan')] * 3
print(n[0] is n[1], n.count(n[0]), len(set(n)), len({*n, float('nan')}))
