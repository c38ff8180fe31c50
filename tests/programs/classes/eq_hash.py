class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Pt):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
a, b, c = Pt(1, 2), Pt(1, 2), Pt(2, 1)
print(a == b, a is b, a != c, a == (1, 2), a != "x")
print(len({a, b, c}), {a: "first"}[b])
print(a in [c, b], [a, b, c].count(Pt(1, 2)), [c, a].index(b))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash() != 5)
class Ident:
    pass
x = Ident()
print(x == x, x == Ident(), x != Ident())
d = {x: 1}
print(d[x])
