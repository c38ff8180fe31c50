# f(**d): an exact dict is read directly; subclasses and other mappings go through keys() and
# __getitem__; the errors are CPython's.
def f(a, b=2, *, c=3, **rest):
    return (a, b, c, rest)


print(f(**{"a": 1}))
print(f(**{"a": 1, "b": 5, "c": 7, "z": 9}))
print(f(0, **{}))
print(f(**{"c": 1, "a": 2}, b=3))
d = {"a": 1, "b": 2}
print(f(**d), d)
for bad in ({1: 2}, {"a": 1, 2: 3}, {True: 1}, {(1, 2): 3}, {1.5: 0}):
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"zz": 1})
except TypeError as e:
    print("TypeError:", e)


def g(a, b):
    return (a, b)


try:
    g(**{"a": 1, "c": 2})
except TypeError as e:
    print("TypeError:", e)


class KeysOverride(dict):
    def keys(self):
        return ["a"]


class GetitemOverride(dict):
    def __getitem__(self, k):
        return "got " + k


class Mapping:
    def keys(self):
        return iter(["b", "a"])

    def __getitem__(self, k):
        return k * 2


print(f(**KeysOverride(a=1, b=9)))
print(f(**GetitemOverride(a=1, b=9)))
print(f(**Mapping()))


class StrSub(str):
    pass


print(f(**{StrSub("a"): 1}))
try:
    f(**[("a", 1)])
except TypeError as e:
    print("TypeError:", e)
try:
    f(**None)
except TypeError as e:
    print("TypeError:", e)


def kw_only(**kw):
    kw["new"] = 1
    return kw


src = {"x": 1}
print(kw_only(**src), src)
print(dict(**{"p": 1}, q=2))


class IterOverride(dict):
    def __iter__(self):
        return iter(["a"])

    def keys(self):
        return ["b", "a"]

    def __getitem__(self, k):
        return "item " + k


print(f(**IterOverride(a=1, b=2)))
print(f(**KeysOverride({"a": 1, 5: 6, "b": 2})) if False else "skip")
try:
    f(**KeysOverride({"a": 1, 5: 6}))
except TypeError as e:
    print("TypeError:", e)
