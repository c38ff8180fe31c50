"""asyncio's queues: Queue (first in, first out), PriorityQueue (smallest first) and LifoQueue
(last in, first out), for producer and consumer tasks, with CPython's wake-up order."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq

from . import locks
from . import mixins

GenericAlias = type(list[int])


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a queue that holds maxsize items."""


class Queue(mixins._LoopBoundMixin):
    """Items in arrival order. put() waits while maxsize items are in the queue (maxsize <= 0
    means no limit), get() while it is empty; task_done() and join() track the items taken
    out but not yet processed. Subclasses change the order through _init, _put and _get."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()   # futures of tasks waiting for an item
        self._putters = collections.deque()   # futures of tasks waiting for room
        # Items put in but not yet marked done; join() waits on the event while any remain.
        self._finished = locks.Event()
        self._finished.set()
        self._unfinished_tasks = 0
        self._init(maxsize)

    __class_getitem__ = classmethod(GenericAlias)

    # The storage hooks: subclasses replace these three to change the hand-out order.
    def _init(self, maxsize):
        """Create the empty container."""
        self._queue = collections.deque()

    def _put(self, item):
        """Store one item."""
        self._queue.append(item)

    def _get(self):
        """Remove and return the item whose turn it is."""
        return self._queue.popleft()

    def _wakeup_next(self, waiters):
        # The first waiter that was not cancelled gets the turn; the others leave the line.
        while waiters:
            candidate = waiters.popleft()
            if candidate.done():
                continue
            candidate.set_result(None)
            break

    def _label(self, with_address):
        where = f' at {id(self):#x}' if with_address else ''
        return f'<{type(self).__name__}{where} {self._format()}>'

    def __str__(self):
        return self._label(False)

    def __repr__(self):
        return self._label(True)

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        if self._getters:
            parts.append(f'_getters[{len(self._getters)}]')
        if self._putters:
            parts.append(f'_putters[{len(self._putters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def qsize(self):
        """How many items are in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        """How many items the queue may hold (0 or less: no limit)."""
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        """True when the queue holds maxsize items; never for an unlimited queue."""
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    async def _wait_while(self, blocked, waiters):
        """Wait in `waiters` until blocked() is false. A waiter woken for a turn it cannot take
        (it was cancelled as it was woken) passes the turn to the next in line."""
        while blocked():
            future = self._get_loop().create_future()
            waiters.append(future)
            try:
                await future
            except BaseException:
                future.cancel()
                if future in waiters:
                    waiters.remove(future)
                if not blocked() and not future.cancelled():
                    self._wakeup_next(waiters)
                raise

    async def put(self, item):
        """Put item in the queue, waiting for room when it is full."""
        await self._wait_while(self.full, self._putters)
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put item in the queue now; QueueFull when there is no room."""
        if self.full():
            raise QueueFull
        self._put(item)
        # Stored: now it counts as unfinished work, and a waiting getter may take it.
        self._finished.clear()
        self._unfinished_tasks += 1
        self._wakeup_next(self._getters)

    async def get(self):
        """Take the next item out, waiting for one when the queue is empty."""
        await self._wait_while(self.empty, self._getters)
        return self.get_nowait()

    def get_nowait(self):
        """Take the next item out now; QueueEmpty when there is none."""
        if self.empty():
            raise QueueEmpty
        taken = self._get()
        # Room was made: let the first task waiting to put go ahead.
        self._wakeup_next(self._putters)
        return taken

    def task_done(self):
        """Mark one item taken out earlier as processed; join() returns when all are."""
        if self._unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        """Wait until every item put in has been taken out and marked done."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that hands out its smallest item first (a heap)."""

    def _get(self):
        return heapq.heappop(self._queue)

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _init(self, maxsize):
        self._queue = []  # kept in heap order


class LifoQueue(Queue):
    """A Queue that hands out its newest item first (a stack)."""

    def _get(self):
        return self._queue.pop()  # the newest item sits at the end

    def _put(self, item):
        self._queue.append(item)

    def _init(self, maxsize):
        self._queue = []
