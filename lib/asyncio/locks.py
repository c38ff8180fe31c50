"""asyncio's synchronization primitives: Lock, Event, Condition, Semaphore, BoundedSemaphore,
Barrier.

Each keeps the futures of the tasks waiting on it in arrival order and wakes them first come,
first served, with CPython 3.11's rules for what a cancelled waiter leaves behind (a lock or a
semaphore count it was handed passes on to the next waiter), so tasks interleave as they do on
CPython."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

import collections

from . import exceptions
from . import mixins


def _enqueue(primitive):
    """A new future for the running task, at the end of primitive's waiters."""
    if primitive._waiters is None:
        primitive._waiters = collections.deque()
    future = primitive._get_loop().create_future()
    primitive._waiters.append(future)
    return future


async def _sleep_on(waiters, future):
    """Wait for `future`; leave the queue however the wait ends."""
    try:
        return await future
    finally:
        waiters.remove(future)


def _live(waiters):
    """The waiters that can still be woken."""
    return [future for future in waiters or () if not future.done()]


def _describe(primitive, state):
    """repr(primitive): object's repr with the state (and the number waiting) added."""
    if primitive._waiters:
        state = f'{state}, waiters:{len(primitive._waiters)}'
    return f'<{object.__repr__(primitive)[1:-1]} [{state}]>'


class _ContextManagerMixin:
    """`async with` support: acquire on the way in, release on the way out."""

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def __aenter__(self):
        await self.acquire()
        # `async with lock as x` binds None, as CPython does.
        return None


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutual-exclusion lock for tasks: acquire() waits while another task holds it."""

    def __init__(self):
        self._locked = False
        self._waiters = None  # created on first contention

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return _describe(self, state)

    def locked(self):
        """True while some task holds the lock."""
        return self._locked

    def _free_for_newcomer(self):
        # Unlocked, and no waiter still in line ahead of a newcomer.
        if self._locked:
            return False
        return self._waiters is None or all(w.cancelled() for w in self._waiters)

    async def acquire(self):
        """Wait until the lock is free, take it and return True."""
        if not self._free_for_newcomer():
            await self._wait_in_line()
        self._locked = True
        return True

    async def _wait_in_line(self):
        future = _enqueue(self)
        try:
            await _sleep_on(self._waiters, future)
        except exceptions.CancelledError:
            self._pass_wakeup_on()
            raise

    def _pass_wakeup_on(self):
        # A waiter woken and cancelled at once must not swallow the wake-up.
        if not self._locked:
            self._wake_up_first()

    def release(self):
        """Give the lock up and wake the first waiter; RuntimeError when it is not held."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # Only the head of the line: a head already done is on its way to take the lock, or
        # was cancelled and will pass the wake-up on itself.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: wait() returns once set() has been called."""

    def __init__(self):
        self._value = False
        self._waiters = collections.deque()

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        return _describe(self, state)

    def is_set(self):
        return self._value

    def set(self):
        """Set the flag and wake every waiting task."""
        if self._value:
            return
        self._value = True
        for future in _live(self._waiters):
            future.set_result(True)

    def clear(self):
        """Unset the flag; later wait() calls wait again."""
        self._value = False

    async def wait(self):
        """Return True once the flag is set (at once when it is)."""
        if self._value:
            return True
        await _sleep_on(self._waiters, _enqueue(self))
        return True


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one unless given): wait() releases the lock
    until notify() and takes it back before returning."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        return _describe(self, 'locked' if self.locked() else 'unlocked')

    async def wait(self):
        """Release the lock, wait to be notified, take the lock again; True."""
        self._require_lock('wait')
        self.release()
        try:
            await _sleep_on(self._waiters, _enqueue(self))
            return True
        finally:
            await self._reacquire()

    async def _reacquire(self):
        # The caller held the lock and must hold it again whatever happened meanwhile, so a
        # cancellation while re-taking it is remembered and raised once the lock is held.
        interrupted = held = False
        while not held:
            try:
                await self.acquire()
                held = True
            except exceptions.CancelledError:
                interrupted = True
        if interrupted:
            raise exceptions.CancelledError

    def _require_lock(self, action):
        if not self.locked():
            raise RuntimeError(f'cannot {action} on un-acquired lock')

    async def wait_for(self, predicate):
        """wait() until predicate() is true; its last value."""
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        """Wake up to n waiting tasks, in the order they started waiting."""
        self._require_lock('notify')
        budget = n
        for future in _live(self._waiters):
            if budget <= 0:
                break
            budget -= 1
            future.set_result(False)

    def notify_all(self):
        """Wake every waiting task."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter of free slots: acquire() takes one (waiting while there is none), release()
    gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = None  # created on first contention

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _describe(self, state)

    def locked(self):
        """True when acquire() would have to wait: no slot, or tasks already in line."""
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        """Take a slot, waiting for one when needed; True."""
        if not self.locked():
            self._value -= 1
            return True
        future = _enqueue(self)
        try:
            await _sleep_on(self._waiters, future)
        except exceptions.CancelledError:
            # A slot handed to this waiter as it was cancelled goes back, to the next one.
            if not future.cancelled():
                self._give_slot_back()
            raise
        # Slots still free after ours: the next waiter need not wait for a release.
        if 0 < self._value:
            self._wake_up_next()
        return True

    def _give_slot_back(self):
        self._value += 1
        self._wake_up_next()

    def release(self):
        """Give a slot back and wake the next waiter."""
        self._give_slot_back()

    def _wake_up_next(self):
        # The slot is taken on the waiter's behalf as it is woken.
        waiting = _live(self._waiters)
        if waiting:
            self._value -= 1
            waiting[0].set_result(True)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._bound_value = value  # the ceiling release() checks against
        super().__init__(value)

    def release(self):
        if self._value < self._bound_value:
            super().release()
            return
        raise ValueError('BoundedSemaphore released too many times')


# A Barrier's states, as its repr shows them. Filling: tasks gather in wait(). Draining: the
# last party arrived and the gathered tasks are leaving; newcomers wait until they all have.
# Resetting: reset() came while tasks were inside, and they leave with BrokenBarrierError.
# Broken: abort() was called; every wait() fails until reset().
_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Holds the tasks calling wait() until `parties` of them wait, then lets all of them go.
    Each of a batch gets its own index, from 0 to parties - 1, in the order they arrived. The
    barrier can be used again for the next batch."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        # Every change of state is announced on this condition; its lock guards the counts.
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # the tasks inside wait()

    def __repr__(self):
        shown = self._state
        if not self.broken:
            shown += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{object.__repr__(self)[1:-1]} [{shown}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    async def wait(self):
        """Wait until the batch is complete; this task's index in it. BrokenBarrierError when
        the barrier is broken, or is aborted or reset while this task waits."""
        async with self._cond:
            # The previous batch must be gone (or thrown out) before this one forms.
            await self._cond.wait_for(self._open_for_arrivals)
            if self._state is _BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(self._batch_ended)
                    if self._state is _BROKEN or self._state is _RESETTING:
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                self._left()

    def _open_for_arrivals(self):
        return self._state is not _DRAINING and self._state is not _RESETTING

    def _batch_ended(self):
        return self._state is not _FILLING

    def _left(self):
        # The last task out of a draining or resetting barrier opens it to the next batch.
        if self._count:
            return
        if self._state is _DRAINING or self._state is _RESETTING:
            self._state = _FILLING
        self._cond.notify_all()

    async def reset(self):
        """Back to an empty, usable barrier; the tasks waiting get BrokenBarrierError."""
        async with self._cond:
            self._state = _RESETTING if self._count > 0 else _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting tasks and later wait() calls get BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """How many tasks make a batch."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks of the forming batch are waiting."""
        return self._count if self._state is _FILLING else 0

    @property
    def broken(self):
        """True once abort() broke the barrier (until reset())."""
        return self._state is _BROKEN
