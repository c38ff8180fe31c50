"""The low-level thread module. A compiled program has one thread: locks and the identifiers
work (they are threading's), and start_new_thread() raises RuntimeError("can't start new
thread"), as threading.Thread.start() does."""

from threading import (TIMEOUT_MAX, allocate_lock, get_ident, get_native_id, stack_size,
                       lock as LockType, _RLock as RLock, local as _local,
                       _ExceptHookArgs, excepthook as _excepthook)

error = RuntimeError
allocate = allocate_lock


def start_new_thread(function, args, kwargs=None):
    """Would run function(*args, **kwargs) in a new thread; no thread can be made here."""
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def exit():
    """End the calling thread (the main one: as sys.exit() does)."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Raise KeyboardInterrupt in the main thread, which is the calling one."""
    raise KeyboardInterrupt


def _count():
    """How many threads other than the main one are running: none."""
    return 0
