# Generator expressions left before their end: any()/all()/next() stopping early, break, an
# explicit close(). Closing one closes the iterator its loop holds alone (a generator with a
# finally), and leaves alone one held elsewhere.

log = []


def source(name, n):
    try:
        for i in range(n):
            log.append(f"{name} yields {i}")
            yield i
    finally:
        log.append(f"{name} finally")


def show(label, value):
    print(label, value, log)
    log.clear()


show("any", any(x > 1 for x in source("a", 5)))
show("all", all(x < 2 for x in source("b", 5)))
show("any-none", any(x > 10 for x in source("c", 3)))
# next() and `in` over an expression that is then dropped: kept by a name and closed explicitly,
# so that the output does not depend on when the last reference goes.
g = (x * 10 for x in source("d", 5))
show("next", next(g))
g.close()
show("next closed", None)
g = (x for x in source("e", 9) if x % 3 == 2)
show("next-if", next(g, None))
g.close()
show("next-if closed", None)
g = (x for x in source("f", 9))
show("in", 3 in g)
g.close()
show("in closed", None)

g = (x for x in source("g", 5))
show("first", next(g))
g.close()
show("closed", g.close())
try:
    next(g)
except StopIteration:
    show("after close", "StopIteration")

# The iterator is held elsewhere: closing the expression does not close it.
shared = source("h", 5)
g = (x for x in shared)
show("shared first", next(g))
g.close()
show("shared still", next(shared))
shared.close()
show("shared closed", None)

# Never started: close does nothing, and the source is never started either.
g = (x for x in source("i", 3))
g.close()
show("unstarted", list(g))

for x in (y for y in source("j", 5)):
    if x == 2:
        break
show("break", x)

# A generator expression closing itself while running.
holder = []
def step(x):
    if x == 1:
        holder[0].close()
    return x
g = (step(x) for x in range(3))
holder.append(g)
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)

# Filtered, nested and with several for clauses (a full frame, not the single-loop kind).
show("nested any", any(x + y > 3 for x in source("k", 4) for y in range(2)))
show("sum-if", sum(x for x in source("l", 6) if x % 2))
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
for w in words:
    print(w, any(c in w for c in "xyz"), all(c.isalpha() for c in w), next((c for c in w if c in "aeiou"), "-"))

# Many early exits in a row (the cost of each must stay small).
count = 0
for n in range(20000):
    if any(d == "7" for d in str(n)):
        count += 1
print("sevens", count)
print(sum(1 for n in range(5000) if all(int(d) % 2 == 0 for d in str(n))))
