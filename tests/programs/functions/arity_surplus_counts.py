# Arity errors: a generated grid of signatures (required, defaulted, keyword-only, *args, /)
# called as plain functions, methods, lambdas and classes with each count of positional
# arguments. With keywords the binder counts every surplus positional argument (and reports an
# unexpected keyword first); a plain call is checked up to one argument over the limit.


def report(label, f):
    try:
        f()
        print(label, 'ok')
    except TypeError as e:
        print(label, e)


def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b, c): pass
def d1(a, b=1): pass
def d2(a, b=1, c=2): pass
def d0(a=1, b=2): pass
def k1(a, *, k): pass
def k2(a, b=1, *, k, m=2): pass
def k3(*, k): pass
def v1(a, *rest): pass
def p1(a, /, b): pass
def p2(a, b=1, /, c=2): pass

funcs = [f0, f1, f2, f3, d1, d2, d0, k1, k2, k3, v1, p1, p2]
for fn in funcs:
    most = fn.__code__.co_argcount
    for n in range(7):
        args = tuple(range(n))
        if n <= most + 1 or fn is v1:
            report(f'{fn.__name__}{args}', lambda: fn(*args))
        report(f'{fn.__name__}{args} k=1', lambda: fn(*args, k=1))
        report(f'{fn.__name__}{args} z=1', lambda: fn(*args, z=1))
        report(f'{fn.__name__}{args} **', lambda: fn(*args, **{}))

# Literal call sites (not spread), which pass the values straight on.
report('f2 lit 3', lambda: f2(1, 2, 3))
report('f0 lit 1', lambda: f0(1))
report('d2 lit 4', lambda: d2(1, 2, 3, 4))
report('k1 lit 3', lambda: k1(1, 2, k=0))
report('k1 lit 4 kw', lambda: k1(1, 2, 3, 4, k=0))
report('p1 lit 3', lambda: p1(1, 2, 3))
report('p1 a kw', lambda: p1(a=1, b=2))


class C:
    def m0(self): pass
    def m2(self, a, b): pass
    def md(self, a, b=1): pass
    @staticmethod
    def s1(a): pass
    @classmethod
    def c1(cls, a): pass

    def __init__(self, x, y=0):
        pass


class N:
    def __new__(cls, x):
        return object.__new__(cls)


c = C(0)
for n in range(4):
    args = tuple(range(n))
    report(f'c.m0{args}', lambda: c.m0(*args[:1]))
    report(f'c.m2{args}', lambda: c.m2(*args))
    report(f'c.m2{args} kw', lambda: c.m2(*args, q=1))
    report(f'c.md{args}', lambda: c.md(*args))
    report(f'C.m2(c, ...){args}', lambda: C.m2(c, *args))
    report(f'c.s1{args}', lambda: c.s1(*args[:2]))
    report(f'C.c1{args}', lambda: C.c1(*args[:2]))
    report(f'C{args}', lambda: C(*args))
    report(f'C{args} kw', lambda: C(*args, y=1))
    report(f'N{args}', lambda: N(*args[:2]))
    bound = c.m2
    report(f'bound m2{args}', lambda: bound(*args))
    lam = lambda x, y=1: x
    report(f'lambda{args}', lambda: lam(*args))
    report(f'lambda{args} kw', lambda: lam(*args, y=2))

report('c.m0 lit 1', lambda: c.m0(1))
report('C lit 3', lambda: C(1, 2, 3))
report('lambda lit 1', lambda: (lambda: 0)(1))

# Builtins keep their own wording.
for n in range(5):
    args = tuple(range(n))
    report(f'len{args}', lambda: len(*args))
    report(f'divmod{args}', lambda: divmod(*args))
    report(f'isinstance{args}', lambda: isinstance(*args))
    report(f'[].append{args}', lambda: [].append(*args))
    report(f"''.upper{args}", lambda: ''.upper(*args))
