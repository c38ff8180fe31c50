# Special methods copied from another class (in the body or later) work when Python calls them
# implicitly; types.MethodType; MRO conflict and __init_subclass__ messages; __contains__ = None.
import types


class Parent:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 5

    def __lt__(self, other):
        return "lt-called"

    def __len__(self):
        return 3

    def __iter__(self):
        return iter([1, 2, 3])

    def __repr__(self):
        return "Parent-repr"

    def __add__(self, other):
        return ("add", other)

    def __getitem__(self, i):
        return i * 10

    def __call__(self, *args):
        return ("call", args)

    def __bool__(self):
        return False


class Child(Parent):
    def __eq__(self, other):
        return False

    __hash__ = Parent.__hash__
    __gt__ = Parent.__lt__
    __iter__ = Parent.__iter__
    __radd__ = Parent.__add__


c = Child()
print(hash(c), c > 1, list(c), 7 + c, c == c, len(c), {c: 1}[c] if False else "skip")


class Plain:
    __str__ = object.__str__
    __repr__ = object.__repr__


pl = Plain()
print(str(pl) == repr(pl), str(pl).startswith("<__main__.Plain object at"))


class Both(Parent):
    __repr__ = object.__repr__
    __eq__ = object.__eq__
    __hash__ = object.__hash__


b = Both()
print(repr(b).startswith("<__main__.Both object"), b == b, b == Both(), hash(b) == hash(b))


class ListLike(list):
    __str__ = list.__repr__


print(str(ListLike([1, 2])), repr(ListLike([3])))

# Assigned after the class exists.
names = ["__len__", "__repr__", "__getitem__", "__call__", "__bool__", "__add__", "__lt__", "__iter__"]


class Later:
    pass


for n in names:
    setattr(Later, n, getattr(Parent, n))
lt = Later()
print(len(lt), repr(lt), lt[4], lt(1, 2), bool(lt), lt + 1, lt < 2, list(lt))


class Later2:
    pass


Later2.__repr__ = Parent.__repr__
Later2.__len__ = Parent.__len__
print(repr(Later2()), len(Later2()))
Later2.__len__ = lambda self: 11
print(len(Later2()))

# Explicit calls through the class still work.
print(Parent.__len__(c), Parent.__repr__(lt), Child.__hash__(c), Child.__gt__(c, 1))


# types.MethodType
class Dog:
    def __init__(self, name):
        self.name = name


def bark(self, times=1, sep=" "):
    return sep.join([f"{self.name} barks"] * times)


dog = Dog("rex")
m = types.MethodType(bark, dog)
print(m(), m(2), m(times=2, sep="|"), m.__self__ is dog, m.__func__ is bark, type(m).__name__)
dog.speak = m
print(dog.speak(3))


class Caller:
    def __call__(self, *args):
        return ("called", len(args))


print(types.MethodType(Caller(), dog)(1))
for args in [(bark,), (bark, 1, 2), (1, 2), (bark, None)]:
    try:
        print(types.MethodType(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    types.MethodType(bark, 1, x=2)
except TypeError as e:
    print("TypeError", e)


# MRO conflicts name the heads left.
class X:
    pass


class Y:
    pass


class Z:
    pass


class A(X, Y):
    pass


class B(Y, X):
    pass


for bases in [(A, B), (X, A), (Y, A, Z), (A, B, Z), (B, A)]:
    try:
        type("C", bases, {})
        print("ok", [k.__name__ for k in bases])
    except TypeError as e:
        print("TypeError", e)


class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


try:
    class Sub(Base, flavour=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Direct(unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)


# __contains__ = None
class NotContainer:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    print(1 in NotContainer())
except TypeError as e:
    print("TypeError", e)
print(NotContainer.__contains__, NotContainer().__contains__, NotContainer.__dict__["__contains__"])


class NotIterable:
    __iter__ = None


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError", e)


# A base that is not a class makes a metaclass conflict.
for bases in [(1,), (None,), (object, 2), (int,)]:
    try:
        print(type("Bad", bases, {}).__name__)
    except TypeError as e:
        print("TypeError", e)
