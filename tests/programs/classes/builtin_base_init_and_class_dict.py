# tuple has object's __init__, not list's; cls.__dict__ shows staticmethod and classmethod objects.
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def __repr__(self): return 'Pair' + super().__repr__()
p = Pair(1, 2)
print(p, p[0], len(p), p == (1, 2), type(p).__name__, Pair(3, 'x') + (4,))
class Star(tuple):
    def __new__(cls, *items): return super().__new__(cls, items)
print(Star(), Star(1, 2, 3), Star('a').count('a'))
class Sized(tuple):
    def __init__(self, it): self.n = len(it)
s = Sized([7, 8]); print(s, s.n)
print(tuple.__init__ is object.__init__, list.__init__ is object.__init__)
try: Sized(1, 2)
except TypeError as e: print('TypeError', e)
class W:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls): return cls.__name__
    def m(self): return 'm'
    @property
    def p(self): return 'p'
d = W.__dict__
print(type(d['s']).__name__, type(d['c']).__name__, type(d['m']).__name__, type(d['p']).__name__)
print(d['s'].__func__ is W.s, d['c'].__func__(W), W.s(4), W().c(), isinstance(vars(W)['c'], classmethod))
W.s = staticmethod(len); print(type(W.__dict__['s']).__name__, W.s('abc'), W().s('ab'))
W.s = lambda self: 'plain'; print(type(W.__dict__['s']).__name__, W().s())
W.c2 = classmethod(lambda cls: cls.__name__ + '!'); print(type(vars(W)['c2']).__name__, W.c2(), W().c2())
class Sub(W): pass
print('c' in Sub.__dict__, Sub.c(), type(W.__dict__['c']).__name__)
del W.c
print('c' in W.__dict__, hasattr(Sub, 'c'))
print(sorted(k for k, v in W.__dict__.items() if isinstance(v, (staticmethod, classmethod))))
