# Stores through an object's __dict__ (or vars()) reach its attributes: update, item assignment,
# deletion, pop, setdefault, clear.
class R:
    def __init__(self, **kw):
        self.__dict__.update(kw)
r = R(a=1, b=2)
print(r.a, r.b, vars(r))
r.__dict__["c"] = 3
print(r.c)
del r.__dict__["a"]
print(hasattr(r, "a"), vars(r))
vars(r).update(d=4); print(r.d)
r.__dict__.pop("b"); print(hasattr(r, "b"))
r.__dict__.setdefault("e", 5); print(r.e)
d = r.__dict__
r.z = 9
print(sorted(r.__dict__))
r.__dict__.clear(); print(vars(r), hasattr(r, "c"))

# A function's __dict__ too.
def f(): pass
f.__dict__["k"] = 1
f.__dict__.update(j=2)
print(f.k, f.j, sorted(f.__dict__))
del f.__dict__["k"]
print(hasattr(f, "k"), f.__dict__)
import functools
@functools.wraps(f)
def g(): pass
print(g.__wrapped__ is f, g.j)
