class S:
    __slots__=('a',)
    def __init__(self): self.a = 1
s=S()
try: s.b=1
except AttributeError as e: print(e)
print(s.a)
class T(S): pass
t=T(); t.b=2; print(t.b)
class U(S):
    __slots__=('c',)
    @property
    def p(self): return 1
    @property
    def q(self): return 2
    @q.setter
    def q(self, v): print("set q", v)
u=U(); u.a=1; u.c=2; u.q = 5
try: u.d=1
except AttributeError as e: print(e)
try: u.p=1
except AttributeError as e: print(e)
class W:
    __slots__=('x','__dict__')
w=W(); w.y=1; print(w.y)
class E(Exception):
    __slots__ = ()
e = E(); e.z = 1; print(e.z)
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x += 10
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(P(0, 0).__dict__)
except AttributeError as e:
    print("no dict")
