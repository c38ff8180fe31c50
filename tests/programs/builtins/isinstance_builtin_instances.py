# isinstance() of instances of builtin classes (which answer for themselves), of their
# subclasses, and of objects whose __class__ claims another class, against builtin and user
# classes and tuples of them; and str.split on separators of one and more characters.


class MyFloat(float):
    pass


class MyList(list):
    pass


class Claims:
    @property
    def __class__(self):
        return int


class ClaimsFloat(float):
    @property
    def __class__(self):
        return dict


class Plain:
    pass


values = [0, 1, -5, 2 ** 70, 0.5, 4e3, 1.0, -0.0, float("inf"), True, False, None, "s", b"b",
          [1], (1,), {1: 2}, {1}, frozenset(), range(3), 1j, MyFloat(2.0), MyFloat(2.5),
          MyList([1]), Claims(), ClaimsFloat(3.0), Plain(), bytearray(b"x"), slice(1), object()]
classes = [int, float, bool, str, bytes, list, tuple, dict, set, frozenset, range, complex,
           object, MyFloat, MyList, Claims, ClaimsFloat, Plain, type(None), (int, float),
           (list, dict), (MyFloat, str), ()]

for i, v in enumerate(values):
    row = "".join("1" if isinstance(v, c) else "0" for c in classes)
    print(i, type(v).__name__, row)

counts = [0] * len(classes)
for v in values:
    for j, c in enumerate(classes):
        if isinstance(v, c):
            counts[j] += 1
print(counts)

texts = ["a,b,,c", ",", "", "abc", "a,,", ",a", "x\U0001F600y\U0001F600", "a--b----c", "--", "\ud83d-x"]
for t in texts:
    for sep in [",", "--", "\U0001F600", "-", "x"]:
        print(repr(t), repr(sep), t.split(sep), t.split(sep, 1), t.rsplit(sep, 1))
