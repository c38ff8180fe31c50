def stateful():
    print("step 1")
    yield 1
    print("step 2")
    yield 2
    print("step 3")
g = stateful()
print("before first next")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
def gen_in_loop():
    for i in range(3):
        yield i
        print("resumed after", i)
for x in gen_in_loop():
    if x == 1:
        print("breaking")
        break
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in enumerate(fib_gen()):
    if i >= 10:
        break
    print(f, end=" ")
print()
def two_gens():
    g1 = (c for c in "abc")
    g2 = (n for n in range(3))
    return list(zip(g1, g2))
print(two_gens())
