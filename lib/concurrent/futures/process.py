"""ProcessPoolExecutor, for a program that cannot start processes of its own.

Each call runs in this process as soon as it is submitted. To keep what CPython's worker
processes guarantee about data, the arguments and the result are deep-copied, so a call cannot
change the caller's objects and the caller's later changes do not reach a result. (Module
globals a call changes do change here, unlike in a separate process.)
"""

import copy
import itertools
import os

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

EXTRA_QUEUED_CALLS = 1


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly while a future was in
    the running state."""


def _run_isolated(fn, args, kwargs):
    return copy.deepcopy(fn(*copy.deepcopy(args), **copy.deepcopy(kwargs)))


def _run_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _chunks(iterables, size):
    calls = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(calls, size))
        if not chunk:
            return
        yield chunk


class ProcessPoolExecutor(_base.Executor):
    """An executor that runs calls in (here, notional) worker processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._broken = False
        self._shutdown_thread = False
        self._worker_ready = False

    def _start_worker(self, future):
        """Run the initializer as a new worker process would; False when it breaks the pool."""
        self._worker_ready = True
        initializer, initargs = self._initializer, self._initargs
        initialize = None if initializer is None else lambda: initializer(*copy.deepcopy(initargs))
        ran = _base._initialize_worker(
            initialize, future,
            lambda: BrokenProcessPool('A process in the process pool was terminated abruptly '
                                      'while the future was running or pending.'))
        if not ran:
            self._broken = ('A child process terminated abruptly, '
                            'the process pool is not usable anymore')
        return ran

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._shutdown_thread:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = _base.Future()
        if not (self._worker_ready or self._start_worker(future)):
            return future
        if future.set_running_or_notify_cancel():
            try:
                outcome = _run_isolated(fn, args, kwargs)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(outcome)
        return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like Executor.map, with the calls sent to the workers `chunksize` at a time.

        A chunk whose call raises gives none of its results: the exception is raised where the
        chunk's first result would have been.
        """
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        chunk_results = super().map(_run_chunk, itertools.repeat(fn),
                                    _chunks(iterables, chunksize), timeout=timeout)
        return _flatten(chunk_results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown_thread = True
    shutdown.__doc__ = _base.Executor.shutdown.__doc__


def _flatten(chunk_results):
    for results in chunk_results:
        yield from results
