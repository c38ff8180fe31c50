class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return f"dyn-{name}"
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "xa", None), getattr(l, "q", "dflt"), hasattr(l, "q"), hasattr(l, "x1"))
try:
    l.q
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
g = Logged()
g.a = "hi"; g.b = 2
del g.a
print(g.log, g.b, hasattr(g, "a"), vars(g))
class Counted:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
c = Counted()
c.v = 3
print(c.secret, c.v)
try:
    c.nothing
except AttributeError as e:
    print(e)
class Base:
    def hello(self):
        return "base"
class A(Base):
    def hello(self):
        return "A>" + super().hello()
class B(Base):
    def hello(self):
        return "B>" + super().hello()
class C(A, B):
    def hello(self):
        return "C>" + super().hello()
print(C().hello(), [k.__name__ for k in C.__mro__], C.mro()[1].__name__)
try:
    class Bad(A, C): pass
except TypeError as e:
    print(e)
class Desc:
    def __get__(self, obj, typ=None):
        return ("get", obj is None, typ.__name__)
class Host:
    d = Desc()
print(Host.d, Host().d)
class DataD:
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return getattr(obj, "_v", "none")
    def __set__(self, obj, v):
        obj._v = v
    def __delete__(self, obj):
        del obj._v
class H2:
    v = DataD()
h = H2()
print(h.v); h.v = 5; print(h.v, h.__dict__); del h.v; print(h.v)
print(getattr(H2, "v").__class__.__name__ if False else type(H2.__dict__["v"]).__name__)
class WithStr:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
    def __format__(self, spec):
        return f"F[{spec}]"
w = WithStr()
print(w, str(w), repr(w), f"{w}", f"{w!r}", f"{w!s}", f"{w:xyz}", format(w, "q"), [w], (w,), {"k": w})
class OnlyRepr:
    def __repr__(self):
        return "OR"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(e)
print(type(3).__name__, type("x").__qualname__, int.__name__, type(None).__name__, type(type).__name__)
print(Base.hello.__qualname__, Base().hello.__name__, C.__bases__, C.__base__ if hasattr(C, "__base__") else "-")
