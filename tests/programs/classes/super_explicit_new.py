# super(C, cls).__new__ reaches the next __new__ along the MRO, not super's own constructor.
class Base:
    def __new__(cls, *args):
        print('Base.__new__', cls.__name__, args)
        return object.__new__(cls)


class Child(Base):
    def __new__(cls, x):
        self = super(Child, cls).__new__(cls, x)
        self.x = x
        return self

    @classmethod
    def make(cls):
        return super(Child, cls).__new__(cls)


c = Child(3)
print(type(c).__name__, c.x, type(Child.make()).__name__)


class Plain:
    __slots__ = ('v',)

    def __new__(cls, v):
        self = super(Plain, cls).__new__(cls)
        self.v = v
        return self


print(Plain(5).v)


class Cents(int):
    def __new__(cls, value):
        return super(Cents, cls).__new__(cls, round(value * 100))


print(Cents(1.25), type(Cents(2)).__name__, Cents(0.5) + 1)


class Pair(tuple):
    def __new__(cls, a, b):
        s = super(Pair, cls)
        return s.__new__(cls, (a, b))


print(Pair(1, 2), type(Pair(1, 2)).__name__, len(Pair('x', 'y')))


class Upper(str):
    def __new__(cls, text):
        return super(Upper, Upper).__new__(cls, text.upper())


print(Upper('abc'), isinstance(Upper('q'), str))
print(super(Child, Child).__new__ is Base.__new__, super(Plain, Plain).__new__ is object.__new__)
try:
    super(Plain, Plain).__new__()
except TypeError as e:
    print('TypeError', e)
for call in [lambda: object.__new__(), lambda: int.__new__(), lambda: str.__new__(), lambda: object.__new__(None),
             lambda: int.__new__(None), lambda: float.__new__(3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
