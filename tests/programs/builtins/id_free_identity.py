a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
x = None
print(x is None, x is not None, None is None)
print(True is True, (1 == 1) is True)
s = "interned"
t = s
print(s is t, s == "interned")
def f():
    pass
g = f
print(f is g, f == g)
e1 = ()
e2 = ()
print(e1 == e2, len(e1))
class C:
    pass
o1, o2 = C(), C()
print(o1 is o1, o1 is o2, o1 == o2)
