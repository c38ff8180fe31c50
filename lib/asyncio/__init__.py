"""asyncio: coroutines, tasks and an event loop, after CPython's pure-Python asyncio.

The event loop has no I/O: it runs callbacks and timers, and sleeps until the next timer when
nothing is ready.
"""

from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .tasks import *
from .taskgroups import *
from .threads import *
from .timeouts import *
from .base_events import BaseEventLoop
from . import (coroutines, events, exceptions, futures, locks, queues, runners, taskgroups, tasks,
               threads, timeouts)

__all__ = (coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__)
