a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
a, b, c = "xyz"
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, b] = [10, 20]
print(a, b)
i = 0
xs = [0, 0, 0]
i, xs[i] = 1, 5
print(i, xs)
d = {}
d["k"] = d2 = {}
d2["inner"] = 1
print(d)
n = m = 5
n += 1
print(n, m)
t = 1, 2, 3
print(t)
for k, v in {"p": 1, "q": 2}.items():
    print(k, v)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
