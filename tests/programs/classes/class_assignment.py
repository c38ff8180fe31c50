# obj.__class__ = cls: allowed between Python classes with the same builtin base, with CPython's TypeErrors otherwise
class A(Exception): pass
class B(Exception): pass
a = A("m")
a.__class__ = B
print(type(a).__name__, isinstance(a, B), a.args, repr(a))
try:
    raise a
except B as e:
    print("caught as B", e)
class P:
    def hello(self): return "P"
class Q:
    def hello(self): return "Q"
p = P()
p.x = 1
p.__class__ = Q
print(type(p).__name__, isinstance(p, Q), p.hello(), p.x, p.__class__.__name__)
for bad in (int, 5, A, list):
    try:
        p.__class__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)
try:
    ValueError("x").__class__ = A
except TypeError as e:
    print("TypeError", e)
class L(list): pass
class M(list): pass
l = L([1, 2])
l.__class__ = M
print(type(l).__name__, l, len(l))
try:
    l.__class__ = P
except TypeError as e:
    print("TypeError", e)
class Meta(type): pass
class R(metaclass=Meta): pass
r = R()
r.__class__ = P
print(type(r).__name__)
