# A closure cell's contents can be read and assigned; the function sees the new value.
def mk():
    v = 1
    w = 'w'
    def r(): return v, w
    def setv(x):
        nonlocal v
        v = x
    return r, setv
r, setv = mk()
c = r.__closure__
print(r(), [x.cell_contents for x in c], c[0] is r.__closure__[0], len(c))
c[0].cell_contents = 42
print(r(), setv.__closure__[0].cell_contents)
setv(7); print(c[0].cell_contents, r())
c[1].cell_contents = [1]
print(r())
class A:
    def m(self): return __class__
print(A.m.__closure__[0].cell_contents is A, A().m() is A)
def gen():
    n = 0
    def bump(): return n
    yield bump
    yield n
g = gen(); b = next(g); b.__closure__[0].cell_contents = 99; print(next(g), b())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = counter(); inc(); inc.__closure__[0].cell_contents = 100; print(inc(), inc())
def empty_cell():
    def inner(): return later
    try: print(inner.__closure__[0].cell_contents)
    except ValueError as e: print('ValueError', e)
    inner.__closure__[0].cell_contents = 'filled'
    print(inner())
    later = 'assigned'
    print(inner())
empty_cell()
print(mk.__closure__, (lambda: 0).__closure__)
