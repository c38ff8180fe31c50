# A StopIteration escaping nested generator frames with no handler anywhere: the RuntimeError
# ends the program, and its traceback shows the StopIteration's own frames as its cause.


def inner(n):
    for i in range(n):
        yield i
    raise StopIteration("inner ran out")


def outer(source):
    for v in source:
        yield v * 2


total = 0
for v in outer(inner(3)):
    total += v
    print("got", v)
print("not reached", total)
