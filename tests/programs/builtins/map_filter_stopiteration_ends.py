# A StopIteration raised by the function given to map(), filter() or iter(callable, sentinel)
# ends that iterator where a consumer pulls it (list, for, sum, join, dict, max, ...).

def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (2 ** 31)
        yield state


gen = lcg(7)
for trial in range(12):
    lengths = [next(gen) % 4 for _ in range(1 + next(gen) % 5)]
    iters = [iter("abcd"[:n]) for n in lengths]
    print(trial, lengths, list(map(next, iters)))

its = [iter("ab"), iter("c"), iter("")]
print(list(map(next, its)))
it = iter([1, 2])
print(list(iter(lambda: next(it), None)))


def upto(limit):
    def check(x):
        if x > limit:
            raise StopIteration
        return x % 2
    return check


for limit in range(0, 7, 2):
    print("filter", limit, list(filter(upto(limit), range(10))))

print(sum(map(next, [iter([1]), iter([2]), iter([])])))
print("-".join(map(next, [iter("x"), iter("y"), iter("")])))
print(tuple(map(next, [iter([5]), iter([])])))
print(dict(map(next, [iter([(1, 2)]), iter([])])))
print(max(map(next, [iter([3]), iter([9]), iter([])])))
print(sorted(map(next, [iter([3]), iter([1]), iter([])])))
print(set(filter(upto(3), [1, 3, 5])))
print([x for x in map(next, [iter("q"), iter("")])])
for x in map(next, [iter("p"), iter("")]):
    print("loop", x)
print(any(map(next, [iter([0]), iter([])])), all(map(next, [iter([1]), iter([])])))

# map is not exhausted by the StopIteration: a later pull calls the function again.
src = [iter([1]), iter([]), iter([2])]
m = map(next, iter(src))
print(list(m), list(m))
flag = {"stop": True}


def flaky(x):
    if flag["stop"]:
        flag["stop"] = False
        raise StopIteration
    return x * 10


m = map(flaky, [1, 2, 3])
print(list(m), list(m))

# iter(callable, sentinel) drops the callable once it raised StopIteration.
calls = []


def source():
    calls.append(1)
    if len(calls) == 3:
        raise StopIteration
    return len(calls)


ci = iter(source, None)
print(list(ci), list(ci), len(calls))
counter = iter([1, 2, 3, 4, 5])
print(list(iter(lambda: next(counter), 4)))
counter = iter([1, 2])
print(list(iter(lambda: next(counter), 99)))

# next() on a map whose function raises StopIteration raises StopIteration; other errors pass.
try:
    next(map(next, [iter([])]))
except StopIteration as e:
    print("StopIteration", type(e).__name__)
try:
    list(map(lambda x: 1 // x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    list(filter(lambda x: [][x], [0]))
except IndexError as e:
    print(type(e).__name__, e)


# A StopIteration inside a generator that consumes such a map still ends only the map.
def consume():
    yield from map(next, [iter("g"), iter("")])
    yield "after"


print(list(consume()))
