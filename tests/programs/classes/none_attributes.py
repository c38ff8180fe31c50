# Attributes of None: read, called, looked up by getattr/hasattr, and missing ones.
x = None
print(x.__class__, x.__class__.__name__)
print(x.__bool__(), x.__repr__(), x.__str__(), x.__eq__(None), x.__ne__(1))
print(x.__doc__)
print(getattr(None, "__class__", "d"), getattr(None, "__class__"))
print(hasattr(None, "__repr__"), hasattr(None, "zz"), hasattr(None, "__bool__"))
print(getattr(None, "__bool__")(), bool(None), not None)
print(sorted(set(dir(None)) - set(dir(object))))
print(x.__hash__() == hash(None))
for attr in ["foo", "append", "__len__"]:
    try:
        getattr(x, attr)
    except AttributeError as e:
        print(e)
try:
    x.foo()
except AttributeError as e:
    print(e)
try:
    x.bar
except AttributeError as e:
    print(e)
try:
    x.baz = 1
except AttributeError as e:
    print(e)
def f(o):
    return o.split()
try:
    f(None)
except AttributeError as e:
    print(e)
