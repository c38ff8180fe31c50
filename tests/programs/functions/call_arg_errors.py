def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
def show(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as ex:
        print("TypeError:", ex)
show(f, 1, 2, 3, d=4)
show(f, 1, 2, c=3, d=4, e=6)
show(f, 1, b=2, c=3, d=4)
show(f, 1, 2, 3)
show(f, 1, 2, 3, 4)
show(f, 1, 2, 3, d=4, z=1)
show(f, 1, 2, 3, d=4, c=1)
show(f)
show(f, 1)
def g(x, y=2, *args, z, **kw):
    return x, y, args, z, kw
show(g, 1, z=3)
show(g, 1, 2, 3, 4, z=5, q=6)
show(g, z=1, x=2)
show(g, 1, 2, 3)
def h(a, b):
    return a + b
show(h, 1, 2, 3)
show(h, 1, a=2)
show(h, *[1], **{"b": 5})
show(h, **{"a": 1, "b": 2})
show(h, 1, **{"c": 1})
def kwo(*, a, b, c=1):
    return a, b, c
show(kwo)
show(kwo, 1)
show(kwo, a=1)
def varkw(**kw):
    return sorted(kw.items())
show(varkw, a=1, b=2)
show(varkw, **{"x": 1}, y=2)
show(varkw, 1)
class C:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return cls.__name__, a
show(C().m)
show(C().m, 1, 2)
show(C.m, 1)
show(C.s)
show(C.c, 1)
show(C.c)
show(C, 1)
show(len)
show(len, [1], [2])
show(lambda: 1, 2)
show(lambda x, *, y: x, 1)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
print(f.__defaults__, f.__kwdefaults__, g.__defaults__)
def star_mid(a, *b, c):
    return a, b, c
print(star_mid(1, 2, 3, c=4), star_mid(*range(3), c=9))
print(*[1, 2], *(3,), sep="-")
print(dict(a=1, **{"b": 2}), {**{"a": 1}, "b": 2, **{"a": 3}})
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2})
