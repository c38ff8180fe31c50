"""The module object sees the module's globals live, both ways (their getters and setters)."""
import sys

m = sys.modules[__name__]
counter = 1
new = "a JS reserved word as a global"
_private = [1, 2]


def bump():
    global counter
    counter += 1
    return counter


print(m.counter, m.new, m._private, m.__name__, m.__doc__)
m.counter = 10
print(counter, bump(), m.counter)
m.new = "rebound"
print(new)
counter = 20
print(m.counter)
del counter
try:
    print(m.counter)
except AttributeError as e:
    print("AttributeError", e)
m.counter = 30
print(counter, hasattr(m, "counter"))
setattr(m, "late", 5)
print(getattr(m, "late"), "late" in dir(m))
m.__doc__ = "changed"
print(__doc__)
