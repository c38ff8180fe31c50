"""Thread synchronisation primitives and thread objects, for a program that has exactly one thread.

A compiled program runs on one JavaScript thread, so everything here behaves as CPython's
threading module does in a process whose only thread is the main one:

- locks, conditions, semaphores, events and barriers keep CPython's state, results and error
  messages; a wait with a timeout that nothing could end early (nobody else can release, notify
  or set) sleeps for the timeout and reports failure, as CPython does when no other thread acts;
- a wait without a timeout that could never end (acquiring a Lock the program already holds,
  Condition.wait(), Event.wait() on a clear event, ...) is a deadlock in CPython; here it raises
  RuntimeError saying so, instead of hanging the program;
- Thread objects can be made, named, flagged as daemons, run() directly and printed, but start()
  raises RuntimeError("can't start new thread"), CPython's error when the system refuses a thread.
"""

import os as _os
import sys as _sys
from time import monotonic as _monotonic, sleep as _sleep

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile', 'settrace',
           'local', 'stack_size', 'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

# The largest timeout a blocking call accepts (CPython's value on 64-bit Linux).
TIMEOUT_MAX = 9223372036.0

ThreadError = RuntimeError

# The one thread's identifiers: the native id is the process id, as Linux gives the main thread;
# the ident is an opaque number of the size pthread handles have.
_MAIN_IDENT = 139800000000000 + (_os.getpid() % 65536) * 4096
_NATIVE_ID = _os.getpid()


def get_ident():
    """The identifier of the calling thread (always the main thread's)."""
    return _MAIN_IDENT


def get_native_id():
    """The operating system's id of the calling thread."""
    return _NATIVE_ID


def _never_returns(call, why):
    raise RuntimeError(f'{call} would block forever: {why}, and the program has no other thread')


def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old}() is deprecated, use {new} instead', DeprecationWarning, stacklevel=3)


def _check_lock_args(blocking, timeout):
    """The argument rules of _thread's lock acquire(): returns the timeout as a float (-1: none)."""
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')
    if timeout > TIMEOUT_MAX:
        raise OverflowError('timestamp out of range for platform time_t')
    return timeout


# ---------------------------------------------------------------------------------------------
# _thread's lock types


class lock:
    """A primitive lock: held or free, by nobody in particular."""
    __module__ = '_thread'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_thread.lock' instances")

    def _setup(self):
        self._held = False
        return self

    def acquire(self, blocking=True, timeout=-1):
        """Take the lock; if it is held, fail at once (not blocking) or after `timeout` seconds."""
        timeout = _check_lock_args(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            _never_returns('acquire() of a held Lock', 'only another thread could release it')
        _sleep(timeout)
        return False

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False

    def locked(self):
        return self._held

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        state = 'locked' if self._held else 'unlocked'
        return f'<{state} _thread.lock object at {id(self):#x}>'


def allocate_lock():
    """A new, free lock."""
    return object.__new__(lock)._setup()


Lock = allocate_lock
_allocate_lock = allocate_lock


class _RLock:
    """A reentrant lock: its owner may take it again; it is free when released as often as taken."""
    __module__ = '_thread'
    __qualname__ = 'RLock'

    def __init__(self, *args, **kwargs):
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_lock_args(blocking, timeout)
        # The only thread is always the owner of a held RLock, so taking it never waits.
        self._owner = _MAIN_IDENT
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = 0

    def __exit__(self, *exc_info):
        self.release()

    def locked(self):
        return self._count > 0

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        saved = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return saved

    def _acquire_restore(self, saved):
        self._count, self._owner = saved

    def _recursion_count(self):
        return self._count

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return (f'<{state} _thread.RLock object owner={self._owner} count={self._count} '
                f'at {id(self):#x}>')


_RLock.__name__ = 'RLock'
_CRLock = _RLock


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _RLock(*args, **kwargs)


# ---------------------------------------------------------------------------------------------
# Conditions, semaphores, events, barriers


class Condition:
    """A lock (an RLock unless one is given) plus waiting for a notification from another thread."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        # Taking and releasing the condition is taking and releasing its lock.
        self.acquire, self.release = self._lock.acquire, self._lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        # A plain lock has no owner: it counts as ours when it is held at all.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait for a notification; only another thread could send one, so a timed wait sleeps
        its timeout (with the lock released) and returns False."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        if timeout is None:
            _never_returns('Condition.wait() without a timeout', 'only another thread could notify')
        if timeout > 0:
            _sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (or the timeout passes); returns its last result."""
        result = predicate()
        if result:
            return result
        if timeout is None:
            _never_returns('Condition.wait_for() of a false predicate without a timeout',
                           'only another thread could change it')
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        if timeout > 0:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        del self._waiters[:n]

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll', 'notify_all()')
        self.notify_all()


class Semaphore:
    """A counter that acquire() takes one from and release() gives back to; it never goes below 0."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        kind = type(self)
        return f'<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: value={self._value}>'

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _never_returns('acquire() of a Semaphore at zero', 'only another thread could release it')
        if timeout > 0:
            _sleep(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose count may not rise above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        kind = type(self)
        return (f'<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: '
                f'value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """A flag that wait() waits to see set."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        kind = type(self)
        state = 'set' if self._flag else 'unset'
        return f'<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {state}>'

    def _at_fork_reinit(self):
        pass

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'is_set()')
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        """True once the flag is set; a clear flag stays clear (nobody else can set it), so a
        timed wait sleeps and returns False."""
        if self._flag:
            return True
        if timeout is None:
            _never_returns('Event.wait() on a clear event without a timeout',
                           'only another thread could set it')
        if timeout > 0:
            _sleep(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait until all of them have arrived; with one thread, only a
    Barrier of one party can ever be passed."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False
        self._waiting = 0

    def __repr__(self):
        kind = type(self)
        where = f'<{kind.__module__}.{kind.__qualname__} at {id(self):#x}'
        if self._broken:
            return f'{where}: broken>'
        return f'{where}: waiters={self._waiting}/{self._parties}>'

    def wait(self, timeout=None):
        """Arrive at the barrier; returns this thread's arrival index (0 for the first)."""
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        index = self._waiting
        if index + 1 == self._parties:
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            return index
        # The others would have to come from other threads.
        if timeout is None:
            _never_returns('Barrier.wait() with parties still missing',
                           'only other threads could arrive')
        if timeout > 0:
            _sleep(timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False
        self._waiting = 0

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._waiting

    @property
    def broken(self):
        return self._broken


# ---------------------------------------------------------------------------------------------
# Thread-local data: one thread, so one set of attributes.


class local:
    """An object whose attributes would be separate in each thread."""
    __module__ = '_thread'
    __qualname__ = '_local'

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        return object.__new__(cls)


local.__name__ = '_local'


# ---------------------------------------------------------------------------------------------
# Threads

_thread_counter = 0


def _next_thread_name(target):
    global _thread_counter
    _thread_counter += 1
    name = f'Thread-{_thread_counter}'
    target_name = getattr(target, '__name__', None) if target is not None else None
    if target_name is not None:
        name += f' ({target_name})'
    return name


class Thread:
    """A thread of control, described by a target callable (or an overridden run()). start()
    cannot make a second thread here; run() can be called directly."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        self._target = target
        self._name = str(name) if name is not None else _next_thread_name(target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon if _main is not None else False
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        state = 'stopped' if self._is_stopped else 'started' if self._started else 'initial'
        if self._daemonic:
            state += ' daemon'
        if self._ident is not None:
            state += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {state})>'

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        # The host gives a compiled program no second thread to run this one on.
        raise RuntimeError("can't start new thread")

    def run(self):
        """The thread's work: call the target with the arguments (subclasses override this)."""
        try:
            work = self._target
            if work is not None:
                work(*self._args, **self._kwargs)
        finally:
            # The references go once run, as in CPython (a second run() then fails).
            del self._target
            del self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._started and not self._is_stopped

    def _set_daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def _get_daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    daemon = property(_get_daemon, _set_daemon)

    def isDaemon(self):
        _deprecated_attribute('isDaemon', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated_attribute('setDaemon', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated_attribute('getName', 'get the name attribute')
        return self.name

    def setName(self, name):
        _deprecated_attribute('setName', 'set the name attribute')
        self.name = name


def _deprecated_attribute(old, instead):
    import warnings
    warnings.warn(f'{old}() is deprecated, {instead} instead', DeprecationWarning, stacklevel=3)


class Timer(Thread):
    """Call a function after `interval` seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program runs in: started from the beginning."""

    def __init__(self):
        super().__init__(name='MainThread', daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT
        self._native_id = _NATIVE_ID


_main = None
_main = _MainThread()


def main_thread():
    return _main


def current_thread():
    return _main


def currentThread():
    _deprecated('currentThread', 'current_thread()')
    return _main


def active_count():
    return 1


def activeCount():
    _deprecated('activeCount', 'active_count()')
    return 1


def enumerate():
    return [_main]


_stack_size = 0


def stack_size(size=0):
    """The stack size for new threads (0: the default); sets a new one when `size` is given."""
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError('size not valid: 32768 bytes')
    previous = _stack_size
    _stack_size = size
    return previous


# Tracing and profiling functions for threads started later (none can be).
_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


# ---------------------------------------------------------------------------------------------
# Reporting an exception that escaped a thread's run()


class _ExceptHookArgs(tuple):
    __module__ = '_thread'
    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        values = tuple(args)
        if len(values) != 4:
            raise TypeError(f'_thread._ExceptHookArgs() takes a 4-sequence ({len(values)}-sequence given)')
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)'
                % tuple(self))


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception that ended a thread: its name and the traceback, on stderr."""
    if args.exc_type is SystemExit:
        return
    stream = _sys.stderr
    if stream is None and args.thread is not None:
        stream = args.thread._stderr
    if stream is None:
        return
    who = args.thread.name if args.thread is not None else get_ident()
    print(f'Exception in thread {who}:', file=stream, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stream)
    stream.flush()


__excepthook__ = excepthook
