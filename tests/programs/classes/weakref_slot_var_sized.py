# A class statement over int, bool's base, tuple or bytes (builtin types whose instances vary in
# size) gets no __weakref__ descriptor in its namespace; over other builtins and plain classes it
# does, unless a base already gave one.
from collections import namedtuple


class I(int): pass
class B(bytes): pass
class T(tuple): pass
class S(str): pass
class L(list): pass
class O: pass
class I2(I): pass
class F(float): pass
class C(complex): pass
class D(dict): pass
class E(Exception): pass
class Slotted(int):
    __slots__ = ()
class Sub(O): pass

P = namedtuple("P", "x y")
class Q(P): pass


def make(c):
    if c is Q or c is P:
        return c(1, 2)
    return c()


for c in (I, B, T, S, L, O, I2, F, C, D, E, Slotted, Sub, P, Q):
    inst = make(c)
    print(c.__name__, sorted(vars(c)), hasattr(inst, "__weakref__"), "__weakref__" in dir(c),
          "__weakref__" in c.__dict__)


# Sets and types hold weak references in a slot of their own with no descriptor to show it.
class FS(frozenset): pass
class ST(set): pass
class FS2(FS): pass
class Meta(type): pass
class K(metaclass=Meta): pass

for c in (FS, ST, FS2):
    print(c.__name__, sorted(vars(c)), hasattr(c(), "__weakref__"), "__weakref__" in dir(c))
print(sorted(vars(Meta)), hasattr(K, "__weakref__"), "__weakref__" in dir(Meta), "__weakref__" in dir(K))
print(hasattr(type, "__weakref__"), "__weakref__" in dir(type), "__weakref__" in dir(int))
