xs = [0, 1, 2, 3, 4, 5]
del xs[0]
print(xs)
del xs[1:3]
print(xs)
del xs[:]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
ys = [[1, 2], [3, 4]]
del ys[0][1]
print(ys)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del xs[5]
except IndexError as e:
    print("IndexError:", e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
