# threading in a program with one thread: locks, conditions, semaphores, events, barriers,
# thread objects and the module functions, with CPython's results and error messages.
import re
import threading


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, '->', fn(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


def prefix(obj):
    # Reprs show addresses and thread idents: replace them.
    text = re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(obj))
    return re.sub(r'owner=[1-9][0-9]*', 'owner=IDENT', text)


# --- Lock -----------------------------------------------------------------------------------
lock = threading.Lock()
print(type(lock).__name__, type(lock).__module__, threading.Lock.__name__)
print(prefix(lock), lock.locked())
attempt('acquire', lock.acquire)
print(prefix(lock), lock.locked())
attempt('acquire non-blocking', lock.acquire, False)
attempt('acquire blocking=False', lock.acquire, blocking=False)
attempt('acquire timeout', lock.acquire, timeout=0.01)
attempt('acquire timeout 0', lock.acquire, True, 0)
attempt('non-blocking with timeout', lock.acquire, False, 1)
attempt('negative timeout', lock.acquire, timeout=-2)
attempt('release', lock.release)
attempt('release again', lock.release)
with lock:
    print('inside with', lock.locked())
print('after with', lock.locked())
try:
    with lock:
        raise KeyError('boom')
except KeyError as e:
    print('with released on error', lock.locked(), e)
attempt('acquire_lock alias', lock.acquire_lock)
attempt('release_lock alias', lock.release_lock)
attempt('cannot instantiate', type(lock))

# --- RLock ----------------------------------------------------------------------------------
rlock = threading.RLock()
print(type(rlock).__name__, type(rlock).__module__)
print(prefix(rlock))
attempt('rlock release unowned', rlock.release)
for depth in range(1, 4):
    print('acquire', depth, rlock.acquire(), rlock._is_owned())
print(repr(rlock).startswith('<locked _thread.RLock object owner='), 'count=3' in repr(rlock))
for depth in range(3):
    rlock.release()
print(prefix(rlock), rlock._is_owned())
attempt('rlock over-release', rlock.release)
with rlock:
    with rlock:
        print('nested with ok', 'count=2' in repr(rlock))
attempt('rlock bad timeout', rlock.acquire, False, 5)

# --- Condition ------------------------------------------------------------------------------
cond = threading.Condition()
print(prefix(cond))
attempt('wait unowned', cond.wait, 0.01)
attempt('notify unowned', cond.notify)
attempt('notify_all unowned', cond.notify_all)
with cond:
    print('wait timeout', cond.wait(0.01))
    print('wait zero', cond.wait(0))
    print('wait_for true', cond.wait_for(lambda: 'ready'))
    print('wait_for false', cond.wait_for(lambda: 0, timeout=0.01))
    cond.notify()
    cond.notify(3)
    cond.notify_all()
    print('notified fine')
plain = threading.Condition(threading.Lock())
attempt('plain lock wait unowned', plain.wait, 0)
with plain:
    print('plain lock wait', plain.wait(0.01))
print(prefix(plain))

# --- Semaphores -----------------------------------------------------------------------------
sem = threading.Semaphore(2)
print(prefix(sem))
print([sem.acquire() for _ in range(2)], sem.acquire(False), sem.acquire(timeout=0.01))
print(prefix(sem))
attempt('non-blocking with timeout', sem.acquire, False, 1)
sem.release()
sem.release(3)
print(prefix(sem))
attempt('release zero', sem.release, 0)
attempt('negative initial', threading.Semaphore, -1)
with sem:
    print('in semaphore', sem._value)
bounded = threading.BoundedSemaphore(2)
print(prefix(bounded))
attempt('bounded over-release', bounded.release)
bounded.acquire()
bounded.acquire()
print(prefix(bounded))
bounded.release(2)
attempt('bounded over-release by n', bounded.release, 1)
bounded.acquire()
attempt('bounded release 2 of 1', bounded.release, 2)
print(isinstance(bounded, threading.Semaphore))

# --- Event ----------------------------------------------------------------------------------
event = threading.Event()
print(prefix(event), event.is_set(), event.wait(0.01), event.wait(0))
event.set()
print(prefix(event), event.is_set(), event.wait(), event.wait(5))
event.clear()
print(event.is_set())

# --- Barrier --------------------------------------------------------------------------------
calls = []
barrier = threading.Barrier(1, action=lambda: calls.append('action'))
print(prefix(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
print('wait', barrier.wait(), barrier.wait(), calls)
wide = threading.Barrier(3, timeout=0.01)
attempt('wide wait', wide.wait)
print(prefix(wide), wide.broken)
attempt('broken wait', wide.wait, 0.01)
wide.reset()
print('reset', wide.broken)
wide.abort()
print('abort', wide.broken)


def failing_action():
    raise ValueError('action failed')


bad = threading.Barrier(1, action=failing_action)
attempt('action raises', bad.wait)
print('broken after failed action', bad.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.ThreadError is RuntimeError)

# --- Threads --------------------------------------------------------------------------------
main = threading.main_thread()
print(main.name, type(main).__name__, main.is_alive(), main.daemon)
print(repr(main).startswith('<_MainThread(MainThread, started '))
print(threading.current_thread() is main, threading.active_count(), threading.enumerate() == [main])
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(type(threading.get_ident()).__name__, threading.TIMEOUT_MAX)
attempt('join current', main.join)


def work(a, b, scale=1):
    print('work ran with', a, b, scale)
    return a + b


t = threading.Thread(target=work, args=(1, 2), kwargs={'scale': 3})
print(t, t.name.startswith('Thread-'), t.ident, t.native_id, t.is_alive(), t.daemon)
attempt('join unstarted', t.join)
t.run()
named = threading.Thread(name='worker', daemon=True)
print(named, named.name, named.daemon)
named.daemon = False
named.name = 'renamed'
print(named)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'counter-{n}')
        self.n = n
        self.total = 0

    def run(self):
        self.total = sum(range(self.n))


c = Counter(10)
c.run()
print(c, c.total)


class Unready(threading.Thread):
    def __init__(self):
        pass


attempt('start without init', Unready().start)

# start() either runs the thread (CPython) or reports that no thread can be made.
quiet = threading.Thread(target=lambda: None)
try:
    quiet.start()
    quiet.join()
    outcome = 'ran'
except RuntimeError as e:
    outcome = 'ran' if str(e) == "can't start new thread" else str(e)
print('start outcome', outcome)

timer = threading.Timer(5, print, args=('never',))
print(type(timer).__name__, timer.interval, timer.finished.is_set())
timer.cancel()
timer.run()
print('timer cancelled', timer.finished.is_set())
quick = threading.Timer(0, print, args=('timer fired',))
quick.run()

# --- local ----------------------------------------------------------------------------------
data = threading.local()
data.x = 41
data.x += 1
print(type(data).__name__, data.x, hasattr(data, 'y'))
attempt('local args', threading.local, 1)


class Settings(threading.local):
    def __init__(self, level):
        self.level = level


print(Settings(7).level)

# --- hooks and small functions --------------------------------------------------------------
print(threading.gettrace(), threading.getprofile())
threading.settrace(print)
threading.setprofile(len)
print(threading.gettrace() is print, threading.getprofile() is len)
threading.settrace(None)
threading.setprofile(None)
print(threading.stack_size())
print(threading.excepthook is threading.__excepthook__)
args = threading.ExceptHookArgs([SystemExit, SystemExit(0), None, None])
print(args.exc_type.__name__, args.thread, len(args))
threading.excepthook(args)
print(sorted(threading.__all__))

# --- _thread --------------------------------------------------------------------------------
import _thread

raw = _thread.allocate_lock()
print(type(raw) is _thread.LockType, raw.acquire(), raw.locked(), _thread.error is RuntimeError)
raw.release()
print(type(_thread.RLock()).__name__, _thread.get_ident() == threading.get_ident(),
      _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread._count())
attempt('start_new_thread bad args', _thread.start_new_thread, print, [1])
attempt('start_new_thread bad kwargs', _thread.start_new_thread, print, (1,), 5)
try:
    _thread.exit()
except SystemExit as e:
    print('exit', e.args)
