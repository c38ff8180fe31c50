from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


print(Square(3).describe(), Square(2).perimeter())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), isinstance(3, Shape))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        pass

    @classmethod
    def make(cls):
        return cls()


class Named(Base):
    @property
    def name(self):
        return 'named'


print(Named.make().name, type(Base).__name__)
try:
    Base()
except TypeError as e:
    print('TypeError:', e)


class Registered:
    pass


Shape.register(Registered)
print(issubclass(Registered, Shape), isinstance(Registered(), Shape))
