# A loop over a call or a generator expression holds the only reference to the generator it
# runs: leaving the loop early (break, return, an exception) drops it, and CPython closes it at
# once, so its `finally` blocks and `with` exits run before the next statement. A generator the
# program still holds stays open.


def gen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("finally", tag)


for x in gen("break"):
    print(x)
    break
print("after break")


def first():
    for x in gen("return"):
        return x


print(first())
print("after return")

try:
    for x in gen("raise"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print("after raise")

for x in gen("exhausted"):
    pass
print("after exhausted")

for x in gen("else"):
    if x > 5:
        break
else:
    print("else ran")


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False


def with_gen():
    with CM("w"):
        yield 1
        yield 2


for x in with_gen():
    break
print("after with")

# Nested: closing the outer generator throws GeneratorExit into its loop over the inner one.
def outer():
    try:
        for y in gen("inner"):
            yield y * 10
    finally:
        print("finally outer")


for x in outer():
    print(x)
    break
print("after nested")

for x in (y + 1 for y in gen("genexp")):
    print(x)
    break
print("after genexp")

print([x for x in gen("listcomp")][:1])
print(any(x > 1 for x in gen("any")))
print(all(x < 2 for x in gen("all")))
print("after builtins")

# Held by a name: the loop does not own it, so it stays open.
def gen5(tag):
    try:
        yield from range(5)
    finally:
        print("finally", tag)


g = gen5("held")
for x in g:
    break
print("still open", next(g))
for x in iter(g):
    break
print("still open", next(g))
g.close()

# Already started by someone else before the loop: left open.
h = gen5("started")
next(h)


def give():
    return h


for x in give():
    break
print("started stays open", next(h))
h.close()

# A finally that yields again: close() fails, and CPython reports it without raising.
def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")
        yield 2


for x in stubborn():
    break
print("after stubborn")


# return inside a generator's own loop over another generator.
def relay():
    for x in gen("relay"):
        yield x
        return


print(list(relay()))
print("done")
