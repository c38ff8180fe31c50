def f(a, b=1, c=2): pass
def g(a=[], b={}, c=()): pass
def h(a, *, b=1, c, d=3): pass
def i(a=1, /, b=2): pass
def j(a, b=1, /, c=2, *d, e, f=3, **g): pass
def k(*, a=1): pass
lambda a=1, *, b=2: 0
def l(a=lambda: 1, b=(yield_ := 2)): pass
