x = 0
def f():
    global x
    x = 1
    def g():
        y = 2
        def h():
            nonlocal y
            y = 3
        return h
    return g
class C:
    x = 1
    def m(self):
        return __class__
def outer():
    a = b = 1
    def inner():
        nonlocal a, b
        a, b = b, a
    return inner
