def f(a, /, b, *, c):
    return a, b, c
print(f(1, 2, c=3), f(1, b=2, c=3))
for call in [lambda: f(a=1, b=2, c=3), lambda: f(1, 2, 3), lambda: f(1, 2), lambda: f(1, c=3), lambda: f(1, 2, c=3, d=4)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(*args, **kwargs):
    return args, kwargs
print(g(), g(1, a=2), g(*"ab", **{"k": 1}), g(1, *[2, 3], 4, x=1, **{"y": 2}, z=3))
def h(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(h(1, d=4), h(1, 2, 3, 4, 5, d=6, f=7), h(*range(5), **{"d": 1, "e": 2, "g": 3}))
try:
    h(1, 2, d=1, b=5)
except TypeError as e:
    print(e)
def pos_kw_same(a, /, **kw):
    return a, kw
print(pos_kw_same(1, a=2))
class C:
    def m(self, x, /, *, y=0):
        return x + y
    @classmethod
    def make(cls, *a, **k):
        return cls.__name__, a, k
print(C().m(1, y=2), C.make(1, k=2), C.m(C(), 5))
try:
    C().m(x=1)
except TypeError as e:
    print(e)
lam = lambda a, *r, k=1, **kw: (a, r, k, kw)
print(lam(1), lam(1, 2, k=3, z=4))
def defaults_eval(x=[]):
    x.append(len(x))
    return x
print(defaults_eval(), defaults_eval(), defaults_eval([9]))
def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]
print(annotated(1))
def doc():
    """The docstring."""
print(doc.__doc__, doc.__name__, (lambda: 0).__name__)
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def target(x, *, y=1):
    """T doc."""
    return x * y
print(target(2, y=3), target.__name__, target.__doc__, target.__wrapped__(4))
p = functools.partial(h, 1, d=9)
print(p(2), p(e=0), p.func is h, p.args, p.keywords)
print(functools.reduce(lambda acc, v: acc * v, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
