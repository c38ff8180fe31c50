# f(*args) without keywords is the plain call with the items spread: functions with defaults,
# *args and keyword-only parameters, classes, bound and builtin methods, callable objects,
# super(), generators, and the errors a bad call gets.
def f(a, b=2, *rest, k=0):
    return (a, b, rest, k)


class P:
    def __init__(self, *xs):
        self.xs = xs

    def m(self, a, b):
        return a * b

    @classmethod
    def make(cls, *xs):
        return cls(*xs)

    def __call__(self, *xs):
        return sum(xs) + len(self.xs)


class Q(P):
    def m(self, *ab):
        return super().m(*ab) + 1


def gen(*xs):
    yield from xs


args = [1, 5, 7]
print(f(*args), f(*args[:1]), f(*(), 9), f(0, *range(3)), f(*"ab"))
print(P(*args).xs, P.make(*args).xs, P().m(*(3, 4)), Q().m(*[3, 4]), P(1)(*args))
print(max(*args), min(*"zyx"), list(zip(*[(1, 2), (3, 4)])), "{}-{}".format(*"ab"), list(gen(*args)))
print(*args)
print(*[], "end")
bound = P(2).m
print(bound(*[6, 7]), list(map(str, *[[1, 2]])), dict(*[[("a", 1)]]), str.join(",", *[["x", "y"]]))
for bad in [lambda: f(*[]), lambda: f(*1), lambda: P().m(*[1]), lambda: len(*[1, 2]), lambda: P().m(*[1, 2, 3])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
