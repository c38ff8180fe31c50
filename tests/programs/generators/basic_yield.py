def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print("created")
for v in g:
    print("got", v)
print(list(count_up(0)))
def letters():
    yield "a"
    yield "b"
    yield "c"
it = letters()
print(next(it), next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(letters()), tuple(letters()), "".join(letters()), sorted(letters(), reverse=True))
def squares():
    n = 1
    while True:
        yield n * n
        n += 1
s = squares()
print([next(s) for _ in range(6)])
def gen_with_return():
    yield 1
    return
    yield 2
print(list(gen_with_return()))
