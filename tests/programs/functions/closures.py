def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = counter()
c2 = counter(100)
print(c1(), c1(), c2(), c1(5), c2(10))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_late()])
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 10
print([f() for f in fs])
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
print(add5(1), adder(-1)(1))
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def slow_sq(n):
    print("computing", n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5), sorted(slow_sq.cache.items()))
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner
    x = 50
    return mid()()
print(outer())
