# deque.rotate by small and large steps, mixed with the other end operations, checked against a
# list model; and a long circle turned a few places at a time (must not copy the whole deque).
from collections import deque


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


def model_rotate(items, n):
    if not items:
        return items
    n %= len(items)
    return items[len(items) - n:] + items[:len(items) - n]


def fuzz(seed, steps, maxlen=None):
    g = lcg(seed)
    d = deque(maxlen=maxlen)
    ref = []
    mismatches = 0
    for step in range(steps):
        r = next(g) % 10
        if r == 0:
            d.append(step)
            ref.append(step)
        elif r == 1:
            d.appendleft(step)
            ref.insert(0, step)
        elif r == 2 and ref:
            if d.pop() != ref.pop():
                mismatches += 1
        elif r == 3 and ref:
            if d.popleft() != ref.pop(0):
                mismatches += 1
        elif r == 4:
            d.extend([step, -step])
            ref.extend([step, -step])
        else:
            k = next(g) % 61 - 30
            d.rotate(k)
            ref = model_rotate(ref, k)
        if maxlen is not None:
            # A bounded deque drops from the opposite end; model only the unbounded case exactly.
            ref = list(d)
        if list(d) != ref or len(d) != len(ref):
            mismatches += 1
    return len(d), list(d)[:8], list(d)[-4:], mismatches


for seed in (1, 2, 3, 7, 42):
    print(seed, fuzz(seed, 3000))
print("bounded", fuzz(5, 500, maxlen=7))

# Rotations of every amount on small deques.
for size in range(0, 6):
    for n in range(-7, 8):
        d = deque(range(size))
        d.rotate(n)
        assert list(d) == model_rotate(list(range(size)), n), (size, n)
        d.rotate(-n)
        assert list(d) == list(range(size)), (size, n)
print("small rotations ok")

# Default argument, a rotation by the full length, and indexing after rotations.
d = deque("abcdef")
d.rotate()
print(d, d[0], d[-1])
d.rotate(6)
print(d)
d.rotate(-13)
print(d, d.index("a"), d[2])
d.rotate(1000003)
print(d, len(d))

# Iterators see a rotation as a mutation, even a rotation by zero.
for size, n in [(5, 1), (5, 0), (1, 3), (0, 2), (5, 5), (5, -2)]:
    d = deque(range(size))
    it = iter(d)
    d.rotate(n)
    try:
        print(size, n, list(it))
    except RuntimeError as e:
        print(size, n, type(e).__name__, e)

# A marble game: a circle of a few hundred thousand marbles, turned by 7 and by 1.
def marbles(players, last):
    circle = deque([0])
    scores = [0] * players
    for m in range(1, last + 1):
        if m % 23 == 0:
            circle.rotate(7)
            scores[m % players] += m + circle.pop()
            circle.rotate(-1)
        else:
            circle.rotate(-1)
            circle.append(m)
    return max(scores), len(circle), circle[0], circle[-1]


for players, last in [(9, 25), (10, 1618), (13, 7999), (30, 5807), (411, 300000)]:
    print(players, last, marbles(players, last))

# A bounded deque keeps its bound through rotations.
b = deque(range(10), maxlen=4)
for k in (1, -3, 2, 5):
    b.rotate(k)
    b.append(k)
    print(list(b), b.maxlen)
b.appendleft(-1)
print(b)
