class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
objs = [Base(), Mid(), Leaf(), 1, "s", 2.0, None, [], (), {}, True]
for o in objs:
    print(type(o).__name__, isinstance(o, Base), isinstance(o, Mid), isinstance(o, (int, str)))
print(type(1) is int, type(True) is bool, type(True) is int, isinstance(True, int))
print(type(None).__name__, type(print).__name__, type(len).__name__, type(type).__name__)
print(type(Leaf).__name__, type(int).__name__, Leaf.__name__, Leaf.__qualname__)
print(issubclass(bool, int), issubclass(int, object), issubclass(Leaf, Base), issubclass(Base, Leaf))
print(type(lambda: 0).__name__, type(x for x in []).__name__, type(range(1)).__name__)
print(type({}.keys()).__name__, type(iter([])).__name__, type(zip()).__name__, type(map(str, [])).__name__)
print(isinstance(3, float), isinstance(3.0, float), isinstance(3, (float, int)))
print(type(3)(4.7), type("x")(5), type([])("ab"))
