def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
def f(a, *args, b=1, **kw):
    return (a, args, b, kw)
print(f(1, 2, 3, b=4, c=5, d=6))
print(f(*[1, 2], **{"b": 9, "x": 0}))
def g(x, y):
    return x - y
print(g(y=1, x=10), g(10, y=1))
opts = dict(sep="-", end="!\n")
print("a", "b", **opts)
def apply_all(fns, *args, **kw):
    return [fn(*args, **kw) for fn in fns]
print(apply_all([max, min], [3, 1, 2], key=lambda v: -v))
try:
    g(1, 2, x=3)
except TypeError as e:
    print("TypeError:", e)
try:
    g(**{"x": 1, "y": 2, "z": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    g(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
