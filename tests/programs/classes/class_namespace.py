# A class's namespace: what the body sees in locals(), and what cls.__dict__ holds afterwards.

class A:
    print(sorted(locals().items()))
    x = 1
    print(list(locals()))
    def f(self):
        return self
    print(list(locals()))
    locals()['made'] = 'through locals'
print(A.made, A.__qualname__, A.__module__)
print(list(vars(A)))
print(type(vars(A)).__name__, vars(A) == A.__dict__)
print(vars(A)['__dict__'], vars(A)['__weakref__'])
print('x' in A.__dict__, A.__dict__['x'], A.__dict__.get('missing', 'dflt'), len(A.__dict__) > 3)
try:
    A.__dict__['x'] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(dict(A.__dict__)['x'], sorted(k for k in A.__dict__ if not k.startswith('__')))

class Doc:
    "A docstring."
    a: int
    print(list(locals()))
print(list(vars(Doc)))

class B(A):
    y = 2
print(list(vars(B)))

class Outer:
    class Inner:
        print(locals()['__qualname__'])
print(Outer.Inner.__qualname__)

class S:
    __slots__ = ('a', 'b')
print(list(vars(S)), vars(S)['a'])
class SD:
    __slots__ = ('a', '__dict__')
print(list(vars(SD)))
class SS(S):
    pass
print(list(vars(SS)))
class SW(S):
    __slots__ = ('__weakref__',)
print(list(vars(SW)))

class L(list):
    pass
print(list(vars(L)))
class E(Exception):
    pass
print(list(vars(E)))
class Two(A, L):
    pass
print(list(vars(Two)))

def in_function():
    class Local:
        z = 3
        print(sorted(locals()))
    return Local
print(in_function().__qualname__)
