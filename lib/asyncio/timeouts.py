"""asyncio.timeout() and timeout_at() (3.11): an async context manager that cancels the task
running its block when a deadline passes, and turns that cancellation into TimeoutError."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks

# The states a Timeout goes through, as its repr shows them.
_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    """Cancels the current task at loop time `when` (never when None) while its block runs."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline, in loop time (None: none)."""
        return self._when

    def reschedule(self, when):
        """Move the deadline of an active timeout (None removes it)."""
        if self._state is not _ENTERED:
            if self._state is _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if when is not None:
            loop = events.get_running_loop()
            # A deadline already past fires in the next turn.
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """True once the deadline has passed while the block ran."""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        shown = ''
        if self._state is _ENTERED:
            shown = f" when={None if self._when is None else round(self._when, 3)}"
        return f"<Timeout [{self._state}]{shown}>"

    async def __aenter__(self):
        # A Timeout serves one block only; a failed entry leaves it unused.
        if self._state is not _CREATED:
            raise RuntimeError("Timeout has already been entered")
        running = tasks.current_task()
        if running is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task, self._state = running, _ENTERED
        # Cancellations requested before the block are not ours to swallow.
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_ENTERED, _EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _ENTERED:
            self._state = _EXITED
            return None
        self._state = _EXPIRED
        # Our cancellation, and no other since: it becomes the TimeoutError.
        if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        assert self._state is _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout `delay` seconds from now (None: no deadline)."""
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout at loop time `when` (None: no deadline)."""
    return Timeout(when)
