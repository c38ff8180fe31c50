def f(a, b=2):
    """doc"""
    return a
print(f.__name__, f.__doc__, f.__defaults__)
f.custom = "attr"
print(f.custom)
g = f
print(g.__name__, g is f)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class K:
    def method(self):
        pass
print(K.method.__name__, K.method.__qualname__)
print((lambda: 1).__qualname__)
