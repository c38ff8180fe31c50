class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
class Q(P):
    def __str__(self):
        return f"<{self.x}|{self.y}>"
p, q = P(1, "a"), Q(2, "b")
print(p, q)
print(repr(p), repr(q), str(p), str(q))
print([p, q], (q,), {"k": q})
print(f"{p} {q} {q!r} {p!s}")
print("%s %r" % (q, q))
print("{} {!r}".format(q, q))
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), str(OnlyStr()), f"{OnlyStr()}")
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(f"{Fmt():>10}", format(Fmt(), "xyz"), "{:abc}".format(Fmt()))
