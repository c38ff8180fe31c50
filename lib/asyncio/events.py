"""Callback handles and the current event loop, as in CPython's asyncio/events.py."""

__all__ = ('Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop')

import sys


class Handle:
    """Object returned by callback registration methods."""


    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return '<{}>'.format(' '.join(info))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        # A plain name: the callback may be any callable object (a functools.partial).
        callback = self._callback
        try:
            callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })
        self = None  # Needed to break cycles when an exception occurs.


def _format_callback(func, args):
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + '(' + ', '.join(repr(a) for a in (args or ())) + ')'


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""


    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


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
    """Return the running event loop.  Raise a RuntimeError if there is none."""
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
        raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
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
