# timeit with callables and fake timers (no real timings are printed), and sched driven by a
# fake clock: event order by (time, priority, sequence), cancel, non-blocking runs, the queue.
import sched
import timeit


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class FakeClock:
    """A timer that advances by a fixed step each time it is read."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.reads = 0

    def __call__(self):
        self.reads += 1
        self.now += self.step
        return self.now


print(timeit.__all__, timeit.default_number, timeit.default_repeat)
print(type(timeit.default_timer()).__name__)

calls = []
t = timeit.Timer(lambda: calls.append(1), timer=FakeClock(0.5))
print(t.timeit(10), len(calls))
print(t.repeat(3, 4), len(calls))
print(t.timer.reads)

# Setup runs once per timing, before the clock starts.
log = []
t = timeit.Timer(lambda: log.append('s'), setup=lambda: log.append('setup'), timer=FakeClock(1))
print(t.timeit(3), log)
print(timeit.timeit(lambda: None, timer=FakeClock(2), number=5))
print(timeit.repeat(lambda: None, timer=FakeClock(0.25), repeat=2, number=7))
print(timeit.timeit(timer=FakeClock(1), number=3))
print(timeit.timeit('pass', 'pass', timer=FakeClock(1), number=3))
print(timeit.timeit('pass\n  \npass  # nothing\n', timer=FakeClock(1), number=3))

# autorange: a clock whose readings grow with the loop count finds the first count >= 0.2s.
for per_call in [0.3, 0.05, 0.001, 0.00003]:
    counter = [0]

    def work():
        counter[0] += 1

    class CountingClock:
        def __call__(self):
            return counter[0] * per_call

    seen = []
    t = timeit.Timer(work, timer=CountingClock())
    number, taken = t.autorange(lambda n, tt: seen.append(n))
    print(per_call, number, round(taken, 9), seen)

# Real clocks: only the types and counts are printed.
n = [0]
result = timeit.timeit(lambda: n.__setitem__(0, n[0] + 1), number=1000)
print(type(result).__name__, result >= 0, n[0])
results = timeit.repeat(lambda: None, repeat=3, number=10)
print(len(results), all(isinstance(r, float) for r in results))
print(timeit.Timer(lambda: None).autorange()[0] >= 1)

# Arguments that are neither strings nor callables.
for bad in [1, None, 2.5]:
    show('stmt %r' % (bad,), lambda: timeit.Timer(bad))
    show('setup %r' % (bad,), lambda: timeit.Timer('pass', bad))
show('number', lambda: timeit.timeit(lambda: None, number=1.5))


def fails():
    raise ValueError('boom')


t = timeit.Timer(fails, timer=FakeClock(1))
try:
    t.timeit(2)
except ValueError as e:
    print('raised', e)
# print_exc writes the traceback of the exception being handled (only its ends are printed).
import io
report = io.StringIO()
try:
    t.repeat(2, 3)
except ValueError:
    t.print_exc(report)
lines = report.getvalue().splitlines()
print(lines[0], '|', lines[-1], len(lines) > 2)
import gc
print('collector back on', gc.isenabled())
print(timeit.timeit(lambda: None, timer=FakeClock(1), number=2, globals={'x': 1}))

# sched, with a fake clock that moves only when the scheduler waits.
now = [0.0]
events = []


def clock():
    return now[0]


def wait(seconds):
    events.append(('wait', seconds))
    now[0] += seconds


def record(*args, **kwargs):
    events.append(('run', now[0], args, tuple(sorted(kwargs.items()))))


s = sched.scheduler(clock, wait)
print(s.empty(), s.queue, s.run())
e1 = s.enter(5, 2, record, ('a',))
e2 = s.enterabs(5, 1, record, ('b',), {'sep': '-'})
e3 = s.enter(1, 1, record, kwargs={'end': '!'})
e4 = s.enter(5, 2, record, ('c',))
e5 = s.enterabs(3, 0, record, ('gone',))
print(e1._replace(action='record'))
print(e1.time, e1.priority, e1.sequence, e1.argument, e1.kwargs, e1._fields)
print([(e.time, e.priority, e.sequence, e.argument) for e in s.queue])
print(e1 < e4, e2 < e1, e3 < e2, e1 == e1, type(e1).__name__, isinstance(e1, tuple))
s.cancel(e5)
show('cancel twice', lambda: s.cancel(e5))
print(s.run(blocking=False), s.empty())
s.run()
for event in events:
    print(event)
print(now, s.empty(), s.queue)

# Events entered while running, and a non-blocking run that stops at the first future event.
now[0] = 0.0
events.clear()


def chain(k):
    events.append(('chain', k, now[0]))
    if k < 3:
        s.enter(2, 0, chain, (k + 1,))


s.enter(1, 0, chain, (0,))
s.enter(4, 5, record, ('late',))
print(s.run(False))
now[0] = 1.0
print(s.run(False), events)
s.run()
for event in events:
    print(event)

# Generated schedules: many events with colliding times and priorities.
state = [7]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % (1 << 31)
    return state[0] % n


for trial in range(5):
    now[0] = 0.0
    order = []
    s = sched.scheduler(clock, lambda d: now.__setitem__(0, now[0] + d))
    made = []
    for k in range(12):
        made.append(s.enterabs(rand(4), rand(3), order.append, (k,)))
    for victim in range(rand(3)):
        s.cancel(made[rand(12)]) if made[victim] in s.queue else None
    expected = [e.argument[0] for e in sorted(s.queue)]
    s.run()
    print(trial, order, order == expected, now[0])

# Default clock: time.monotonic and time.sleep.
s = sched.scheduler()
s.enter(0, 0, events.append, ('now',))
s.run()
print(events[-1], s.empty())
