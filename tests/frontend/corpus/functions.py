def f():
    pass
def f(a):
    return a
def f(a, b=1):
    return
def f(*args, **kwargs):
    pass
def f(a, /, b, *, c):
    pass
def f(a, b, /):
    pass
def f(a=1, /, b=2, *, c, d=4, **e):
    pass
def f(*, a):
    pass
def f(a, *args, b=1, **kw) -> int:
    return 1
def f(): return 1
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
def g():
    global counter
    counter = 1
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    await_ = 1
def f(a: 'int', *b: int, **c: 'x') -> 'y': ...
