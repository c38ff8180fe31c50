# A tuple (and its class, and a tuple subclass) has none of list's mutating members, by attribute,
# hasattr or dir, though both are JS arrays underneath.
names = ["append", "extend", "insert", "pop", "remove", "sort", "reverse", "copy", "clear",
         "__setitem__", "__delitem__", "__iadd__", "__imul__", "__reversed__",
         "count", "index", "__getitem__", "__add__", "__mul__", "__hash__"]


class Point(tuple):
    pass


p = Point((1, 2))
for name in names:
    print(name, hasattr((1, 2), name), hasattr(tuple, name), hasattr(p, name), hasattr(Point, name),
          name in dir(tuple), name in dir((1,)), name in dir(Point), hasattr(list, name))
for obj in [(1, 2), tuple, p]:
    try:
        obj.append(3)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    t = (1, 2)
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
t = (1, 2)
t += (3,)
t *= 2
print(t, list(reversed(t)), tuple.count(t, 1), tuple.index(t, 3))
