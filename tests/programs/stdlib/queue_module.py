import queue
import time
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

print(queue.__all__, Empty, Full, SimpleQueue, Queue, issubclass(Empty, Exception))
print(Queue[int], SimpleQueue[str], LifoQueue[int])

q = Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize, q.unfinished_tasks, list(q.queue))
print([q.get() for _ in range(3)], q.get_nowait(), q.get(False), q.empty())
for args in ((), (False,), (True, 0), (True, 0.01)):
    try:
        q.get(*args) if args else q.get_nowait()
    except Empty as e:
        print('Empty', repr(e), type(e).__module__)
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

b = Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.full(), b.qsize())
for call in (lambda: b.put_nowait('c'), lambda: b.put('c', False), lambda: b.put('c', timeout=0), lambda: b.put('c', True, 0.01)):
    try:
        call()
    except Full as e:
        print('Full', repr(e))
try:
    b.put('c', timeout=-0.5)
except ValueError as e:
    print('ValueError', e)
print(b.get(), b.get(), b.full(), b.empty())

# Tasks: task_done and join.
t = Queue()
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()
print('joined', t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print('ValueError', e)

# Unbounded queues never report full; a negative maxsize is unbounded too.
u = Queue(-1)
for i in range(100):
    u.put_nowait(i)
print(u.full(), u.qsize())

lifo = LifoQueue()
for x in 'abc':
    lifo.put(x)
print([lifo.get() for _ in range(3)], lifo.empty())

pq = PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (0, 'z')]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
pq2 = PriorityQueue(maxsize=1)
pq2.put(5)
try:
    pq2.put_nowait(1)
except Full:
    print('priority full')

sq = SimpleQueue()
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=-5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
for call in (sq.get_nowait, lambda: sq.get(False), lambda: sq.get(timeout=0), lambda: sq.get(True, 0.02)):
    try:
        call()
    except Empty:
        print('Empty')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)


# Subclasses reorganise the storage through the _init/_qsize/_put/_get hooks.
class DedupQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        if item not in self.queue:
            self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


d = DedupQueue()
for x in [1, 2, 1, 3, 2]:
    d.put(x)
print(d.qsize(), d.unfinished_tasks, [d.get() for _ in range(d.qsize())])

# A timed wait takes its timeout.
start = time.monotonic()
try:
    Queue().get(timeout=0.05)
except Empty:
    print('waited', time.monotonic() - start >= 0.04)
