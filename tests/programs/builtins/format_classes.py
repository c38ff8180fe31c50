# format() and f-string fields of class objects go through the metaclass's __format__.
print(f"{int}", f"{str!r}", format(float), "{}".format(int), f"{int:}")
class A:
    def __format__(self, s): return "A!"
print(f"{A}", f"{A()}")
class M(type):
    def __format__(cls, spec): return "meta:" + spec
class B(metaclass=M): pass
print(f"{B:xy}", format(B), f"{type}", format(object, ""))
try:
    format(int, "x")
except TypeError as e: print(e)
