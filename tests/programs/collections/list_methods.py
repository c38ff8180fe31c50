xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
print(xs, len(xs))
xs.extend([3, 5])
xs.insert(0, 100)
xs.insert(-1, -1)
xs.insert(999, "end")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2))
print(xs)
xs.remove(1)
print(xs, xs.index(5), xs.index(5, 5), xs.count(5), xs.count(42))
ys = [x for x in xs if isinstance(x, int)]
ys.sort()
print(ys)
ys.sort(reverse=True)
print(ys)
ys.reverse()
print(ys)
zs = ys.copy()
zs.clear()
print(zs, ys[:3])
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    xs.index(42)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, 3 * [1])
a = [1, 2]
a += (3, 4)
a *= 2
print(a)
