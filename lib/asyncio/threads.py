"""asyncio.to_thread(). There are no threads here: the function runs in the calling task, in a
copy of its contextvars Context, and the task then gives the loop one turn before it gets the
result, much as it would wait for a worker thread that finished at once."""

__all__ = ('to_thread',)

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a copy of the current Context; its result."""
    loop = events.get_running_loop()
    in_copied_context = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, in_copied_context)
