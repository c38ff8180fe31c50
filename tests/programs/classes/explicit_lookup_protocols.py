# Attribute lookup written out in Python (the Descriptor HOWTO's emulation) over functions and
# descriptors; special methods called explicitly on a class with too few arguments; super()'s
# __setattr__ and __delattr__.
from dataclasses import dataclass
from enum import Enum

NULL = object()


def find_name_in_mro(cls, name, default):
    for base in cls.__mro__:
        if name in vars(base):
            return vars(base)[name]
    return default


def object_getattribute(obj, name):
    objtype = type(obj)
    cls_var = find_name_in_mro(objtype, name, NULL)
    descr_get = getattr(type(cls_var), '__get__', NULL)
    if descr_get is not NULL:
        if hasattr(type(cls_var), '__set__') or hasattr(type(cls_var), '__delete__'):
            return descr_get(cls_var, obj, objtype)
    if hasattr(obj, '__dict__') and name in vars(obj):
        return vars(obj)[name]
    if descr_get is not NULL:
        return descr_get(cls_var, obj, objtype)
    if cls_var is not NULL:
        return cls_var
    raise AttributeError(name)


class Ten:
    def __get__(self, obj, objtype=None):
        return 10


class M:
    x = 15
    y = Ten()
    size = property(lambda self: 'sized')

    def __init__(self):
        self.z = 'own'

    def meth(self, k=1):
        return ('m', k)

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return 'static'


m = M()
for name in ('x', 'y', 'z', 'size', 'meth', 'cm', 'sm', 'missing'):
    try:
        got = object_getattribute(m, name)
        print(name, got() if callable(got) else got, got == getattr(m, name))
    except AttributeError as e:
        print(name, type(e).__name__, e)

f = M.__dict__['meth']
print(hasattr(type(f), '__get__'), '__get__' in type(f).__dict__, callable(type(f).__dict__['__get__']))
print(type(f).__get__(f, m, M)(), type(f).__get__(f, m)(5), type(f).__get__(f, None, M) is f)
bound = type(f).__get__(f, m, M)
print(bound.__self__ is m, bound.__func__ is f, f.__get__(m)())
print(hasattr(type(len), '__get__'), hasattr(len, '__get__'), hasattr(type(m.meth), '__get__'))
for args in ((), (3,), (f, None, None)):
    try:
        type(f).__get__(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class A:
    def __repr__(self):
        return 'A-inst'

    def __eq__(self, other):
        return True

    def __init__(self):
        self.ready = True

    def __len__(self):
        return 4

    def __add__(self, other):
        return 'added'


class B(A):
    def __init__(self, level=0):
        super().__init__()
        self.level = level


calls = [
    ('A.__repr__()', lambda: A.__repr__()),
    ('A.__eq__(5)', lambda: A.__eq__(5)),
    ('A.__init__()', lambda: A.__init__()),
    ('A.__len__()', lambda: A.__len__()),
    ('A.__add__(1)', lambda: A.__add__(1)),
    ('B.__init__()', lambda: B.__init__()),
    ('A.__repr__(A())', lambda: A.__repr__(A())),
    ('A.__eq__(1, 2)', lambda: A.__eq__(1, 2)),
    ('A.__len__(A())', lambda: A.__len__(A())),
    ('A.__add__(A(), 2)', lambda: A.__add__(A(), 2)),
    ('B.__init__(B())', lambda: B.__init__(B())),
    ('object.__init__()', lambda: object.__init__()),
    ('object.__repr__()', lambda: object.__repr__()),
    ('repr(A)', lambda: repr(A)[:16]),
    ('A == A', lambda: A == A),
    ('A.__init__(A())', lambda: A.__init__(A())),
]
for label, call in calls:
    try:
        print(label, '->', call())
    except TypeError as e:
        print(label, '->', type(e).__name__, e)


class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        super(Logged, self).__setattr__(name, value)

    def __delattr__(self, name):
        print('del', name)
        super(Logged, self).__delattr__(name)


class Child(Logged):
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)


lg = Logged()
lg.a = 1
print(lg.a, vars(lg))
del lg.a
print(hasattr(lg, 'a'))
c = Child()
c.b = 4
print(c.b)
del c.b
try:
    del c.b
except AttributeError as e:
    print(type(e).__name__, e)
object.__setattr__(c, 'z', 9)
print(c.z)


@dataclass(frozen=True)
class Point:
    x: int
    y: int


class Corner(Point, Enum):
    ORIGIN = 0, 0
    UNIT = 1, 1


print(Corner.UNIT.x, Corner.UNIT.y, Corner.ORIGIN, Corner((1, 1)) if False else Corner.UNIT.name)
try:
    Corner.UNIT.x = 5
except Exception as e:
    print(type(e).__name__, e)
