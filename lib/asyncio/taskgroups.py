"""asyncio.TaskGroup (3.11): the tasks a block starts, tied to the task that runs the block.

The first child that fails cancels its siblings and the block itself (by cancelling the parent
task, a request `__aexit__` takes back). Leaving the block waits for every child, then raises
what failed as one exception group; KeyboardInterrupt and SystemExit stay bare.
"""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks

# Errors that mean "stop the program": raised as they are, never folded into the group.
_FATAL_ERRORS = (KeyboardInterrupt, SystemExit)


class TaskGroup:
    """`async with TaskGroup() as group:` runs group.create_task(...) children and waits for them."""

    def __init__(self):
        self._loop = None
        self._parent = None
        self._children = set()
        self._failures = []
        self._fatal_error = None
        self._entered = False
        self._exiting = False
        self._stopping = False
        self._parent_cancelled_by_us = False
        # Resolved by the last child to finish while __aexit__ waits for them.
        self._all_done = None

    def __repr__(self):
        parts = ['<TaskGroup']
        if self._children:
            parts.append(f'tasks={len(self._children)}')
        if self._failures:
            parts.append(f'errors={len(self._failures)}')
        if self._stopping:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return ' '.join(parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._exiting = True
        if isinstance(exc, _FATAL_ERRORS) and self._fatal_error is None:
            self._fatal_error = exc

        cancel_error = exc if exc_type is exceptions.CancelledError else None
        # A cancellation we asked for is ours to absorb, unless someone else asked too. 3.11 takes
        # it back here, before the wait, so a child failing later leaves the parent's count raised.
        if self._parent_cancelled_by_us and self._parent.uncancel() == 0:
            cancel_error = None
        if exc_type is not None and not self._stopping:
            self._stop_children()

        cancel_error = await self._wait_for_children(cancel_error)

        if self._fatal_error is not None:
            raise self._fatal_error
        # The children's errors outrank a cancellation.
        if cancel_error is not None and not self._failures:
            raise cancel_error
        if exc_type is not None and exc_type is not exceptions.CancelledError:
            self._failures.append(exc)
        if self._failures:
            # Dropped once raised: exceptions hold tracebacks, and the group holds the list.
            failures, self._failures = self._failures, []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', failures) from None

    async def _wait_for_children(self, cancel_error):
        """Wait until no child is left; return the CancelledError the block should end with."""
        while self._children:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as error:
                # The parent was cancelled from outside: stop the children, and pass the
                # cancellation on once they have finished.
                if not self._stopping:
                    cancel_error = error
                    self._stop_children()
            self._all_done = None
        return cancel_error

    def create_task(self, coro, *, name=None, context=None):
        """Start a child task running coro, as asyncio.create_task does, and return it."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._children:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._stopping:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        # Loops written before 3.11 take no context argument.
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        # Named afterwards, so the task still draws a number from the Task-N counter as in 3.11.
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_child_done)
        self._children.add(task)
        return task

    def _stop_children(self):
        self._stopping = True
        for task in self._children:
            if not task.done():
                task.cancel()

    def _on_child_done(self, task):
        self._children.discard(task)
        if not self._children and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(None)

        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._failures.append(error)
        if isinstance(error, _FATAL_ERRORS) and self._fatal_error is None:
            self._fatal_error = error

        if self._parent.done():
            # No block is left to raise the error in.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent} is already completed',
                'exception': error,
                'task': task,
            })
            return
        if not self._stopping and not self._parent_cancelled_by_us:
            # Cancelling the parent interrupts whatever the block awaits now.
            self._stop_children()
            self._parent_cancelled_by_us = True
            self._parent.cancel()
