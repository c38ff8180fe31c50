"""A multi-producer, multi-consumer queue (after CPython's queue module).

A compiled program has one thread, so nothing can fill an empty queue or drain a full one while a
call waits. A wait with a timeout sleeps that long and raises Empty or Full, as CPython does when no
other thread acts; a wait with no timeout (get() on an empty queue, put() on a full one, join()
with unfinished tasks), which CPython would never return from, raises RuntimeError instead.
"""

from collections import deque
from heapq import heappush, heappop
from time import sleep as _sleep

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_GenericAlias = type(list[int])


class Empty(Exception):
    """get() found no item (without blocking, or within its timeout)."""
    __module__ = '_queue'


class Full(Exception):
    """put() found no room (without blocking, or within its timeout)."""


def _wait_forever(what):
    raise RuntimeError(f'{what} would block forever: the program has no other thread to wake it')


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_or_fail(blocked, block, timeout, failure, what):
    """What a call that finds the queue `blocked` does: fail at once when not blocking, wait
    out the timeout and fail, or (no timeout) report that it would wait forever."""
    if block and timeout is not None:
        _check_timeout(timeout)
    if not blocked:
        return
    if not block:
        raise failure
    if timeout is None:
        _wait_forever(what)
    _sleep(timeout)
    raise failure


class Queue:
    """Items in arrival order, at most maxsize of them (no limit when maxsize <= 0).
    Subclasses change the order through _init, _qsize, _put and _get; `queue` holds the items."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken out earlier as processed."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Return once every item put in has been marked done."""
        if self.unfinished_tasks:
            _wait_forever('join() with unfinished tasks')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item; when the queue is full, raise Full at once (block false) or after
        `timeout` seconds."""
        if self.maxsize > 0:
            _wait_or_fail(self._qsize() >= self.maxsize, block, timeout, Full,
                          'put() on a full queue')
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Take the next item out; when there is none, raise Empty at once (block false) or
        after `timeout` seconds."""
        _wait_or_fail(not self._qsize(), block, timeout, Empty, 'get() on an empty queue')
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    __class_getitem__ = classmethod(_GenericAlias)

    # Storage hooks; subclasses swap them to change the order items come out in.
    def _init(self, maxsize):
        """Create the empty container."""
        self.queue = deque()

    def _get(self):
        """Remove and return the item whose turn it is."""
        return self.queue.popleft()

    def _put(self, item):
        """Store one item."""
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)


class PriorityQueue(Queue):
    """A Queue that hands out its smallest item first, e.g. (priority, data) tuples."""

    def _get(self):
        return heappop(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _init(self, maxsize):
        self.queue = []  # a binary heap


class LifoQueue(Queue):
    """A Queue that hands out its newest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue whose put() never blocks."""
    __module__ = '_queue'

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        _wait_or_fail(not self._queue, block, timeout, Empty, 'get() on an empty queue')
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)
