class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return "..."
    def describe(self):
        return f"{self.name} makes {self.sound()}"
class Cat(Animal):
    def sound(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound().upper() + "!"
    def describe(self):
        return super().describe() + f" (pride of {self.pride})"
for a in [Animal("thing"), Cat("tom"), Lion("leo", 7)]:
    print(a.describe())
print(isinstance(Lion("x", 1), Animal), issubclass(Lion, Cat), issubclass(Cat, Lion), issubclass(Cat, object))
print(Lion.__mro__ == (Lion, Cat, Animal, object), [c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(issubclass(D, (int, C)), isinstance(D(), (str, B)))
