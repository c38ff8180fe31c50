# Seeded random heap workloads: the list layouts after every operation are compared with
# CPython's, so any difference in how items move shows up.
import heapq

_state = [20240611]


def rand(n):
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return (_state[0] >> 8) % n


def random_list(length, spread):
    return [rand(spread) for _ in range(length)]


def checksum(values):
    total = 0
    for position, value in enumerate(values):
        total = (total * 31 + position * 7 + hash(value)) % 1000000007
    return total


# 1. Mixed operations on one heap, layout printed every few steps.
heap = []
log = []
for step in range(3000):
    op = rand(6)
    if op <= 1 or not heap:
        heapq.heappush(heap, rand(50))
    elif op == 2:
        log.append(heapq.heappop(heap))
    elif op == 3:
        log.append(heapq.heappushpop(heap, rand(50)))
    elif op == 4:
        log.append(heapq.heapreplace(heap, rand(50)))
    else:
        heap.append(rand(50))
        heapq.heapify(heap)
    if step % 150 == 0:
        print('step', step, len(heap), heap[:20])
print('final', checksum(heap), checksum(log), len(log))

# 2. heapify on many generated lists, including lots of ties.
for trial in range(60):
    data = random_list(rand(40), 1 + rand(12))
    heapq.heapify(data)
    if trial % 6 == 0:
        print('heapify', trial, data)
    else:
        print('heapify', trial, checksum(data))

# 3. Tuples as priority-queue entries: ties on the priority fall back to the counter.
queue = []
for serial in range(400):
    heapq.heappush(queue, (rand(8), serial, 'job%d' % serial))
    if rand(3) == 0:
        heapq.heappop(queue)
print('tuples', len(queue), queue[:6])
drained = [heapq.heappop(queue)[1] for _ in range(len(queue))]
print('drained', checksum(drained), drained[:15])

# 4. The private sift helpers directly (pure Python in CPython too).
for trial in range(40):
    data = sorted(random_list(1 + rand(25), 30))
    pos = rand(len(data))
    data[pos] = rand(60)
    heapq._siftup(data, pos)
    line = [checksum(data)]
    data.append(rand(30))
    heapq._siftdown(data, 0, len(data) - 1)
    line.append(checksum(data))
    maxheap = sorted(random_list(1 + rand(25), 30), reverse=True)
    pos = rand(len(maxheap))
    maxheap[pos] = rand(60)
    heapq._siftup_max(maxheap, pos)
    line.append(checksum(maxheap))
    heapq._heapify_max(maxheap)
    line.append(heapq._heappop_max(maxheap))
    line.append(heapq._heapreplace_max(maxheap, rand(30)) if maxheap else None)
    line.append(checksum(maxheap))
    print('sift', trial, line)

# 5. merge: sorted inputs with and without key/reverse, and unsorted inputs too.
for trial in range(80):
    count = rand(5)
    reverse = rand(2) == 1
    use_key = rand(3)
    inputs = []
    for _ in range(count):
        chunk = random_list(rand(8), 20)
        if trial % 5 != 4:
            if use_key == 1:
                chunk.sort(key=lambda v: v % 7, reverse=reverse)
            else:
                chunk.sort(reverse=reverse)
        inputs.append(chunk)
    if use_key == 1:
        merged = list(heapq.merge(*inputs, key=lambda v: v % 7, reverse=reverse))
    elif use_key == 2:
        merged = list(heapq.merge(*[[(v, i) for i, v in enumerate(c)] for c in inputs],
                                  key=lambda pair: pair[0], reverse=reverse))
    else:
        merged = list(heapq.merge(*inputs, reverse=reverse))
    print('merge', trial, reverse, use_key, merged)

# merge reads its inputs lazily and calls the key as few times as CPython does.
calls = []


def noisy_key(value):
    calls.append(value)
    return value


merged = heapq.merge([1, 4, 9], [2, 3], [], iter([5, 6, 7, 8]), key=noisy_key)
print(next(merged), next(merged), calls)
print(list(merged), calls)
print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge('ace', 'bd')))
print(list(heapq.merge([3, 1], [2])), list(heapq.merge([1, 1], [1, 1.0], key=None)))

# 6. nsmallest/nlargest against the sorted definition, with keys and ties.
for trial in range(120):
    data = random_list(rand(30), 1 + rand(15))
    n = rand(35) - 3
    if trial % 3 == 0:
        key = None
    elif trial % 3 == 1:
        key = lambda v: v % 4
    else:
        key = lambda v: -v
    tagged = [(v, i) for i, v in enumerate(data)]
    small = heapq.nsmallest(n, data, key=key)
    large = heapq.nlargest(n, data, key=key)
    small_tagged = heapq.nsmallest(n, tagged, key=lambda t: t[0] % 5)
    large_tagged = heapq.nlargest(n, iter(tagged), key=lambda t: t[0] % 5)
    print('nsl', trial, n, small, large, small_tagged[:5], large_tagged[:5])

# 7. Errors.
def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('pop empty', lambda: heapq.heappop([]))
attempt('replace empty', lambda: heapq.heapreplace([], 1))
attempt('pushpop empty', lambda: heapq.heappushpop([], 1))
attempt('push tuple', lambda: heapq.heappush((), 1))
attempt('heapify str', lambda: heapq.heapify('abc'))
attempt('mixed', lambda: heapq.heappush([1], 'x'))
attempt('nsmallest 0', lambda: heapq.nsmallest(0, [3, 1]))
attempt('nlargest neg', lambda: heapq.nlargest(-2, [3, 1]))
attempt('nsmallest none', lambda: heapq.nsmallest(2, None))
