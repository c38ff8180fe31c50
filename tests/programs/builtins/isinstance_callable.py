vals = [1, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, len, int, lambda: 0, range(2)]
for v in vals:
    kinds = [t.__name__ for t in (int, float, str, bytes, list, tuple, dict, set, bool, type) if isinstance(v, t)]
    print(type(v).__name__, kinds, callable(v))
print(isinstance(1, (str, (list, int))), isinstance([], ()), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
