"""An event scheduler with CPython 3.11's sched interface.

Events wait in a heap ordered by (time, priority, sequence): the sequence number, unique per
scheduler, keeps events with equal times and priorities in the order they were entered and means
two events never need their actions compared. `run()` sleeps through `delayfunc` until the next
event is due, and calls `delayfunc(0)` after each action, as CPython does to let other threads in.
Any pair of functions with the shapes of time.monotonic and time.sleep works as the clock."""

import heapq as _heapq
import time as _time
from collections import namedtuple as _namedtuple
from itertools import count as _count

__all__ = ['scheduler']

Event = _namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = 'sched'
Event.__doc__ = 'Event(time, priority, sequence, action, argument, kwargs)'

# Tells "no kwargs given" apart from an explicit dict, so each event gets its own empty dict.
_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        """Use `timefunc()` to read the current time and `delayfunc(seconds)` to wait."""
        self._queue = []
        self._numbering = _count()
        self.timefunc = timefunc
        self.delayfunc = delayfunc

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule `action(*argument, **kwargs)` at the absolute `time`; a lower priority value
        runs first among events due at the same time. Returns the event, for cancel()."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        event = Event(time, priority, next(self._numbering), action, argument, kwargs)
        _heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule an event `delay` time units from now (see enterabs)."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a pending event; ValueError if it is not in the queue."""
        self._queue.remove(event)
        _heapq.heapify(self._queue)

    def empty(self):
        """True when no events are pending."""
        return not self._queue

    def run(self, blocking=True):
        """Run the events as they fall due. With blocking false, run only those already due and
        return the time left until the next one (None when the queue is empty)."""
        pending = self._queue
        clock = self.timefunc
        wait = self.delayfunc
        while pending:
            event = pending[0]
            now = clock()
            if event.time > now:
                if not blocking:
                    return event.time - now
                wait(event.time - now)
                continue
            _heapq.heappop(pending)
            event.action(*event.argument, **event.kwargs)
            wait(0)
        return None

    @property
    def queue(self):
        """The pending events, soonest first, as a new list."""
        return sorted(self._queue)
