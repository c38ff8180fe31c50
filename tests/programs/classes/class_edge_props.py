class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x * 10
    @x.setter
    def x(self, v):
        self._x = v
class Child(Base):
    @property
    def x(self):
        return super().x + 1
c = Child()
print(c.x)
try:
    c.x = 5
except AttributeError as e:
    print("AE", e)
b = Base(); b.x = 3; print(b.x)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class P3(Point):
    pass
print(Point.origin(), P3.origin(), P3.from_tuple((1, 2)), Point.from_tuple([3, 4]))
class Registry:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subs.append(cls.__name__)
class A(Registry, tag="a"): pass
class B(A): pass
print(Registry.subs, A.tag, B.tag)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.via_meta = True
        return obj
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
m = M(4)
print(M.created_by, m.v, m.via_meta, type(M).__name__, isinstance(M, Meta))
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int], Box[str])
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class Rec:
    a = Field()
    b = Field()
r = Rec()
print(r.a, Rec.a.name, Rec.b.owner)
r.a = 21
print(r.a, r._a)
