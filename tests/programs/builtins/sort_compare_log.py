# list.sort / sorted call __lt__ in exactly CPython's order: the log of every comparison, over
# seeded lists with duplicates, sorted and reversed runs, key= and reverse=True.

class Rec:
    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        LOG.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return f"R{self.v}.{self.tag}"


LOG = []
state = [12345]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def make(size, shape):
    if shape == "dups":
        vals = [rand(4) for _ in range(size)]
    elif shape == "wide":
        vals = [rand(1000) for _ in range(size)]
    elif shape == "runs":
        vals = []
        while len(vals) < size:
            start = rand(50)
            step = 1 if rand(2) else -1
            vals.extend(start + step * k for k in range(rand(40) + 1))
        vals = vals[:size]
    elif shape == "sorted":
        vals = sorted(rand(30) for _ in range(size))
    else:
        vals = sorted((rand(30) for _ in range(size)), reverse=True)
    return [Rec(v, i) for i, v in enumerate(vals)]


def checksum(log):
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 7919 + b) % 4294967291
    return h


def run(size, shape, mode):
    xs = make(size, shape)
    del LOG[:]
    if mode == "sort":
        xs.sort()
        out = xs
    elif mode == "sorted":
        out = sorted(xs)
    elif mode == "reverse":
        xs.sort(reverse=True)
        out = xs
    elif mode == "key":
        out = sorted(xs, key=lambda r: Rec(r.v // 2, r.tag))
    else:
        out = sorted(xs, key=lambda r: Rec(-r.v, r.tag), reverse=True)
    order = [r.tag for r in out]
    return order, list(LOG)


modes = ["sort", "sorted", "reverse", "key", "keyrev"]
shapes = ["dups", "wide", "runs", "sorted", "reversed"]
total = 0
for size in list(range(0, 12)) + [17, 31, 32, 33, 63, 64, 65, 100, 126, 127, 128, 129, 200, 255, 256, 300]:
    for shape in shapes:
        for mode in modes:
            order, log = run(size, shape, mode)
            ordered = checksum(list(enumerate(order)))
            if size >= 128:
                # From three runs on, the order in which runs are merged is CPython 3.11's own
                # (powersort): only the result is compared.
                print(f"{size} {shape} {mode}: order {ordered}")
                continue
            total += len(log)
            print(f"{size} {shape} {mode}: {len(log)} cmps, log {checksum(log)}, order {ordered}")
            if size <= 6 and shape in ("dups", "wide"):
                print("  ", log)
                print("  ", order)
print("total comparisons", total)

# Equal items keep their order (stability), forwards and with reverse=True.
pairs = [Rec(rand(3), i) for i in range(40)]
print([r.tag for r in sorted(pairs)])
print([r.tag for r in sorted(pairs, reverse=True)])
print([r.tag for r in sorted(pairs, key=lambda r: r.v)])
print([r.tag for r in sorted(pairs, key=lambda r: r.v, reverse=True)])

# Mixed ints and floats with a NaN: the result follows the exact comparisons made.
nan = float("nan")
for vals in ([3, nan, 1, 2], [nan, 2, 1, 0.5, 3], [1.5, 2, nan, 0, nan, -1], [5, 4, nan, 3, 2, 1]):
    print(sorted(vals), sorted(vals, reverse=True))

# While list.sort runs, the list looks empty to the key function and to __lt__; a change made
# meanwhile is undone and reported.
seen = []
xs = [3, 1, 2]
xs.sort(key=lambda v: (seen.append(len(xs)), v)[1])
print(xs, seen)
xs = [3, 1, 2]
try:
    xs.sort(key=lambda v: (xs.append(v), v)[1])
except Exception as e:
    print(type(e).__name__, e)
print(xs)
xs = [Rec(3, 0), Rec(1, 1), Rec(2, 2)]


class Peek(Rec):
    def __lt__(self, other):
        seen.append(len(xs))
        xs.append(0)
        return self.v < other.v


xs = [Peek(3, 0), Peek(1, 1), Peek(2, 2)]
seen.clear()
try:
    xs.sort()
except Exception as e:
    print(type(e).__name__, e)
print(xs, seen)


class Boom(Rec):
    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise RuntimeError("no order")
        return self.v < other.v


xs = [Boom(3, 0), Boom(1, 1), Boom(2, 2)]
try:
    xs.sort()
except Exception as e:
    print(type(e).__name__, e)
print(sorted(r.v for r in xs))
calls = []
print(sorted([5], key=lambda v: calls.append(v)), calls)
print(sorted(["b", "a"], key=lambda v: v, reverse=True), sorted([2.5, 1, 3], reverse=True))
