# A generator function's body is made once where its def runs and takes the call's arguments:
# every kind of parameter reaches the frame, frames and tracebacks carry the Python name, a
# recursive generator calls what its name is bound to now, and each call gets a fresh frame.
import traceback


def show(text):
    print(text.replace(__file__, "FILE"), end="")


def params(a, b=2, *args, c, d=4, **kw):
    yield a, b, args, c, d, sorted(kw.items())
    a += 1
    yield a


print(list(params(1, c=3)), list(params(1, 5, 6, 7, c=8, d=9, e=10, f=11)))
g1 = params(10, c=0)
g2 = params(20, c=0)
print(next(g1), next(g2), next(g1), next(g2))


def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t)
    else:
        yield tree


print(list(walk([1, [2, [3, 4]], 5])))
original = walk


def walk(tree):
    yield "rebound"


print(list(original([1, [2]])))


def counter():
    count = 0

    def bump(n):
        nonlocal count
        count += n
        return count

    while True:
        got = yield bump(1)
        if got is not None:
            bump(got)


c = counter()
print(next(c), c.send(10), next(c), c.gi_frame is not None, c.__name__, c.__qualname__)


def failing(n):
    yield n
    raise ValueError(f"failed after {n}")


try:
    for x in failing(3):
        pass
except ValueError:
    show(traceback.format_exc())


class Tree:
    def __init__(self, *kids):
        self.kids = kids

    def items(self, depth=0):
        yield depth
        for k in self.kids:
            yield from k.items(depth + 1)

    def __iter__(self):
        yield from self.items()


class Labelled(Tree):
    def items(self, depth=0):
        for d in super().items(depth):
            yield f"L{d}"


print(list(Tree(Tree(), Tree(Tree()))), list(Labelled(Tree())))
print(type(params(1, c=2)).__name__, params.__name__, params.__code__.co_name)

gen_lambda = lambda x: (yield x * 2)
g = gen_lambda(21)
print(next(g), g.__name__)
try:
    next(g)
except StopIteration:
    print("stopped")


def finally_gen(tag):
    try:
        yield tag
        yield tag + "!"
    finally:
        print("finally", tag)


f = finally_gen("a")
print(next(f))
f.close()
print(f.gi_frame)
for v in finally_gen("b"):
    print(v)
    break


def makers():
    out = []
    for i in range(3):
        def g(k=i):
            yield k * 10
        out.append(g)
    return out


print([next(m()) for m in makers()])


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        raise ZeroDivisionError("at the bottom")
        yield


try:
    list(deep(2))
except ZeroDivisionError:
    show(traceback.format_exc())
