# One keyword call site reached by different callees in turn: each must bind its own way, and a
# callee that cannot take the keywords must raise CPython's error, also after a site bound fine.

def f(a, b=1, c=2):
    return ("f", a, b, c)

def g(a, c=5, b=6):
    return ("g", a, b, c)

def h(a, *, b, c=0):
    return ("h", a, b, c)

def k(a, **kw):
    return ("k", a, sorted(kw.items()))

def v(a, *rest, b=9, c=8):
    return ("v", a, rest, b, c)

def p(a, b, /, c=3):
    return ("p", a, b, c)

def req(a, b, c):
    return ("req", a, b, c)

class C:
    def m(self, b=1, c=2):
        return ("C.m", b, c)

    @staticmethod
    def s(b=1, c=2):
        return ("C.s", b, c)

    @classmethod
    def cm(cls, b=1, c=2):
        return ("C.cm", cls.__name__, b, c)

class D(C):
    def m(self, c=0, b=0):
        return ("D.m", b, c)

    def __call__(self, b=None, c=None):
        return ("D()", b, c)

def call_bc(fn):
    try:
        return fn(10, c=30, b=20)
    except TypeError as e:
        return "TypeError: " + str(e)

for fn in [f, g, h, k, v, p, req, f, lambda a, b, c: ("lambda", a, b, c), D(), print, max, C, f]:
    print(call_bc(fn))

def call_c(fn):
    try:
        return fn(c=1)
    except TypeError as e:
        return "TypeError: " + str(e)

for fn in [f, C().m, D().m, C.s, C.cm, D.cm, C().cm, D(), h, k, f, C().m]:
    print(call_c(fn))

# The same method site over instances of two classes, and a bound method kept in a variable.
for obj in [C(), D(), C(), D()]:
    print(obj.m(b="x"), obj.m(c="y", b=1))
bm = D().m
for i in range(3):
    print(bm(b=i), bm(i, b=-i))

# Keyword values are evaluated left to right after the positional ones and the callee.
order = []
def note(x):
    order.append(x)
    return x
def callee():
    order.append("callee")
    return f
print(callee()(note(1), c=note(3), b=note(2)), order)

# A default replaced after the site has bound: the call sees the new default.
print(f(0, c=9))
f.__defaults__ = (100, 200)
print(f(0, c=9))

# Keyword-only and **kwargs parameters, required and not, over and over.
for i in range(3):
    print(h(i, b=i * 2), h(i, c=1, b=2), k(i, z=1, y=2), v(i, c=i), v(i, b=1, c=2))
try:
    h(1, c=2)
except TypeError as e:
    print("TypeError:", e)
try:
    p(1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, d=2)
except TypeError as e:
    print("TypeError:", e)
try:
    C().m(self=1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, b=4)
except TypeError as e:
    print("TypeError:", e)
try:
    req(1, c=3)
except TypeError as e:
    print("TypeError:", e)

# A method replaced on the class between calls of one site.
c = C()
for i in range(4):
    if i == 2:
        C.m = lambda self, c=0, b=0: ("lambda m", b, c)
    print(c.m(b=i))

# Recursion through a keyword call (the site is re-entered before the outer call returns).
def depth(n, acc=0):
    return acc if n == 0 else depth(n - 1, acc=acc + n)
print(depth(50))
def walk(n, *, seen):
    seen.append(n)
    return n if n == 0 else walk(n - 1, seen=seen)
s = []
print(walk(5, seen=s), s)

# Classes called with keywords: __init__ bound like a function, then the class changed under
# the site (another __init__, a __new__, an __init__ that returns a value).
class P:
    def __init__(self, x, y=0, *, z=1):
        self.t = (x, y, z)

class Q(P):
    pass

class R(P):
    def __init__(self, y=5, x=6, z=7):
        self.t = ("R", x, y, z)

class Meta(type):
    def __call__(cls, *args, **kw):
        return ("Meta call", cls.__name__, args, sorted(kw.items()))

class M(metaclass=Meta):
    def __init__(self, x, y=0):
        pass

class NoInit:
    pass

def make(cls, i):
    try:
        obj = cls(i, y=i + 1)
        return obj if isinstance(obj, tuple) else obj.t
    except TypeError as e:
        return "TypeError: " + str(e)

for i, cls in enumerate([P, P, Q, R, P, M, NoInit, int, P]):
    print(cls.__name__, make(cls, i))
print(P(x=1, z=3).t, Q(y=2, x=1).t)
for i in range(4):
    if i == 1:
        P.__init__ = lambda self, x, y=0: setattr(self, "t", ("lambda init", x, y))
    if i == 2:
        P.__new__ = lambda cls, *a, **k: object.__new__(cls)
    if i == 3:
        def bad(self, x, y=0):
            return 1
        P.__init__ = bad
    print(make(P, i), make(Q, i))
