# Annotations are evaluated when the def, class body or module statement runs (CPython 3.11).
import sys

def f(a: int, b: "str" = "x", *args: float, c: list = None, d: dict, **kw: tuple) -> bool:
    pass
print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__)

# Regular parameters come before positional-only ones; missing annotations are left out.
def g(p: int, q, /, r: str, *, s, t: bytes):
    pass
print(g.__annotations__)
print(list(g.__annotations__))

def bare():
    pass
print(bare.__annotations__, type(bare.__annotations__).__name__)
bare.__annotations__['x'] = 1
print(bare.__annotations__)
bare.__annotations__ = {'y': 2}
print(bare.__annotations__)
try:
    bare.__annotations__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
bare.__annotations__ = None
print(bare.__annotations__)
del bare.__annotations__
print(bare.__annotations__)

# Evaluation order: defaults, then annotations, each when the def runs.
def trace(tag, value):
    print('eval', tag)
    return value
def h(x: trace('ann x', int) = trace('default x', 1), *, y: trace('ann y', str) = trace('default y', 'y')) -> trace('ret', None):
    return x
print(h.__annotations__)

# A name an annotation reads must exist when the def runs.
try:
    def bad(x: Missing):
        pass
except NameError as e:
    print(type(e).__name__, e)

# Methods: through the class and through an instance.
class Shape:
    sides: int = 0
    name: "str"
    def area(self, scale: float = 1.0) -> float:
        return 0.0
print(Shape.area.__annotations__)
print(Shape().area.__annotations__)
print(Shape.__annotations__)
print(Shape.__dict__['__annotations__'] is Shape.__annotations__)

# A subclass without annotations gets its own empty dict, not its base's.
class Square(Shape):
    pass
print(Square.__annotations__, Shape.__annotations__)
print('__annotations__' in Square.__dict__)
class Cube(Shape):
    depth: float
print(Cube.__annotations__)

# Annotations inside compound statements of a class body count too.
class Flags:
    if True:
        on: bool = True
    for _i in range(1):
        off: bool
print(Flags.__annotations__, Flags.on)

# Builtin types have no __annotations__.
print(getattr(object, '__annotations__', 'none'), getattr(int, '__annotations__', 'none'))
try:
    list.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Square, '__annotations__'), hasattr(dict, '__annotations__'))

# Module level: the annotation is stored, the value (if any) assigned first.
count: int = 5
label: trace('module ann', str)
print(__annotations__)
print('label' in globals(), count)
print(sys.modules[__name__].__annotations__ is __annotations__)

# Targets that are not plain names: the annotation is evaluated but not stored.
class Box:
    pass
box = Box()
box.size: trace('attr ann', int) = 3
(paren): trace('paren ann', int) = 4
items = [0, 0]
items[trace('index', 1)]: trace('item ann', int)
print(box.size, paren, __annotations__)

# Inside a function, a variable annotation is not evaluated and not recorded.
def local_ann():
    v: Undefined = 1
    w: AlsoUndefined
    return v
print(local_ann(), local_ann.__annotations__)

# Lambdas have none.
print((lambda x: x).__annotations__)
