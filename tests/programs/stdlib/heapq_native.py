# heapq's functions are the _heapq accelerator's, as in CPython: argument checks and messages,
# sift order on ties, heaps of tuples, list subclasses used as plain lists, comparisons that
# raise or mutate the heap midway.
import heapq

print(heapq.heappush, heapq.heappop, heapq.heapify, heapq.heapreplace, heapq.heappushpop)
print(heapq.heappush.__name__, heapq._heapify_max.__name__)


def show(f, *args, **kw):
    try:
        print(f.__name__, f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


show(heapq.heappush, (1, 2), 3)
show(heapq.heappop, (1, 2))
show(heapq.heapify, "abc")
show(heapq.heapreplace, {}, 1)
show(heapq.heappushpop, None, 1)
show(heapq.heappop, [])
show(heapq.heapreplace, [], 1)
show(heapq.heappushpop, [], 7)
show(heapq.heappush, [])
show(heapq.heappush, [], 1, 2)
show(heapq.heappop)
show(heapq.heapify, [], [])
show(heapq.heappush, heap=[], item=1)
show(heapq.heappop, heap=[1])
show(heapq._heappop_max)
show(heapq._heapreplace_max, [1])

# Heaps of tuples: ties broken by the second item, nested tuples, mixed int and float keys.
h = []
for i, p in enumerate([5, 3, 5, 1, 3.0, 2, 5, 1.0, 0.5, 3]):
    heapq.heappush(h, (p, -i, (i % 3, str(i))))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

# heapify on a small and a big list (CPython walks big ones in another order: same heap).
for n in (10, 3001):
    data = [(x * 7919) % n for x in range(n)]
    heapq.heapify(data)
    ok = all(data[i] <= data[c] for i in range(n) for c in (2 * i + 1, 2 * i + 2) if c < n)
    print(n, data[:12], ok, sum(data[i] * i for i in range(n)) % 1000003)

big = [(x * 31) % 2503 for x in range(2600)]
heapq._heapify_max(big)
print(big[:10], heapq._heappop_max(big), heapq._heapreplace_max(big, -1), big[:5])
print(heapq.heapreplace([3, 1, 2], 9), heapq.heappushpop([1, 5], 3), heapq.heappushpop([4, 5], 3))


class Log(list):
    def append(self, x):
        print("append called", x)
        super().append(x)

    def pop(self, *a):
        print("pop called")
        return super().pop(*a)


lg = Log([4, 2])
heapq.heapify(lg)
heapq.heappush(lg, 1)
print(lg, heapq.heappop(lg), lg, type(lg).__name__)


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 99 or other.v == 99:
            raise ValueError("no order for 99")
        return self.v < other.v

    def __repr__(self):
        return f"B{self.v}"


h = [Bad(v) for v in (1, 3, 5, 7, 9, 11, 13)]
try:
    heapq.heappush(h, Bad(99))
except ValueError as e:
    print("push:", e, h)
h = [Bad(v) for v in (1, 3, 5, 99, 9, 11, 13)]
try:
    heapq.heappop(h)
except ValueError as e:
    print("pop:", e, h)
try:
    heapq.heapify([3, "a", 1])
except TypeError as e:
    print("heapify:", e)


class Shrinker:
    heap = None

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if Shrinker.heap:
            Shrinker.heap.pop()
        return self.v < other.v

    def __repr__(self):
        return f"S{self.v}"


h = [Shrinker(v) for v in (1, 2, 3, 4, 5)]
Shrinker.heap = h
try:
    heapq.heappush(h, Shrinker(0))
except RuntimeError as e:
    print("push:", e, h)
Shrinker.heap = None
h = [Shrinker(v) for v in (1, 2, 3, 4, 5, 6)]
Shrinker.heap = h
try:
    heapq.heappop(h)
except RuntimeError as e:
    print("pop:", e, h)
Shrinker.heap = None


class Rev(tuple):
    def __lt__(self, other):
        return tuple(self) > tuple(other)


h = []
for t in [(1, 2), (3, 4), (2, 9)]:
    heapq.heappush(h, Rev(t))
print([tuple(heapq.heappop(h)) for _ in range(3)])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]))
