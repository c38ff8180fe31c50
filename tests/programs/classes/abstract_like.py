class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
shapes = [Rect(2, 3), Square(4), Circle(1)]
print(shapes)
print(sorted(shapes, key=lambda s: s.area()))
print(sum(s.area() for s in shapes))
try:
    print(Blob())
except NotImplementedError as e:
    print("NotImplementedError:", e)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
