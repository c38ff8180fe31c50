class A:
    __count = 0
    def __init__(self):
        self.__x = 1
        A.__count += 1
    def a(self):
        return self.__x
    def __private(self):
        return "A.__private"
    def call(self):
        return self.__private()
    @classmethod
    def count(cls):
        return cls.__count

class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 2
    def b(self):
        return self.__x
    def __private(self):
        return "B.__private"

b = B()
print(b.a(), b.b(), b.call(), sorted(vars(b)), A.count(), b._A__x, b._B__x)
print(hasattr(b, "__x"), getattr(b, "_A__private")(), [n for n in dir(B) if "private" in n])
try:
    b.__x
except AttributeError as e:
    print(e)

class _Under:
    def __init__(self):
        self.__v = 3
print(vars(_Under()))

class ___:
    def __init__(self):
        self.__w = 4
print(vars(___()))

def outside(o):
    return o.__dict__

class C:
    def m(self, __arg=5, *, __kw=6):
        return __arg, __kw
    def n(self):
        __local = 7
        f = lambda: __local
        try:
            self.m(__kw=8)
        except TypeError as e:
            print(e)
        return f(), [__local for _ in range(2)], self.m(_C__kw=8)
    class __Inner:
        def __init__(self):
            self.__deep = 9
    def inner(self):
        return vars(self.__Inner())
print(C().m(), C().n(), C().inner(), C.m.__code__.co_varnames if hasattr(C.m, "__code__") else "", [k for k in vars(C) if "Inner" in k])
try:
    raise ValueError("v")
except ValueError as __err:
    pass
class D:
    def t(self):
        try:
            raise KeyError(1)
        except KeyError as __e:
            return type(__e).__name__
    def g(self):
        global __gl
        __gl = 10
        return __gl
print(D().t(), D().g(), "_D__gl" in globals(), getattr(D, "__dict__") is not None)
class E:
    __slots__ = ("__s",)
    def __init__(self):
        self.__s = 1
    def get(self):
        return self.__s
print(E().get(), E.__slots__)
print(outside(b) == vars(b))
