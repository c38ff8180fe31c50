# __slots__ without a Proxy: slot stores on self are plain, other stores go through setattr and refuse
# names outside the slots; a subclass without __slots__ has a __dict__ that leaves the slots out.
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
    def bad(self): self.z = 1
class W(V):
    pass
class U(V):
    __slots__ = ("u",)
v = V(1, 2); print(v.x, v.y)
for f in [lambda: setattr(v, "z", 1), v.bad, lambda: V.bad(W(1, 2))]:
    try:
        f(); print("ok")
    except AttributeError as e: print("AE", e)
try: v.q = 3
except AttributeError as e: print("AE", e)
w = W(1, 2); w.q = 3; print(w.q, w.__dict__)
u = U(1, 2); u.u = 5; print(u.u)
try: u.k = 1
except AttributeError as e: print("AE", e)
del v.x
try: print(v.x)
except AttributeError as e: print("AE", e)
v.x = 9; print(v.x, hasattr(v, "y"))
try: print(vars(v))
except TypeError as e: print("TE", e)
print(V.__slots__, "x" in dir(v))
class Point:
    __slots__ = "x", "y"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def move(self):
        self.x += 1
        self.w = 0


p = Point(0, 0)
for _ in range(1000):
    p = p + Point(1, 2)
print(p.x, p.y)
try:
    p.move()
except AttributeError as e:
    print("AE", e, p.x)


class Single:
    __slots__ = "only"

    def __init__(self):
        self.only = 1
        try:
            self.other = 2
        except AttributeError as e:
            print("AE", e)


print(Single().only)
