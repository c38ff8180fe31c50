class Obj:
    cls_attr = "class level"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "zz", "default"), getattr(o, "zz", None))
try:
    getattr(o, "zz")
except AttributeError as e:
    print("AttributeError:", e)
setattr(o, "b", [1, 2])
print(o.b, hasattr(o, "b"), hasattr(o, "c"), hasattr(Obj, "cls_attr"), hasattr(Obj, "a"))
delattr(o, "b")
print(hasattr(o, "b"))
for name in ["upper", "lower", "nope"]:
    print(name, hasattr("s", name))
m = getattr("hello", "upper")
print(m(), getattr([3, 1, 2], "index")(2))
print(getattr(5, "real"), getattr(1.5, "imag", "none"))
fields = ["x", "y", "z"]
class P:
    pass
p = P()
for i, f in enumerate(fields):
    setattr(p, f, i * 10)
print([getattr(p, f) for f in fields], sorted(vars(p).items()))
print(callable(getattr(p, "x")), callable(getattr(Obj, "__init__")))
