# Which of __dict__, __module__ and __doc__ dir() lists: a class statement's namespace has the
# first two, a builtin type only where its instances have them; every instance lists __doc__.
import types

for t in [int, str, list, object, type, ValueError, BaseException, range, slice, property,
          staticmethod, types.FunctionType, dict, frozenset, bytearray, super, KeyError, bool,
          float, complex, tuple, set, bytes]:
    d = dir(t)
    print(t.__name__, "__dict__" in d, "__module__" in d, "__doc__" in d)


class A:
    pass


class B(int):
    pass


class E(Exception):
    pass


for t in [A, B, E]:
    d = dir(t)
    print(t.__name__, "__dict__" in d, "__module__" in d, "__doc__" in d)
for o in [None, 5, 2.5, "s", [1], (1,), {1: 2}, A(), B(3), E(), ValueError(), object(), int, A,
          range(3)]:
    d = dir(o)
    print(type(o).__name__, "__dict__" in d, "__module__" in d, "__doc__" in d, "__class__" in d)
print(sorted(set(dir(None)) - set(dir(object))), sorted(set(dir(object)) - set(dir(None))))
print(sorted(set(dir(5)) - set(dir(int))), sorted(set(dir(int)) - set(dir(5))))
print(sorted(set(dir(A)) - set(dir(object))), sorted(set(dir(A())) - set(dir(A))))


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class Under(Slotted):
    pass


class T(tuple):
    pass


class F(float):
    pass


class S(str):
    pass


class L(list):
    pass


for t in [A, B, E, Slotted, SlottedWeak, Under, T, F, S, L]:
    print(t.__name__, "__weakref__" in dir(t), "__dict__" in dir(t))
