def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-done"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in [1, 2]))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegating():
    r1 = yield from sub(2)
    r2 = yield from sub(3)
    return r1 + r2
def sub(n):
    for i in range(n):
        yield i
    return n * 100
d = delegating()
print(list(d))
d = delegating()
vals = []
try:
    while True:
        vals.append(next(d))
except StopIteration as e:
    print(vals, e.value)
