def bad():
    yield 1
    raise ValueError("inside generator")
g = bad()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted after error"))
def running():
    yield next(running_gen)
running_gen = running()
try:
    next(running_gen)
except ValueError as e:
    print("ValueError:", e)
def stop_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    pass
try:
    for x in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
