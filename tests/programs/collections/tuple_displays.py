# Tuple displays in every context: items evaluated left to right exactly once, in lambdas,
# generators (a yield inside the display), comprehensions, class bodies, default arguments and
# nested displays.
order = []


def f(x):
    order.append(x)
    return x


t = (f(1), f(2), (f(3), f(4)), f(5))
print(t, order, type(t).__name__, len(t), t[2][1])
print((1,), (1, 2, 3, 4), (1, 2, 3, 4, 5), (*[1, 2], 3), () == (), type(()).__name__)
g = lambda a, b: (b, a)
print(g(1, 2), [(i, i * i) for i in range(4)], {(i, -i) for i in range(2)} == {(0, 0), (1, -1)})


def gen():
    x = (yield 1, 2)
    y = ((yield "a"), (yield "b"))
    yield x, y


it = gen()
print(next(it), it.send("sent1"), it.send("p"), it.send("q"))


class C:
    pair = (f("c1"), f("c2"))

    def method(self, k=(f("d1"), f("d2"))):
        return k, self.pair


print(C().method(), C.pair)


def boom():
    raise ValueError("second item")


try:
    bad = (f("first"), boom(), f("third"))
except ValueError as e:
    print("ValueError", e, order[-1])
a, b = (b, a) if False else (3, 4)
a, b = b, a
print(a, b, (a, b) == (4, 3), (a, b) < (4, 4), hash((1, 2)) == hash((1, 2)))
nested = ((1, (2, (3, (4, (5,))))),)
print(nested, len(nested[0][1][1]))
d = {(1, 2): "x"}
print(d[(1, 2)], (1, 2) in d, f"{(1, 'a')}", str((None, True)), repr((1.0, -0.0)))
# A later item rebinding a name read by an earlier one: pairs and triples still read left to right.
i = 0
print((i, (i := i + 1)), (i, (i := i + 1), i), ((i := 10), i), type((i, i)).__name__, type((i, i, i)) is tuple)
