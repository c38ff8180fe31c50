# isinstance(x, int) and isinstance(x, float) are answered at the site for a JS number, and asked
# of isinstance for anything else (bools, big ints, boxed floats, subclasses).
class I(int):
    pass


class F(float):
    pass


vals = [1, 2.5, 0.0, -0.0, True, False, 10**30, I(3), F(2.5), "s", None, float("nan"), float("inf"), [], 1e300, -7]
print([isinstance(v, int) for v in vals])
print([isinstance(v, float) for v in vals])
print([isinstance(v, str) for v in vals])
print([type(v).__name__ for v in vals if isinstance(v, (int, float))])
