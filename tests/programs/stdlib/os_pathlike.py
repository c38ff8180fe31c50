# os.PathLike: isinstance and issubclass through __fspath__, subclassing it.
import os, pathlib
print(os.PathLike, type(os.PathLike))
print(isinstance(pathlib.Path("."), os.PathLike), isinstance("x", os.PathLike), isinstance(b"x", os.PathLike))
print(issubclass(pathlib.PurePath, os.PathLike), issubclass(str, os.PathLike))
class P:
    def __fspath__(self):
        return "/p"
print(isinstance(P(), os.PathLike), issubclass(P, os.PathLike), os.fspath(P()))
class Q(os.PathLike):
    def __init__(self, v):
        self.v = v
    def __fspath__(self):
        return self.v
q = Q("/q")
print(isinstance(q, os.PathLike), os.fspath(q), os.path.join(q, "x"), Q.__mro__[0], Q.__mro__[1])
for e in os.scandir("/"):
    print(isinstance(e, os.PathLike))
    break
try:
    issubclass(3, os.PathLike)
except TypeError as e:
    print(e)
print(os.PathLike.__name__, os.PathLike.__module__, os.PathLike.__qualname__)
