# Keyword-only parameters and **kwargs as the callee's prologue takes them: which keywords each
# one gets, what is left over for **kwargs and in what order, and the errors for missing ones.


def mixed(a, *, b, c=3, **rest):
    return a, b, c, rest


print(mixed(1, d=4, b=2, e=5))
print(mixed(1, b=None))
print(mixed(1, e=5, c=None, b=0, d=4))
print(mixed(**{"a": 1, "b": 2, "zz": 0, "c": 9}))
print(mixed(1, **{"__proto__": 1, "constructor": 2, "b": 3, "hasOwnProperty": 4}))
for i in range(3):
    r = mixed(i, b=i * 2, extra=i)
    r[3]["mutated"] = True
    print(r)


def only(*, x, y="y", z):
    return x, y, z


print(only(z=1, x=2), only(x=None, z=None, y=None))
for call in (lambda: only(x=1), lambda: only(), lambda: only(y=1), lambda: only(1, x=1, z=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    only(**{"x": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1, c=2)
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1, b=2, a=3)
except TypeError as e:
    print("TypeError:", e)


def plain(a, *, key="k"):
    return a, key


def other(a, *, key="other"):
    return "other", a, key


for f in (plain, other, plain, mixed):
    try:
        print(f(1, key="site"))
    except TypeError as e:
        print("TypeError:", e)


class Box:
    def __init__(self, v, *, scale=1, **tags):
        self.v = v * scale
        self.tags = tags

    def put(self, *, into, then=None, **more):
        return self.v, into, then, more


b = Box(2, scale=5, colour="red", size=1)
print(b.v, b.tags, b.put(into="bin", more=1), b.put(then=1, into=2))
bound = b.put
print(bound(into=3), bound(into=4, x=5))


def recursive(n, *, acc=0):
    if n == 0:
        return acc
    return recursive(n - 1, acc=acc + n)


print(recursive(10), recursive(3, acc=100))


def star(*args, sep="-", **kw):
    return sep.join(map(str, args)), kw


print(star(1, 2, 3), star(1, sep="+"), star(sep=":", end="!"))
