"""asyncio.Future: a result that is not there yet. Tasks wait on futures; callbacks added with
add_done_callback run through the loop once the future is done. States, messages and repr are
those of CPython 3.11's C Future (_asyncio)."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars

from . import events
from . import exceptions

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for a Future, or an object of a class that declares itself one (duck typing through
    the `_asyncio_future_blocking` marker, as asyncio does)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _callbacks_text(callbacks):
    """The `cb=[...]` part of a repr: one or two callbacks in full, more as first, count, last."""
    shown = [events._format_callback_source(cb, ()) for cb, _ in callbacks]
    if len(shown) > 2:
        shown = [shown[0], f'<{len(shown) - 2} more>', shown[-1]]
    return f'cb=[{", ".join(shown)}]'


class Future:
    """A result or an exception that a producer sets once; awaiting it waits for that."""

    # CPython's Future is the C one of its _asyncio accelerator module, and messages name it so.
    __module__ = '_asyncio'
    __memphis_type_name__ = '_asyncio.Future'

    # Class-level defaults, shadowed per instance as the future's life goes on.
    _state = _PENDING
    _loop = _source_traceback = None
    _result = _exception = None
    _cancel_message = _cancelled_exc = None
    # Marks the class as a future for isfuture(); True while a task waits on this one, which is
    # how a Task tells `await future` from a bare `yield`.
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events._get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                import reprlib
                info.append(f'result={reprlib.repr(self._result)}')
        if self._callbacks:
            info.append(_callbacks_text(self._callbacks))
        return info

    def get_loop(self):
        if self._loop is None:
            raise RuntimeError("Future object is not initialized.")
        return self._loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled future: the one a task kept, used
        once, or a new one with the cancel message."""
        kept = self._cancelled_exc
        self._cancelled_exc = None
        if kept is not None:
            return kept
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel a pending future and schedule its callbacks; False when it is done already."""
        self._log_traceback = False
        if self._state == _PENDING:
            self._cancel_message, self._state = msg, _CANCELLED
            self._schedule_callbacks()
            return True
        return False

    def _schedule_callbacks(self):
        pending, self._callbacks[:] = self._callbacks[:], []
        for callback, context in pending:
            self._loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _check_settled(self, missing):
        # A cancelled future raises its CancelledError; a pending one has nothing yet.
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError(missing)
        self._log_traceback = False

    def result(self):
        """The result; raises the exception that was set instead, CancelledError when
        cancelled, InvalidStateError while pending."""
        self._check_settled('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        """The exception that was set, or None."""
        self._check_settled('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) through the loop once the future is done (soon, when it is), in
        `context` (a copy of the current contextvars Context by default)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
            return
        if context is None:
            context = contextvars.copy_context()
        self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Drop every registration of fn; how many there were."""
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def _settle(self):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')

    def set_result(self, result):
        self._settle()
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        self._settle()
        # A class is accepted too and instantiated without arguments.
        instance = exception() if isinstance(exception, type) else exception
        if type(instance) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = instance
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the Task waits for this future, then resumes here
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    __class_getitem__ = classmethod(type(list[int]))


def _get_loop(fut):
    """The loop of a future, through get_loop() when it has one."""
    get_loop = getattr(fut, 'get_loop', None)
    if get_loop is not None:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def wrap_future(future, *, loop=None):
    # No concurrent.futures here: only asyncio futures can be given.
    assert isfuture(future), f'concurrent.futures.Future is expected, got {future!r}'
    return future
