import datetime
import logging
import logging.handlers
import os
import queue
import sys
import tempfile

root_dir = tempfile.mkdtemp()
os.chdir(root_dir)


def show_dir():
    for name in sorted(os.listdir(".")):
        with open(name) as fh:
            print("   ", name, repr(fh.read()))


fmt = logging.Formatter("%(levelname)s:%(name)s:%(message)s")

print("== RotatingFileHandler")
log = logging.getLogger("rot")
log.propagate = False
log.setLevel(logging.DEBUG)
h = logging.handlers.RotatingFileHandler("app.log", maxBytes=60, backupCount=3)
h.setFormatter(fmt)
log.addHandler(h)
print(h.mode, h.maxBytes, h.backupCount, h.baseFilename == os.path.abspath("app.log"))
for i in range(14):
    log.info("message number %d %s", i, "x" * (i % 5))
h.flush()
show_dir()
log.removeHandler(h)
h.close()
for name in os.listdir("."):
    os.remove(name)

h = logging.handlers.RotatingFileHandler("n.log", mode="w", maxBytes=30, backupCount=2, delay=True)
h.namer = lambda name: name + ".bak"
rotated = []
h.rotator = lambda src, dst: (rotated.append((os.path.basename(src), os.path.basename(dst))), os.rename(src, dst))
print(h.mode, h.stream)
log.addHandler(h)
for i in range(6):
    log.warning("rotating %d", i)
log.removeHandler(h)
h.close()
print(rotated)
show_dir()
for name in os.listdir("."):
    os.remove(name)

h = logging.handlers.RotatingFileHandler("plain.log", maxBytes=0, backupCount=5)
log.addHandler(h)
for i in range(20):
    log.error("never rotates %d", i)
log.removeHandler(h)
h.close()
print(sorted(os.listdir(".")), os.path.getsize("plain.log"))
os.remove("plain.log")

h = logging.handlers.RotatingFileHandler("zero.log", maxBytes=10, backupCount=0)
log.addHandler(h)
for i in range(3):
    log.error("no backups %d", i)
log.removeHandler(h)
h.close()
show_dir()
os.remove("zero.log")

print("== TimedRotatingFileHandler")
for when in ["S", "m", "H", "d", "midnight", "W0", "w6", "W7", "W", "W12", "X", "second"]:
    try:
        t = logging.handlers.TimedRotatingFileHandler("t.log", when=when, interval=2, utc=True, delay=True)
        print(when, t.when, t.interval, t.suffix, t.extMatch.pattern, getattr(t, "dayOfWeek", None))
        t.close()
    except ValueError as e:
        print(when, "ValueError", e)
base = 1_700_000_000  # a Tuesday, 22:13:20 UTC
for when, at in [("S", None), ("H", None), ("D", None), ("MIDNIGHT", None), ("MIDNIGHT", datetime.time(6, 30)),
                 ("MIDNIGHT", datetime.time(23, 0)), ("W0", None), ("W1", None), ("W1", datetime.time(23, 30)),
                 ("W4", datetime.time(1, 2, 3))]:
    t = logging.handlers.TimedRotatingFileHandler("t.log", when=when, utc=True, atTime=at, delay=True)
    print(when, at, [t.computeRollover(base + k * 3600) - base for k in (0, 1, 5, 30)])
    t.close()

t = logging.handlers.TimedRotatingFileHandler("timed.log", when="H", backupCount=2, utc=True)
t.setFormatter(fmt)
tl = logging.getLogger("timed")
tl.propagate = False
tl.addHandler(t)
for k in range(4):
    tl.warning("hour %d", k)
    t.rolloverAt = base + (k + 1) * 3600
    t.doRollover()
    print("  next", t.rolloverAt > base, sorted(os.listdir(".")))
for name in ["timed.log.2020-01-01_00", "timed.log.junk", "other.log.2020-01-01_00"]:
    open(name, "w").close()
print([os.path.basename(p) for p in t.getFilesToDelete()])
tl.removeHandler(t)
t.close()
show_dir()
for name in os.listdir("."):
    os.remove(name)

print("== WatchedFileHandler")
w = logging.handlers.WatchedFileHandler("watched.log")
w.setFormatter(fmt)
wl = logging.getLogger("watch")
wl.propagate = False
wl.addHandler(w)
wl.warning("first")
os.rename("watched.log", "moved.log")
wl.warning("second")
os.remove("watched.log")
wl.warning("third")
wl.removeHandler(w)
w.close()
show_dir()
for name in os.listdir("."):
    os.remove(name)

print("== BufferingHandler / MemoryHandler")


class Collect(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def emit(self, record):
        print("  ", self.tag, record.levelname, record.getMessage())


b = logging.handlers.BufferingHandler(3)
bl = logging.getLogger("buf")
bl.propagate = False
bl.setLevel(logging.DEBUG)
bl.addHandler(b)
for i in range(7):
    bl.debug("b%d", i)
    print(i, len(b.buffer), b.shouldFlush(None) if b.buffer else "empty")
bl.removeHandler(b)
b.close()
print(len(b.buffer))

target = Collect("target")
m = logging.handlers.MemoryHandler(4, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.setLevel(logging.DEBUG)
ml.addHandler(m)
seq = [logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.INFO, logging.DEBUG,
       logging.INFO, logging.DEBUG, logging.CRITICAL, logging.INFO, logging.INFO]
for i, level in enumerate(seq):
    ml.log(level, "m%d", i)
    print(i, len(m.buffer))
m.close()
print(m.target, len(m.buffer))
ml.removeHandler(m)

m2 = logging.handlers.MemoryHandler(2, target=None, flushOnClose=False)
ml.addHandler(m2)
for i in range(5):
    ml.info("held %d", i)
print(len(m2.buffer))
m2.setTarget(Collect("late"))
m2.flush()
ml.info("after")
m2.close()
ml.removeHandler(m2)
m3 = logging.handlers.MemoryHandler(100, target=Collect("onclose"))
ml.addHandler(m3)
ml.info("kept until close")
ml.removeHandler(m3)
m3.close()

print("== QueueHandler / QueueListener")
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("q")
ql.propagate = False
ql.setLevel(logging.DEBUG)
ql.addHandler(qh)
ql.warning("before start %s", "arg")
try:
    1 / 0
except ZeroDivisionError:
    ql.exception("with traceback")
print(q.qsize())
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.exc_info, rec.exc_text, rec.levelname, rec.name)
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.exc_info, rec.args)
collected = Collect("listener")
strict = Collect("strict")
strict.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q, collected, strict, respect_handler_level=True)
ql.info("queued before start")
listener.start()
ql.info("while listening")
ql.error("an error")
listener.stop()
ql.info("after stop")
print(q.qsize())
listener2 = logging.handlers.QueueListener(q, Collect("second"))
listener2.start()
listener2.stop()
print(q.qsize(), logging.handlers.QueueListener._sentinel)

simple = []
qh2 = logging.handlers.QueueHandler(simple_q := queue.SimpleQueue())
qh2.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
ql.removeHandler(qh)
ql.addHandler(qh2)
ql.info("formatted %d", 5)
r = simple_q.get()
print(r.msg, r.getMessage())
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)

os.chdir("/")
os.rmdir(root_dir)
print("done")
