# `a, b = x, y` with a display on both sides: every item is evaluated before any store, and the
# stores run left to right, evaluating each target's own parts as they go.


def show(label, value):
    print("eval", label)
    return value


class Box:
    def __init__(self, name):
        self.name = name
        self._v = None

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("store", self.name, value)
        self._v = value


class Loud(list):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value)


def main():
    a, b = 1, 2
    a, b = b, a
    print("swap", a, b)
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    print("rotate", a, b, c)
    [a, b] = [b, a]
    print("list displays", a, b)
    a, b = [a + 10, b + 20]
    (a, b) = (b, a)
    print("mixed displays", a, b)

    # All values first, then the stores in order.
    p, q = Box("p"), Box("q")
    p.v, q.v = show("first", 1), show("second", 2)
    print(p.v, q.v)

    # A target may use a name stored just before it: i is 1 when x[i] is stored.
    x = Loud([0, 0, 0])
    i = 0
    i, x[i] = 1, 5
    print("index after", i, x)
    x[i], i = 7, 2
    print("index before", i, x)

    # The values see the old bindings, even the name being rebound.
    n = 3
    n, m = n * 2, n + 1
    print("old bindings", n, m)

    # Nested targets and nested displays.
    (a, b), c = (1, 2), 3
    print("nested", a, b, c)
    (a, b), c = [c, a], b
    print("nested swap", a, b, c)

    # Lengths that differ are unpacked at run time, with CPython's errors.
    try:
        a, b = 1, 2, 3
    except ValueError as e:
        print("ValueError:", e)
    try:
        a, b, c = 1, 2
    except ValueError as e:
        print("ValueError:", e)

    # A starred item on either side takes the general path.
    a, *rest = 1, 2, 3
    print("starred target", a, rest)
    a, b, c = 0, *[8, 9]
    print("starred value", a, b, c)

    # An exception in a value leaves every target as it was.
    a, b = "a", "b"
    try:
        a, b = 1, 1 // 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, a, b)

    # An exception in a later store leaves the earlier stores done.
    t = (1, 2)
    try:
        a, t[0] = 5, 6
    except TypeError as e:
        print("TypeError:", e, a, t)

    # Inside a generator: the items may be yields.
    def pairs():
        while True:
            u, v = (yield), (yield)
            print("pair", u, v)

    g = pairs()
    next(g)
    g.send("left")
    g.send("right")
    g.close()

    # Comprehension variables and globals.
    global G1, G2
    G1, G2 = "g1", "g2"
    G1, G2 = G2, G1
    print("globals", G1, G2)
    print([(u, v) for u, v in [(1, 2)] for u, v in [(v, u)]])


main()
