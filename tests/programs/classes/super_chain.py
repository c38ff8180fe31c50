class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
        self.base = True
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left init", left)
        super().__init__(**kw)
        self.left = left
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right init", right)
        super().__init__(**kw)
        self.right = right
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both init")
        super().__init__(**kw)
b = Both(left=1, right=2, extra=3)
print(b.left, b.right, b.base)
print([c.__name__ for c in Both.__mro__])
class Greeter:
    def greet(self):
        return "hello"
class Loud(Greeter):
    def greet(self):
        return super(Loud, self).greet().upper()
print(Loud().greet())
