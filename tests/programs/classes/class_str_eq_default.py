class Plain:
    pass
a = Plain()
b = Plain()
print(a == b, a == a, a != b)
print(type(a).__name__, Plain.__name__)
print(str(Plain) == "<class '__main__.Plain'>", repr(Plain))
class WithInit:
    def __init__(self, v):
        self.v = v
x = WithInit(3)
print(x.v, vars(x), type(x).__name__)
print(isinstance(x, WithInit), WithInit.__module__)
class Num(int):
    pass
n = Num(5)
print(n + 1, type(n).__name__, type(n + 1).__name__, isinstance(n, int), n == 5)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
print(Upper("hey").shout(), Upper("a") + "b")
