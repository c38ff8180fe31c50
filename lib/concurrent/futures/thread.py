"""ThreadPoolExecutor, for a program that has a single thread.

No thread can be started (see threading), so the pool has one notional worker that runs each
call as soon as it is submitted: the future submit() returns is already done, and the calls run
in submission order. The initializer runs once, before the first call, and a failing
initializer breaks the pool as a failing worker thread does in CPython.
"""

import itertools
import os

from concurrent.futures import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


def _run_call(future, fn, args, kwargs):
    """Run one submitted call into its future, unless the future was cancelled first."""
    if future.set_running_or_notify_cancel():
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs calls on a pool of (here, notional) worker threads."""

    # Numbers the pools whose thread names were not given, as CPython's default prefix does.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        # CPython's default: as many workers as cores plus four, at most 32.
        workers = min(32, (os.cpu_count() or 1) + 4) if max_workers is None else max_workers
        if workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._max_workers = workers
        self._initializer, self._initargs = initializer, initargs
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % self._counter()
        self._thread_name_prefix = thread_name_prefix
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._worker_ready = False

    def _start_worker(self, future):
        """Run the initializer as a new worker would; False when it fails and breaks the pool."""
        self._worker_ready = True
        broken = 'A thread initializer failed, the thread pool is not usable anymore'
        initializer, initargs = self._initializer, self._initargs
        initialize = None if initializer is None else lambda: initializer(*initargs)
        ran = _base._initialize_worker(initialize, future, lambda: BrokenThreadPool(broken))
        if not ran:
            self._broken = broken
        return ran

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        elif self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = _base.Future()
        if self._worker_ready or self._start_worker(future):
            _run_call(future, fn, args, kwargs)
        return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def shutdown(self, wait=True, *, cancel_futures=False):
        # Every call has already run, so there is nothing left to cancel or wait for.
        self._shutdown = True
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
