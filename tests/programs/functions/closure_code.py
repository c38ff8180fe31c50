# __closure__ cells and the basic attributes of __code__.

def outer():
    v = 1
    def inner():
        return v
    v = 2
    return inner
f = outer()
print(type(f.__closure__).__name__, len(f.__closure__))
print(f.__closure__[0].cell_contents, type(f.__closure__[0]).__name__)
print(f.__closure__ is f.__closure__)

def plain():
    return 1
print(plain.__closure__)

# Cells see later rebinding; the free variables are in sorted order.
def counter():
    zeta = 0
    alpha = 'a'
    def bump():
        nonlocal zeta
        zeta += 1
        return alpha, zeta
    return bump
b = counter()
print(b.__code__.co_freevars)
print([c.cell_contents for c in b.__closure__])
b()
b()
print([c.cell_contents for c in b.__closure__])

# A variable the enclosing function has not bound yet: an empty cell.
def late():
    def get():
        return later
    cell = get.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = 'now'
    return cell.cell_contents
print(late())

# A variable passed through a middle function to an inner one is free in the middle too.
def top():
    x = 'x'
    def middle():
        def bottom():
            return x
        return bottom
    return middle
mid = top()
print(mid.__code__.co_freevars, mid.__closure__[0].cell_contents, mid().__code__.co_freevars)

# Lambdas and functions with *args close over variables too.
def make(k):
    return (lambda x: x * k), (lambda *a: (k, a))
m1, m2 = make(3)
print(m1.__closure__[0].cell_contents, m2.__closure__[0].cell_contents, m1(2), m2(1))

# A method that uses super() holds its class in a __class__ cell.
class Base:
    def hello(self):
        return 'base'
class Child(Base):
    def hello(self):
        return 'child ' + super().hello()
    def other(self):
        return 1
print(Child.hello.__code__.co_freevars, Child.hello.__closure__[0].cell_contents is Child)
print(Child.other.__closure__, Child().hello())

# __code__
def sample(a, b=2, /, c=3, *args, d, e=5, **kw):
    total = a + b
    name = 'n'
    return total
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals)
print(co.co_filename.endswith('closure_code.py'), co.co_firstlineno)
print(co.co_flags & 0x0F, type(co).__name__)
print(sample.__code__ is co)

def deco(fn):
    return fn
@deco
def decorated():
    pass
print(decorated.__code__.co_firstlineno, decorated.__code__.co_name)

class K:
    def method(self, x):
        y = x
        return y
    def gen(self):
        yield 1
print(K.method.__code__.co_qualname, K.method.__code__.co_varnames, K.method.__code__.co_argcount)
print(K().method.__code__ is K.method.__code__)
print(bool(K.gen.__code__.co_flags & 0x20), bool(K.method.__code__.co_flags & 0x20))
print(bool(outer().__code__.co_flags & 0x10), bool(outer.__code__.co_flags & 0x10))
print((lambda q: q).__code__.co_name, (lambda q, r=1: q).__code__.co_argcount)

try:
    print(len.__code__)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(K.__closure__)
except AttributeError as e:
    print(type(e).__name__, e)
