# for-loops over zip and enumerate objects: leaving early, resuming, sharing one iterator,
# errors raised mid-loop, and the objects' own protocol between loops.

z = zip("abcdef", range(6))
for pair in z:
    if pair[1] == 1:
        break
print("after break:", next(z), list(z), list(z))

e = enumerate("abcdef", start=10)
for i, ch in e:
    if ch == "b":
        break
print("resume:", [x for x in e])

# Two loops pulling from one enumerate take turns.
e = enumerate("abcdefg")
for i, ch in e:
    for j, dh in e:
        print("inner", i, ch, j, dh)
        break

# Nested zip of enumerate, and enumerate of zip, unpacked in the loop header.
for i, (x, y) in enumerate(zip("xyz", [1.5, float("nan"), -0.0]), 2**63 - 2):
    print(i, x, y, type(i).__name__)
for (i, x), y in zip(enumerate("ab", -1), "cd"):
    print(i, x, y)

big = 10**30
for i, _ in enumerate(range(3), big):
    print(i - big, i)
for i, _ in enumerate("ab", 2**53 - 1):
    print(i)

# strict zip raises from inside the loop after the matched items have been seen.
seen = []
try:
    for a, b in zip([1, 2, 3], "ab", strict=True):
        seen.append((a, b))
except ValueError as exc:
    print("strict:", seen, exc)
try:
    for t in zip("a", "ab", "abc", strict=True):
        print(t)
except ValueError as exc:
    print("strict:", exc)

# An exception from the underlying iterator leaves the loop; the zip is then exhausted-or-not
# exactly as CPython leaves it.
def flaky():
    yield 1
    yield 2
    raise KeyError("boom")

z = zip(flaky(), "abcd")
try:
    for item in z:
        print("got", item)
except KeyError as exc:
    print("error", repr(exc))
print("then", list(z))

# A generator feeding enumerate, closed when the loop over a fresh enumerate is left early.
def counted():
    try:
        for k in range(5):
            yield k
    finally:
        print("counted closed")

g = counted()
for i, v in enumerate(g):
    if i == 1:
        break
print("generator still open:", next(g))
g.close()

# Iterating in a comprehension, a generator expression, unpacking and builtins that consume.
print([a * b for a, b in zip(range(4), range(4, 8))])
print(sum(i * x for i, x in enumerate([3, 4, 5])))
print(*zip("ab", "cd"), sep=" | ")
print(dict(zip("abc", enumerate("xyz"))))
print(max(enumerate("hello"), key=lambda p: p[1]))
first, *rest = zip(range(3), "abc")
print(first, rest)

