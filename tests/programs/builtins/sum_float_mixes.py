# sum() over floats, ints and their mixes: a non-integral running total stays a plain float,
# an integral one (0.5 + 0.5) must still be the float 1.0, and nan, inf, -0.0 and big ints keep
# Python's results.


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("halves", lambda: sum([0.5, 0.5]))
show("halves gen", lambda: sum(x / 2 for x in (1, 1, 1)))
show("tenths", lambda: sum([0.1, 0.2, 0.3]))
show("int then float", lambda: sum([1, 0.5]))
show("float then int", lambda: sum([0.5, 1]))
show("back to int", lambda: sum([0.25, 0.75, 2]))
show("neg zero", lambda: sum([-0.0]))
show("neg zero start", lambda: sum([-0.0], -0.0))
show("neg zeros", lambda: sum([-0.5, 0.5]))
show("float start", lambda: sum([1, 2], 0.5))
show("float start int", lambda: sum([1, 2], 0.0))
show("inf", lambda: sum([1.5, float("inf")]))
show("inf minus inf", lambda: sum([float("inf"), 0.5, float("-inf")]))
show("nan", lambda: sum([0.5, float("nan")]))
show("big int", lambda: sum([2**53, 0.5]))
show("bigger int", lambda: sum([2**60, 0.5, 1]))
show("huge", lambda: sum([1e308, 1e308, -1e308]))
show("bool", lambda: sum([True, 0.5, False]))
show("complex", lambda: sum([0.5, 1j]))
show("str", lambda: sum([0.5, "a"]))
show("list", lambda: sum([[0.5], [1]], []))


class Half(float):
    def __add__(self, other):
        return "half+"

    def __radd__(self, other):
        return "+half"


show("subclass", lambda: sum([0.5, Half(0.5)]))
show("subclass first", lambda: sum([Half(0.5), 0.5], 0.25))

gen = lcg(3)
for n in range(30):
    xs = []
    for k in range(next(gen) % 40):
        y = next(gen)
        kind = y % 5
        if kind == 0:
            xs.append(y % 100)
        elif kind == 1:
            xs.append((y % 1000) / 8)
        elif kind == 2:
            xs.append((y % 10007) / 7)
        elif kind == 3:
            xs.append(-((y % 64) / 4))
        else:
            xs.append(float(y % 9))
    print(n, len(xs), repr(sum(xs)), repr(sum(x for x in xs)), repr(sum(xs, 0.0)), repr(sum(xs[::-1])))
