def averager():
    total = count = 0
    while True:
        x = yield
        if x is None:
            return total / count if count else 0
        total += x
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20]), ("c", [])]:
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
def g():
    yield 1
    return [1, 2]
gen = g()
print(list(gen))
def wrapper():
    r = yield from g()
    yield r
print(list(wrapper()))
