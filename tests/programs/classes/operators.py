class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "Vec" + repr(self.c)
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __bool__(self):
        return any(self.c)
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __pow__(self, k):
        return Vec(*(a ** k for a in self.c))
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, v * w, -v, abs(Vec(3, 4)))
print(v == Vec(1, 2, 3), v != w, len(v), v[0], v[-1], v[1:])
print(bool(Vec(0, 0)), bool(v), v / 2, w // 2, w % 4, v ** 2)
u = v
u += w
print(u, v, u is v)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v @ w
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - v
except TypeError as e:
    print("TypeError:", e)
