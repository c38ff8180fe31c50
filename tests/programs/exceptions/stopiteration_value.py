def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("list iterator exhausted", repr(e), e.value)
print(next(iter([]), "default"))
