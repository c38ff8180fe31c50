lst = [1, 2]
lst[1], x = lst
print(lst, x)
lst = [1, 2]
x, lst[0] = lst
print(lst, x)
a, b = (3, 4)
c, d = [5, 6]
e, f = "gh"
g, h = {"k": 1, "j": 2}
print(a, b, c, d, e, f, g, h)
for k, v in {"a": 1}.items():
    print(k, v)
for i, (p, q) in enumerate([(1, 2), [3, 4]]):
    print(i, p, q)
class T(tuple):
    pass
m, n = T((7, 8))
print(m, n)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    a, b = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
