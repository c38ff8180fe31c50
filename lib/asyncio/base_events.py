"""The event loop (BaseEventLoop) without I/O.

Nothing here waits for sockets or files, so where CPython's loop blocks in its selector this
one sleeps until the first timer is due. Each turn runs the callbacks that were ready when it
began, first in first out, after moving in the timers that are due; timers wait in a heap
ordered by due time, handled with the same heap operations as CPython's, so tasks and timers
interleave in the same order (timers due at the same moment included).
"""

__all__ = ('BaseEventLoop',)

import collections
import contextvars
import heapq
import math
import sys
import time

from . import events
from . import exceptions
from . import futures
from . import tasks

# The heap is rebuilt without its cancelled timers once it holds more than this many and
# more than this fraction of them are cancelled; otherwise only cancelled timers at its head
# are dropped.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The longest a turn of the loop sleeps at once.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _stop_loop_when_done(fut):
    # The loop stops once the awaited future is done, unless it ended the loop itself by
    # raising SystemExit or KeyboardInterrupt through run_forever().
    if not fut.cancelled() and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        return
    futures._get_loop(fut).stop()


def _report_unless_fatal(report, *args):
    """Call `report`, letting only SystemExit and KeyboardInterrupt escape: an error while
    reporting an error has nowhere else to go."""
    try:
        report(*args)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        pass


def _settle_unless_cancelled(future, result, error):
    if future.cancelled():
        return
    if error is None:
        future.set_result(result)
    else:
        future.set_exception(error)


class BaseEventLoop:

    def __init__(self):
        # Callbacks due in the next turn, and the timers as a heap (with how many of them are
        # cancelled, to know when rebuilding the heap pays).
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._clock_resolution = 1e-09
        self._running = self._stopping = self._closed = False
        self._debug = False
        self._task_factory = self._exception_handler = None
        self._default_executor = None
        # The async generators being iterated on this loop, for shutdown_asyncgens(); a plain
        # set (CPython's is weak), from which finished generators are dropped now and then.
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # --- futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """A Task running coro on this loop (made by the task factory when one is set)."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        # A factory is given the context only when there is one, as factories written for
        # 3.7-3.10 take just (loop, coro).
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    # --- async generators

    def _asyncgen_firstiter_hook(self, agen):
        if len(self._asyncgens) >= 256:
            self._asyncgens = {gen for gen in self._asyncgens if gen.ag_frame is not None}
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if self.is_closed():
            return  # too late to run its cleanup
        self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every async generator still open on this loop, reporting their errors."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        # A generator that ran to its end needs no closing; CPython's weak set has usually
        # let go of it already.
        open_generators = [gen for gen in self._asyncgens if gen.ag_frame is not None]
        self._asyncgens.clear()
        if not open_generators:
            return
        outcomes = await tasks.gather(*[gen.aclose() for gen in open_generators],
                                      return_exceptions=True)
        for outcome, gen in zip(outcomes, open_generators):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {gen!r}',
                    'exception': outcome,
                    'asyncgen': gen,
                })

    def run_in_executor(self, executor, func, *args):
        """A future of func(*args). There are no threads: func runs at once, in the caller but
        in an empty contextvars Context (a worker thread's own), and the future gets its
        outcome in the next turn of the loop, as if the worker had finished straight away."""
        self._check_closed()
        if executor is None and self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')
        future = self.create_future()
        try:
            outcome = contextvars.Context().run(func, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            self.call_soon(_settle_unless_cancelled, future, None, error)
        else:
            self.call_soon(_settle_unless_cancelled, future, outcome, None)
        return future

    async def shutdown_default_executor(self):
        # There are no threads, so no executor to wait for.
        self._executor_shutdown_called = True

    # --- running

    def _check_running(self):
        other = events._get_running_loop()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if other is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run turns of the loop until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        saved_hooks = sys.get_asyncgen_hooks()
        events._set_running_loop(self)
        try:
            sys.set_asyncgen_hooks(self._asyncgen_firstiter_hook, self._asyncgen_finalizer_hook)
            # At least one turn, even when stop() came before the loop started.
            self._run_once()
            while not self._stopping:
                self._run_once()
        finally:
            self._running = self._stopping = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        """Run until `future` (or the task made of a coroutine) is done; its result."""
        self._check_closed()
        self._check_running()
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_when_done)
        try:
            self.run_forever()
        except BaseException:
            # A task made here that ended with the loop-ending exception has been seen.
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_when_done)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Stop after the callbacks of the current turn have run."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if not self._closed:
            # Whatever was still scheduled is dropped without running.
            self._scheduled.clear()
            self._ready.clear()
            self._executor_shutdown_called = self._closed = True

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def set_debug(self, enabled):
        self._debug = enabled

    def get_debug(self):
        return self._debug

    def time(self):
        return time.monotonic()

    # --- scheduling

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in the next turn, after those scheduled before it."""
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) `delay` seconds from now."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time `when`."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # --- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context to stderr as CPython's asyncio logger does: the message, the other
        keys sorted with their reprs, then the exception's traceback."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        lines += [f'{key}: {context[key]!r}' for key in sorted(context)
                  if key not in ('message', 'exception')]
        text = '\n'.join(lines)
        exception = context.get('exception')
        if exception is not None:
            import traceback
            shown = traceback.format_exception(type(exception), exception, exception.__traceback__)
            text += '\n' + ''.join(shown).rstrip('\n')
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        """Report an error through the handler set, or the default one; an error in the handler
        is reported by the default one."""
        handler = self._exception_handler
        if handler is None:
            _report_unless_fatal(self.default_exception_handler, context)
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            failure = {'message': 'Unhandled error in exception handler',
                       'exception': exc, 'context': context}
            _report_unless_fatal(self.default_exception_handler, failure)

    # --- one turn

    def _run_once(self):
        self._drop_cancelled_timers()
        if self._ready or self._stopping:
            self._select(0)
        elif self._scheduled:
            due_in = self._scheduled[0]._when - self.time()
            self._select(min(max(0, due_in), MAXIMUM_SELECT_TIMEOUT))
        else:
            self._select(None)
        self._ready_due_timers()
        # Only the callbacks ready now run in this turn; those they schedule wait for the next.
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()
        handle = None  # no reference to the last handle (and its exception) outlives the turn

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES
                and self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    kept.append(timer)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
            return
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(scheduled)._scheduled = False

    def _ready_due_timers(self):
        # Due within the clock's resolution counts as due.
        horizon = self.time() + self._clock_resolution
        scheduled = self._scheduled
        while scheduled and scheduled[0]._when < horizon:
            timer = heapq.heappop(scheduled)
            timer._scheduled = False
            self._ready.append(timer)

    def _select(self, timeout):
        """Wait as a selector with nothing to watch would: until the first timer is due."""
        if timeout is None:
            # Nothing is ready and nothing is scheduled: CPython would wait forever.
            raise RuntimeError('Event loop is waiting forever: no callback is ready or scheduled')
        if timeout > 0:
            # epoll counts in milliseconds: CPython rounds the timeout up to one.
            time.sleep(math.ceil(timeout * 1e3) * 1e-3)
