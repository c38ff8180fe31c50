"""Callback handles (Handle, TimerHandle) and which event loop is current. Callbacks are
described as CPython 3.11 describes them in reprs and error messages: qualified name,
arguments through reprlib, and the file and line of a plain function."""

__all__ = ('Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop')

import contextvars
import sys

_FunctionType = type(lambda: None)


def _arguments_text(args, kwargs):
    import reprlib
    shown = [reprlib.repr(arg) for arg in args or ()]
    shown += [f'{name}={reprlib.repr(value)}' for name, value in (kwargs or {}).items()]
    return f"({', '.join(shown)})"


def _format_callback(func, args, kwargs=None, suffix=''):
    """`name(args)` for a callback; a functools.partial shows its function with the partial's
    arguments, then the call's."""
    import functools
    if isinstance(func, functools.partial):
        return _format_callback(func.func, func.args, func.keywords,
                                _arguments_text(args, kwargs) + suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _arguments_text(args, kwargs) + suffix


def _callback_source(func):
    """` at file:line` where a plain function callback (under decorators that set __wrapped__,
    or inside partials) is defined; '' for anything else, bound methods included."""
    import functools
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if isinstance(func, _FunctionType):
        return f' at {func.__code__.co_filename}:{func.__code__.co_firstlineno}'
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _callback_source(func.func)
    return ''


def _format_callback_source(func, args):
    return _format_callback(func, args) + _callback_source(func)


class Handle:
    """A callback scheduled on a loop, which cancel() keeps from running. It runs in the
    contextvars Context given, by default a copy of the one current when it was scheduled."""

    def __init__(self, callback, args, loop, context=None):
        self._callback, self._args = callback, args
        self._cancelled = False
        self._loop = loop
        self._context = contextvars.copy_context() if context is None else context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return f"<{' '.join(self._repr_info())}>"

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        # Let go of the callback and its arguments at once; they may hold large objects.
        self._callback = self._args = None

    def _run(self):
        # Read into a local first: the callback may be any callable object (a functools.partial).
        callback = self._callback
        try:
            contextvars._run_in(self._context, callback, self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            described = _format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {described}',
                'exception': exc,
                'handle': self,
            })
        self = None  # drop the frame's reference to the handle, which the exception holds


class TimerHandle(Handle):
    """A Handle due at a loop time; handles order by that time."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._scheduled = False  # set while the handle sits in the loop's timer heap
        self._when = when

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def _same_call(self, other):
        return (self._when == other._when and self._callback == other._callback
                and self._args == other._args and self._cancelled == other._cancelled)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._same_call(other)

    def __lt__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when

    def __gt__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self.__eq__(other)

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self.__eq__(other)

    def when(self):
        return self._when

    def cancel(self):
        # The loop counts cancelled timers still in its heap, to know when to clean it.
        if not self.cancelled():
            self._loop._timer_handle_cancelled(self)
        super().cancel()


# The loop running now (one thread: no thread-local needed), and the one set_event_loop chose.
_running_loop = None
_event_loop = None
_event_loop_set = False


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The loop running the current task; RuntimeError outside one."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_event_loop(stacklevel=3):
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy_loop()


def get_event_loop_policy_loop():
    global _event_loop, _event_loop_set
    if _event_loop is None and not _event_loop_set:
        _event_loop = new_event_loop()
        _event_loop_set = True
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop


def get_event_loop():
    """Return the running loop, or else the current one (made on first use)."""
    return _get_event_loop()


def set_event_loop(loop):
    global _event_loop, _event_loop_set
    _event_loop_set = True
    _event_loop = loop


def new_event_loop():
    from .base_events import BaseEventLoop
    return BaseEventLoop()
