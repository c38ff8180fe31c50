"""Tasks (coroutines driven by the event loop) and the functions that combine awaitables:
wait, wait_for, as_completed, gather, shield, sleep. Steps, wake-ups and cancellations are
scheduled exactly where CPython 3.11 schedules them, so concurrent tasks interleave and print
in the same order."""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks')

import contextvars
import functools
import itertools

from . import coroutines, events, exceptions, futures

_next_task_number = itertools.count(1).__next__

# Every task made (CPython holds them weakly); all_tasks() reports the unfinished ones.
_all_tasks = set()

# The task whose step is running and its loop. One loop runs at a time, and a step runs to its
# end before another starts, so a single pair does what CPython's per-loop dict does.
_current_loop = None
_current_task = None


def current_task(loop=None):
    """The task running on `loop` (the running loop by default), None between steps."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_task if _current_loop is loop else None


def all_tasks(loop=None):
    """The unfinished tasks of `loop` (the running loop by default)."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in _all_tasks if futures._get_loop(task) is loop and not task.done()}


def _register_task(task):
    if len(_all_tasks) >= 256:
        # Drop finished tasks now and then, as the weak set would once they are collected.
        _all_tasks.difference_update([t for t in _all_tasks if t.done()])
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    global _current_loop, _current_task
    if _current_loop is loop and _current_task is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another task "
                           f"{_current_task!r} is being executed.")
    _current_loop, _current_task = loop, task


def _leave_task(loop, task):
    global _current_loop, _current_task
    running = _current_task if _current_loop is loop else None
    if running is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match the current task {running!r}.")
    _current_loop = _current_task = None


class Task(futures.Future):
    """A coroutine run by the loop one step at a time: a step runs it until it awaits a future,
    and the future's completion schedules the next step. The task is a future of the
    coroutine's result."""

    # CPython's Task is the C one of its _asyncio accelerator module, and messages name it so.
    __module__ = '_asyncio'
    __memphis_type_name__ = '_asyncio.Task'
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = f'Task-{_next_task_number()}' if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False       # cancel() came while no future could carry it
        self._fut_waiter = None         # the future the coroutine is waiting on
        self._coro = coro
        # Every step runs in this contextvars Context, so what the coroutine sets stays its own.
        self._vars_context = contextvars.copy_context() if context is None else context
        # Bound once: the loop calls these back at every step.
        self.__step_cb = self.__step
        self.__wakeup_cb = self.__wakeup
        self._loop.call_soon(self.__step_cb, context=self._vars_context)
        _register_task(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[0] = 'cancelling'
        extra = [f'name={self.get_name()!r}', f'coro=<{self._coro.__qualname__}()>']
        if self._fut_waiter is not None:
            extra.append(f'wait_for={self._fut_waiter!r}')
        info[1:1] = extra
        return info

    def get_name(self):
        return self._name

    def get_coro(self):
        return self._coro

    def get_stack(self, *, limit=None):
        return []  # frames are not inspectable here

    def set_name(self, value):
        self._name = str(value)

    # A task's outcome is its coroutine's: it cannot be set from outside.
    def set_result(self, result):
        raise RuntimeError(_NOT_FOR_TASKS.format('set_result'))

    def set_exception(self, exception):
        raise RuntimeError(_NOT_FOR_TASKS.format('set_exception'))

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is raised in the coroutine where it waits (at
        its next step when it waits on nothing). False when the task is done already."""
        self._log_traceback = False
        if self.done():
            return False
        waiter = self._fut_waiter
        self._num_cancels_requested += 1
        # Cancelling the awaited future carries the request. That future stays recorded: a
        # task that catches its cancellation may have to be cancelled again.
        carried = waiter is not None and waiter.cancel(msg=msg)
        if not carried:
            # A step is scheduled already; it will throw the CancelledError in.
            self._cancel_message = msg
            self._must_cancel = True
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        self._num_cancels_requested = max(0, self._num_cancels_requested - 1)
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            # The pending cancel() is delivered now, unless a cancellation is on its way in.
            self._must_cancel = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self._advance(exc)
        finally:
            _leave_task(self._loop, self)
            self = None  # the frame must not keep the task alive through a raised exception

    def _advance(self, exc):
        """Run the coroutine to its next await (or its end) and act on what it did."""
        try:
            yielded = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            if not self._must_cancel:
                super().set_result(stop.value)
            else:
                # Cancelled just as the coroutine returned: the cancellation wins.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled  # raised again by result(), with its chain
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            raise
        except BaseException as error:
            super().set_exception(error)
        else:
            self._wait_for_yielded(yielded)

    def _wait_for_yielded(self, yielded):
        # A bare yield (None) gives the loop one turn; a future from `await` is waited on;
        # anything else is a mistake the coroutine hears about at its next step.
        marker = None if yielded is None else getattr(yielded, '_asyncio_future_blocking', None)
        if marker is None:
            if yielded is None:
                self._schedule_step()
            else:
                self._schedule_step(RuntimeError(f'Task got bad yield: {yielded!r}'))
        elif futures._get_loop(yielded) is not self._loop:
            self._schedule_step(RuntimeError(
                f'Task {self!r} got Future {yielded!r} attached to a different loop'))
        elif not marker:
            self._schedule_step(RuntimeError(
                f'yield was used instead of yield from in task {self!r} with {yielded!r}'))
        elif yielded is self:
            self._schedule_step(RuntimeError(f'Task cannot await on itself: {self!r}'))
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self.__wakeup_cb, context=self._vars_context)
            self._fut_waiter = yielded
            if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                self._must_cancel = False

    def _schedule_step(self, *exc):
        """The next step in the next turn of the loop (with an error to throw in, if given)."""
        self._loop.call_soon(self.__step_cb, *exc, context=self._vars_context)

    def __wakeup(self, future):
        """Done-callback of the awaited future: the next step gets its outcome."""
        try:
            future.result()
        except BaseException as outcome:
            self.__step(outcome)  # an exception, or the future's cancellation
        else:
            self.__step()
        self = None


def create_task(coro, *, name=None, context=None):
    """Start coro as a Task on the running loop."""
    return events.get_running_loop().create_task(coro, name=name, context=context)


_NOT_FOR_TASKS = 'Task does not support {} operation'

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_WAIT_MODES = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures or tasks in fs, as return_when says; (done, pending) sets."""
    _refuse_single_awaitable(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _WAIT_MODES:
        raise ValueError(f'Invalid return_when value: {return_when}')
    awaited = set(fs)
    if any(map(coroutines.iscoroutine, awaited)):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(awaited, timeout, return_when, events.get_running_loop())


def _refuse_single_awaitable(fs, wanted):
    # One future or coroutine where a collection of them belongs is a common slip.
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect {wanted} of futures, not {type(fs).__name__}")


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def enough(f):
        if remaining <= 0 or return_when == FIRST_COMPLETED:
            return True
        return (return_when == FIRST_EXCEPTION and not f.cancelled()
                and f.exception() is not None)

    def on_done(f):
        nonlocal remaining
        remaining -= 1
        if enough(f):
            if timer is not None:
                timer.cancel()
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


async def _cancel_and_wait(fut, loop):
    """Cancel fut and wait until it is done, through a future of our own so that this wait can
    itself be cancelled."""
    settled = loop.create_future()
    on_done = functools.partial(_release_waiter, settled)
    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(on_done)


async def wait_for(fut, timeout):
    """fut's result if it is done within `timeout` seconds; otherwise fut is cancelled (and
    waited for) and TimeoutError raised. No timeout means waiting as long as it takes."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        # No time at all: whatever is not finished already has timed out.
        if not fut.done():
            await _cancel_and_wait(fut, loop=loop)
            return _result_or_timeout(fut)
        return fut.result()
    woken = loop.create_future()
    wake = functools.partial(_release_waiter, woken)
    alarm = loop.call_later(timeout, wake)
    fut.add_done_callback(wake)
    try:
        try:
            await woken
        except exceptions.CancelledError:
            # wait_for itself was cancelled: fut goes too, unless it finished meanwhile.
            if not fut.done():
                fut.remove_done_callback(wake)
                await _cancel_and_wait(fut, loop=loop)
                raise
            return fut.result()
        if not fut.done():
            # Woken by the alarm.
            fut.remove_done_callback(wake)
            await _cancel_and_wait(fut, loop=loop)
            return _result_or_timeout(fut)
        return fut.result()
    finally:
        alarm.cancel()


def _result_or_timeout(fut):
    # fut was cancelled for the timeout; it may have finished (or failed) anyway.
    try:
        return fut.result()
    except exceptions.CancelledError as cancelled:
        raise exceptions.TimeoutError() from cancelled


def as_completed(fs, *, timeout=None):
    """Awaitables, one per future of fs, that give the futures' results in the order they
    complete; those awaited after `timeout` raise TimeoutError."""
    _refuse_single_awaitable(fs, 'an iterable')
    from .queues import Queue  # queues imports this module's package
    finished = Queue()
    loop = events._get_event_loop()
    pending = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for f in pending:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)  # None stands for "timed out"
        pending.clear()

    def on_done(f):
        if not pending:
            return  # the timeout came first
        pending.remove(f)
        finished.put_nowait(f)
        if not pending and timer is not None:
            timer.cancel()

    async def next_result():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in pending:
        f.add_done_callback(on_done)
    if pending and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(pending)):
        yield next_result()


class _Sleep0:
    """Awaiting this is a bare yield: the task gives the loop one turn."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Wait `delay` seconds (one turn of the loop for 0 or less), then return result."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A future as it is; a coroutine or other awaitable as a new Task."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is None or loop is futures._get_loop(coro_or_future):
            return coro_or_future
        raise ValueError('The future belongs to a different loop than '
                         'the one specified as the loop argument')
    if not coroutines.iscoroutine(coro_or_future):
        if not hasattr(type(coro_or_future), '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
    if loop is None:
        loop = events._get_event_loop(stacklevel=4)
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(futures.Future):
    """gather()'s future: cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        self._children = children
        # Set once a cancel() reached a child: gather's caller then sees the cancellation
        # whatever return_exceptions says.
        self._cancel_requested = False
        super().__init__(loop=loop)

    def cancel(self, msg=None):
        if not self.done():
            # Every child is asked, even after one has accepted.
            accepted = [child.cancel(msg=msg) for child in self._children]
            if any(accepted):
                self._cancel_requested = True
                return True
        return False


def _outcome(fut):
    """What gather(return_exceptions=True) lists for a finished child."""
    if fut.cancelled():
        return exceptions.CancelledError('' if fut._cancel_message is None else fut._cancel_message)
    error = fut.exception()
    return fut.result() if error is None else error


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the results of all the awaitables, in their order. The first error (or
    cancellation) of a child becomes gather's, unless return_exceptions lists errors as
    results. An awaitable given twice runs once."""
    if not coros_or_futures:
        outer = events._get_event_loop().create_future()
        outer.set_result([])
        return outer

    children = []
    by_argument = {}
    loop = None
    outer = None
    finished = 0

    def on_child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # retrieved: no "never retrieved" warning
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            error = fut.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if finished == len(by_argument):
            results = [_outcome(child) for child in children]
            if outer._cancel_requested:
                # The error is made from the last child listed, as CPython makes it.
                outer.set_exception(children[-1]._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg not in by_argument:
            child = _ensure_future(arg, loop=loop)
            loop = futures._get_loop(child)  # the first child's loop hosts all the others
            if child is not arg:
                # A task made here: its result is gather's to report, not a lost one.
                child._log_destroy_pending = False
            by_argument[arg] = child
            child.add_done_callback(on_child_done)
        children.append(by_argument[arg])
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """A future that follows arg's outcome but whose cancellation does not reach arg."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved
            return
        if inner.cancelled():
            outer.cancel()
            return
        error = inner.exception()
        if error is not None:
            outer.set_exception(error)
        else:
            outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer
