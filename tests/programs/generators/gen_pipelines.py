def read(lines):
    for ln in lines:
        yield ln.strip()
def nonblank(it):
    return (x for x in it if x)
def numbered(it, start=1):
    n = start
    for x in it:
        yield n, x
        n += 1
src = ["  a ", "", "b", "   ", "c  "]
print(list(numbered(nonblank(read(src)))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)), next(x for x in fib() if x > 100))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, vals in {"a": [1, 2, 3], "b": [10, 20]}.items():
    g = grouper(results, key)
    next(g)
    for v in vals:
        g.send(v)
    g.send(None)
print(results)
gen = (i for i in range(3))
print(type(gen).__name__, gen.__next__(), list(gen))
def early():
    yield 1
    return
    yield 2
print(list(early()))
def gen_exc():
    yield 1
    raise ValueError("inside gen")
try:
    for v in gen_exc():
        print("got", v)
except ValueError as e:
    print(e)
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print(e)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()), sorted((y for y in "cab"), reverse=True))
lazy = map(lambda v: v * 10, filter(lambda v: v % 2, range(7)))
print(list(lazy), list(lazy))
def genfn():
    x = yield
    print("received", x)
gg = genfn(); next(gg)
try:
    gg.send("hello")
except StopIteration:
    print("finished")
