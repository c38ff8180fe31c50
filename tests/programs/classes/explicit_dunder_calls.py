# A special method called explicitly on the class, with a default left out, runs that method; the
# runtime's own lookups of special methods on class objects still reach the metaclass.
class B:
    def __init__(self, level=0, name="b"):
        print("init", level, name)
        self.level = level

    def __repr__(self, verbose=False):
        return "B(long)" if verbose else "B"

    def __eq__(self, other, strict=True):
        return isinstance(other, B) and other.level == self.level


b = B.__new__(B)
B.__init__(b)
B.__init__(b, 3)
B.__init__(b, name="x")
print(B.__repr__(b), B.__repr__(b, True), repr(b), repr(B))
print(B.__eq__(b, b), B.__eq__(b, 1), b == B(3), B == B, B == b, b == B)


class Child(B):
    def __init__(self, level=1):
        B.__init__(self, level)
        super().__init__(level + 1)


c = Child()
print(c.level, Child.__init__ is not B.__init__)


class Meta(type):
    def __repr__(cls, extra=""):
        return "<Meta " + cls.__name__ + extra + ">"


class WithMeta(metaclass=Meta):
    def __repr__(self, extra=""):
        return "<instance" + extra + ">"


w = WithMeta()
print(repr(WithMeta), repr(w), WithMeta.__repr__(w), WithMeta.__repr__(w, "!"), Meta.__repr__(WithMeta, "?"))
