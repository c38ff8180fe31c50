"""Futures, the executor interface, and waiting on groups of futures.

A compiled program has a single thread, so nothing can complete a future while the program waits
for it. Waiting on a future that is not done therefore behaves as CPython does when no other
thread ever acts: a wait with a timeout sleeps for the timeout and then reports failure
(TimeoutError, or the futures still undone), and a wait without one, which would hang CPython,
raises RuntimeError saying so. Executors run each call as it is submitted, so their futures are
done by the time submit() returns.
"""

import collections
import logging
import time
from types import GenericAlias

# wait()'s return_when values, and the states a future goes through; each is its own name.
(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, _AS_COMPLETED) = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', '_AS_COMPLETED')
PENDING, RUNNING, FINISHED = 'PENDING', 'RUNNING', 'FINISHED'
CANCELLED = 'CANCELLED'                            # cancelled, waiters not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'  # cancelled, and the executor has seen it

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

# The word a future's repr uses for each state.
_STATE_TO_DESCRIPTION_MAP = {state: state.split('_')[0].lower() for state in _FUTURE_STATES}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# What wait() and as_completed() count as complete: a cancel the executor has not yet
# acknowledged does not count.
_COMPLETED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)

LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError  # since 3.11 the builtin is the module's exception


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


def _blocks_forever(what):
    raise RuntimeError(f'{what} would block forever: the futures are not done, and the program '
                       f'has no other thread to finish them')


def _sleep_until(deadline):
    remaining = deadline - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)


def _wait_unfinished(what, timeout):
    """Wait for something nobody can finish: sleep for `timeout`, or fail when there is none."""
    if timeout is None:
        _blocks_forever(what)
    if timeout > 0:
        time.sleep(timeout)


class Future(object):
    """The result of a call that may not have happened yet."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        described = _STATE_TO_DESCRIPTION_MAP[self._state]
        head = '<%s at %#x state=%s' % (self.__class__.__name__, id(self), described)
        if self._state != FINISHED:
            return head + '>'
        if self._exception:
            return head + ' raised %s>' % self._exception.__class__.__name__
        return head + ' returned %s>' % self._result.__class__.__name__

    def _run_callback(self, fn):
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _invoke_callbacks(self):
        for fn in self._done_callbacks:
            self._run_callback(fn)

    def cancel(self):
        """Cancel the future unless it is running or done; True when it ends up cancelled."""
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the future is currently executing."""
        return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        return self._state in _DONE_STATES

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (at once if it already is)."""
        if self._state in _DONE_STATES:
            self._run_callback(fn)
        else:
            self._done_callbacks.append(fn)

    def _wait_done(self, timeout, what):
        if self._state not in _DONE_STATES:
            _wait_unfinished(what, timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value; its exception is raised instead if it raised one.

        Raises CancelledError when the future was cancelled and TimeoutError when it is not done
        within `timeout` seconds.
        """
        try:
            self._wait_done(timeout, 'Future.result()')
            if self._exception:
                raise self._exception
            return self._result
        finally:
            # Drop the frame's reference so a raised exception does not keep the future alive.
            self = None

    def exception(self, timeout=None):
        """The exception the call raised, or None; same waiting rules as result()."""
        self._wait_done(timeout, 'Future.exception()')
        return self._exception

    def set_running_or_notify_cancel(self):
        """Mark the future running (True), or acknowledge a cancel (False); for executors."""
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
        raise RuntimeError('Future in unexpected state')

    def _finish(self):
        self._state = FINISHED
        self._invoke_callbacks()

    def _check_settable(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))

    def set_result(self, result):
        """Record the call's return value; for executors and tests."""
        self._check_settable()
        self._result = result
        self._finish()

    def set_exception(self, exception):
        """Record the exception the call raised; for executors and tests."""
        self._check_settable()
        self._exception = exception
        self._finish()

    __class_getitem__ = classmethod(GenericAlias)


def _result_or_cancel(fut, timeout=None):
    """fut's result; on a timeout the future is cancelled so that it never runs."""
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Executor(object):
    """Interface of objects that run calls and hand back futures for them."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but every call is submitted at once.

        The returned iterator gives the results in order; a call's exception is raised when its
        result is reached, and TimeoutError when a result is not ready `timeout` seconds after
        map() was called. Futures not reached when iteration stops are cancelled.
        """
        deadline = None if timeout is None else timeout + time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; no new calls can be submitted afterwards."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        # Leaving the block waits for every call, and never swallows the block's exception.
        self.shutdown(wait=True)
        return False


def _initialize_worker(initialize, future, failure):
    """Run a pool's initializer (`initialize()`, None when there is none) as its first worker
    would. True when it ran; otherwise the failure is logged as CPython logs it, `future` (when
    still pending) fails with `failure()`, and False tells the pool it is broken."""
    if initialize is None:
        return True
    try:
        initialize()
    except BaseException:
        LOGGER.critical('Exception in initializer:', exc_info=True)
        if future.set_running_or_notify_cancel():
            future.set_exception(failure())
        return False
    return True


def _results_in_order(futures, deadline):
    remaining = collections.deque(futures)
    try:
        while remaining:
            future = remaining.popleft()
            if deadline is None:
                yield _result_or_cancel(future)
            else:
                yield _result_or_cancel(future, deadline - time.monotonic())
    finally:
        for future in remaining:
            future.cancel()


def _unique(fs):
    """The futures of fs without repeats, first occurrences kept in order."""
    seen = set()
    ordered = []
    for future in fs:
        if future not in seen:
            seen.add(future)
            ordered.append(future)
    return ordered


def as_completed(fs, timeout=None):
    """Iterate over the futures of fs (each once) as they complete.

    Raises TimeoutError when some are still unfinished `timeout` seconds after the call.
    """
    deadline = None if timeout is None else timeout + time.monotonic()
    futures = _unique(fs)
    total = len(futures)
    pending = [f for f in futures if f._state not in _COMPLETED_STATES]
    for future in futures:
        if future._state in _COMPLETED_STATES:
            yield future
    # Nothing can complete a pending future while this generator waits, but the consumer may
    # have completed some between two items.
    while pending:
        now_done = [f for f in pending if f._state in _COMPLETED_STATES]
        if now_done:
            pending = [f for f in pending if f not in now_done]
            for future in now_done:
                yield future
            continue
        if deadline is None:
            _blocks_forever('as_completed()')
        _sleep_until(deadline)
        if all(f._state not in _COMPLETED_STATES for f in pending):
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _condition_met(done, futures, return_when):
    if return_when == FIRST_COMPLETED and done:
        return True
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in done):
        return True
    return len(done) == len(futures)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures of fs satisfy `return_when` or `timeout` seconds pass.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED. Returns the named pair of
    sets (done, not_done).
    """
    futures = set(fs)
    done = {f for f in futures if f._state in _COMPLETED_STATES}
    if not _condition_met(done, futures, return_when):
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError("Invalid return condition: %r" % return_when)
        _wait_unfinished('wait()', timeout)
        done = {f for f in futures if f._state in _COMPLETED_STATES}
    return DoneAndNotDoneFutures(done, futures - done)
