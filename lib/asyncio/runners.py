"""asyncio.run() and Runner: run coroutines to completion on an event loop made for them, and
on leaving cancel what is still running, finish async generators and close the loop.
(No signal handling: a Ctrl-C ends the program as KeyboardInterrupt.)"""

__all__ = ('Runner', 'run')

import contextvars

from . import coroutines, events, exceptions, tasks

_CREATED, _INITIALIZED, _CLOSED = 'created', 'initialized', 'closed'


class Runner:
    """Runs coroutines one after another on one loop; a context manager that closes the loop
    at the end. loop_factory makes the loop (a new default loop, set as current, if None)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop_factory = loop_factory
        self._debug = debug
        self._loop = None
        # Whether the loop was made here and set as the current one (and so is unset on close).
        self._owns_current_loop = False
        self._state = _CREATED
        self._context = None  # every run() without a context of its own shares this one

    def __enter__(self):
        self.get_loop()  # the loop exists from here on
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        """Cancel the remaining tasks, shut async generators down and close the loop."""
        if self._state != _INITIALIZED:
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            for shutdown in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(shutdown())
        finally:
            self._state = _CLOSED
            if self._owns_current_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None

    def get_loop(self):
        """The loop, made now if need be."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run coro to its end on the loop and return its result (or raise its exception)."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if events._get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        return self._loop.run_until_complete(self._loop.create_task(coro, context=context))

    def _lazy_init(self):
        if self._state == _CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state == _INITIALIZED:
            return
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            self._loop = events.new_event_loop()
            events.set_event_loop(self._loop)
            self._owns_current_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = _INITIALIZED


def run(main, *, debug=None):
    """Run coroutine `main` on a new event loop, close the loop, return main's result."""
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    """Cancel the loop's unfinished tasks, let them end, and report those that ended with an
    exception other than their cancellation."""
    leftover = tasks.all_tasks(loop)
    if not leftover:
        return
    for task in leftover:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftover, return_exceptions=True))
    for task in leftover:
        error = None if task.cancelled() else task.exception()
        if error is not None:
            report = {'message': 'unhandled exception during asyncio.run() shutdown'}
            report.update(exception=error, task=task)  # the order a custom handler sees
            loop.call_exception_handler(report)
