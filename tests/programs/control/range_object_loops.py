# Loops over a range held in a name, an attribute or a container (not a `range(...)` call
# written in the loop header), against loops over other iterables through the same names.

state = 12345


def draw(n):
    """A small seeded generator, so that every run sees the same bounds."""
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n - n // 2


def walk(r):
    seen = []
    for i in r:
        seen.append(i)
    return seen


# Many bounds and steps, positive and negative, empty ranges included.
mismatches = 0
for trial in range(400):
    start, stop = draw(40), draw(40)
    step = draw(12) or 1
    r = range(start, stop, step)
    got = walk(r)
    if got != list(r) or len(got) != len(r):
        mismatches += 1
        print("mismatch", start, stop, step, got)
print("mismatches", mismatches)

# Ranges with bounds past 2**53 and at the edge of it.
big = 2 ** 53
for r in [range(big - 2, big + 2), range(10 ** 20, 10 ** 20 + 3), range(-(10 ** 19), -(10 ** 19) - 7, -3),
          range(big + 5, big - 5, -4), range(0, 10 ** 30, 10 ** 29), range(big, big)]:
    print(walk(r))

# The loop variable is rebound at every step, even when the body changes it.
R = range(5)
for i in R:
    print("before", i, end=" ")
    i = i * 100
    print("after", i)
print("last", i)

# else runs when the loop is not left by break; break skips it.
for i in R:
    if i == 3:
        print("break at", i)
        break
else:
    print("no break")
for i in range(2, 2):
    print("never")
else:
    print("empty range: else runs", "i is still", i)
EMPTY = range(10, 0)
for j in EMPTY:
    print("never")
else:
    print("empty held range: else runs")

# continue inside, nested loops over the same range object.
pairs = []
for a in R:
    if a % 2:
        continue
    for b in R:
        if b > a:
            break
        pairs.append((a, b))
print(pairs)


# A range in an attribute; the attribute is read once, before the first step.
class Holder:
    def __init__(self, r):
        self.r = r
        self.reads = 0

    @property
    def counted(self):
        self.reads += 1
        return self.r


h = Holder(range(3, 30, 7))
for i in h.counted:
    h.r = range(100)
    print("item", i)
print("reads", h.reads)

# Rebinding the name inside the loop does not change what is walked.
rr = range(4)
for i in rr:
    rr = range(1000)
    print("rr item", i)

# The same loop sees lists, tuples, strings, dicts, generators and user iterables.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


class MyList(list):
    def __iter__(self):
        print("MyList.__iter__")
        return iter([-1, -2])


def gen():
    yield "g1"
    yield "g2"


for it in [range(3), [7, 8], (9, 10), "xy", {"k": 1, "m": 2}, gen(), Countdown(3), Seq(), MyList([1, 2, 3]),
           iter(range(4)), reversed(range(3)), range(3)[::-1], range(10)[2:8:3], b"AB", {5}]:
    print(type(it).__name__, walk(it))

# Appending to a list during the loop is seen; a range cannot change.
xs = [1, 2]
for x in xs:
    if len(xs) < 5:
        xs.append(x * 10)
print(xs)

# Errors: not iterable, and iteration errors raised from the body.
for bad in [None, 5, 2.5, Holder]:
    try:
        for i in bad:
            pass
    except Exception as e:
        print(type(e).__name__, e)
try:
    for i in R:
        if i == 2:
            raise ValueError("stop at " + str(i))
except Exception as e:
    print(type(e).__name__, e)

# enumerate over a range held in a name.
for n, v in enumerate(range(-3, 9, 4)):
    print("enumerate", n, v)
RANGE2 = range(50, 40, -5)
for n, v in enumerate(RANGE2):
    print("enumerate held", n, v)

# Loops in functions, with targets that are attributes, subscripts and tuples.
class Box:
    pass


def targets():
    b = Box()
    out = [0] * 3
    src = range(3)
    for b.value in src:
        out[b.value] = b.value + 1
    for out[0] in range(7, 9):
        pass
    grid = [range(2), range(3)]
    sums = []
    for row in grid:
        total = 0
        for cell in row:
            total += cell
        sums.append(total)
    return b.value, out, sums


print(targets())

# A generator whose loop goes over a held range.
def squares(r):
    for i in r:
        yield i * i


print(list(squares(range(1, 6))), sum(squares(range(0, -10, -3))))
