first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, q), *tail = [(1, 2), (3, 4)]
print(p, q, tail)
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3), {*[1, 2], 3} == {1, 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
x, y = y, x = 1, 2
print(x, y)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
for i, (k, *vs) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, vs)
