# heapq over (priority, item) tuples: numeric priorities that differ, tie, mix ints with floats and
# big ints, NaN priorities (compared by identity inside tuples), tuple subclasses with their own
# ordering, and priorities of other types.
import heapq

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def drain(heap):
    out = []
    while heap:
        out.append(heapq.heappop(heap))
    return out


def priorities(kind, n):
    vals = []
    for _ in range(n):
        r = rand(10)
        if kind == "int":
            vals.append(r)
        elif kind == "mixed":
            vals.append(r if r % 3 else r + 0.5)
        elif kind == "big":
            vals.append(r * 2**70 if r % 2 else r)
        elif kind == "neg":
            vals.append(-r if r % 2 else r * 1.0)
        elif kind == "str":
            vals.append("abcdefghij"[r])
    return vals


for kind in ("int", "mixed", "big", "neg", "str"):
    for trial in range(4):
        heap = []
        pr = priorities(kind, 25)
        for i, p in enumerate(pr):
            heapq.heappush(heap, (p, (rand(5), i)))
        out = drain(heap)
        print(kind, trial, out == sorted(out), [p for p, _ in out][:8], out[:2])

# Equal first items fall through to the second ones.
heap = []
for i in range(20):
    heapq.heappush(heap, (i % 3, -i, "x" * (i % 4)))
print(drain(heap))

# 0 and -0.0 are equal priorities: the second item decides.
heap = []
for i in range(6):
    heapq.heappush(heap, (0 if i % 2 else -0.0, 5 - i))
print(drain(heap))

# NaN: the same NaN object is equal to itself inside a tuple, different NaNs are not.
nan = float("nan")
heap = []
for i in range(6):
    heapq.heappush(heap, (nan, 6 - i))
print([x[1] for x in drain(heap)])
heap = [(float("nan"), 1), (float("nan"), 0), (1.0, 2), (0.5, 3)]
heapq.heapify(heap)
print(len(drain(heap)))
print((nan, 1) < (nan, 2), (nan, 2) < (nan, 1), (float("nan"), 1) < (float("nan"), 2))
print(heapq.nsmallest(3, [(2, "b"), (1, "z"), (1, "a"), (3, "c")]))


class Rev(tuple):
    def __lt__(self, other):
        return tuple(self) > tuple(other)


heap = []
for i in range(10):
    heapq.heappush(heap, Rev((rand(7), i)))
print([tuple(x) for x in drain(heap)])


class Loud(tuple):
    pass


heap = []
for i in range(8):
    heapq.heappush(heap, Loud((rand(4), i)))
print([tuple(x) for x in drain(heap)])


class Pri:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return f"Pri({self.v})"


heap = []
for v in (3, 1, 2):
    heapq.heappush(heap, (Pri(v), v))
print(drain(heap))

try:
    heap = []
    heapq.heappush(heap, (1, "a"))
    heapq.heappush(heap, ("b", 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    heap = []
    heapq.heappush(heap, (1, "a"))
    heapq.heappush(heap, (1, 2))
except Exception as e:
    print(type(e).__name__, e)
