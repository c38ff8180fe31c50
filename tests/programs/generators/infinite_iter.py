def cycle(xs):
    while True:
        for x in xs:
            yield x
def islice(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(islice(cycle("abc"), 8)))
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
print(list(islice(count(10, 5), 4)))
print(list(islice(count(1.5, 0.5), 4)))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(islice(accumulate(count(1)), 10)))
def repeat(x, n=None):
    if n is None:
        while True:
            yield x
    else:
        for _ in range(n):
            yield x
print(list(repeat("z", 3)), list(islice(repeat(0), 2)))
it = iter(lambda: "x", None)
print(type(it).__name__)
calls = [3, 2, 1, 0, 5]
def pop_call():
    return calls.pop(0)
print(list(iter(pop_call, 0)))
