"""More logging handlers: files that rotate by size or time, files that may be moved away under
the handler, records held in memory, and records passed through a queue.

A compiled program has one thread, so a QueueListener cannot run one: once started it hands each
record a QueueHandler puts on its queue to its handlers at once, and stop() hands over whatever
was put on the queue some other way.
"""

import copy
import io
import logging
import os
import re
import time
from stat import ST_DEV, ST_INO, ST_MTIME

# Well-known ports of the network handlers (which this module does not provide).
DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60  # seconds in a day


def _text_encoding(mode, encoding):
    if 'b' in mode:
        return encoding
    return io.text_encoding(encoding) if hasattr(io, 'text_encoding') else (encoding or 'locale')


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file aside (roll over) before writing a record.

    Subclasses decide when (shouldRollover) and how (doRollover); `namer` and `rotator`, when
    set, choose the rotated file's name and do the moving.
    """

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.encoding, self.errors, self.mode = encoding, errors, mode

    def emit(self, record):
        try:
            self.shouldRollover(record) and self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: namer(default_name) when a namer is set."""
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        """Move source to dest, through the rotator when one is set."""
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


def _is_special_file(path):
    """Whether path exists but is not a regular file (such files are never rotated)."""
    return os.path.exists(path) and not os.path.isfile(path)


def _close_stream(handler):
    stream, handler.stream = handler.stream, None
    if stream:
        stream.close()


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over when the next record would take it to maxBytes, keeping
    backupCount old files as name.1 (newest) ... name.N."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        # Truncating on open would defeat the size limit, so a limited file is always appended.
        if maxBytes > 0:
            mode = 'a'
        encoding = _text_encoding(mode, encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _numbered(self, number):
        return self.rotation_filename("%s.%d" % (self.baseFilename, number))

    def doRollover(self):
        """Shift name.i to name.i+1 (dropping the oldest), then move the file to name.1."""
        _close_stream(self)
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                older, newer = self._numbered(number), self._numbered(number + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether writing record (plus a newline) would reach maxBytes."""
        if _is_special_file(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        line = "%s\n" % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(line) >= self.maxBytes


# when -> (seconds per unit, strftime suffix of rotated files, pattern those suffixes match)
_DAY_SUFFIX = ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$")
_TIMED_UNITS = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
    'M': (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
    'H': (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
    'D': (_MIDNIGHT,) + _DAY_SUFFIX,
    'MIDNIGHT': (_MIDNIGHT,) + _DAY_SUFFIX,
}


def _dst_correction(dst_before, dst_after):
    """Seconds to add to a local-time deadline when daylight saving changes on the way."""
    if dst_before == dst_after:
        return 0
    return 3600 if dst_before else -3600


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over at fixed times: every `interval` seconds ('S'), minutes ('M'),
    hours ('H') or days ('D'), at midnight ('MIDNIGHT') or on a weekday ('W0'-'W6', 0 is
    Monday), keeping backupCount old files named with the time their interval began."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        encoding = _text_encoding('a', encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.utc, self.atTime = utc, atTime
        self.backupCount = backupCount
        self.when = when.upper()
        if self.when in _TIMED_UNITS:
            unit, self.suffix, pattern = _TIMED_UNITS[self.when]
        elif self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if not '0' <= self.when[1] <= '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            unit = 7 * _MIDNIGHT
            self.suffix, pattern = _DAY_SUFFIX
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename)[ST_MTIME]
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _time_tuple(self, seconds):
        return time.gmtime(seconds) if self.utc else time.localtime(seconds)

    def _by_clock(self):
        return self.when == 'MIDNIGHT' or self.when.startswith('W')

    def computeRollover(self, currentTime):
        """The time of the next rollover after currentTime."""
        if not self._by_clock():
            return currentTime + self.interval
        now = self._time_tuple(currentTime)
        at = _MIDNIGHT if self.atTime is None else (
            (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second)
        wait = at - ((now[3] * 60 + now[4]) * 60 + now[5])
        weekday = now[6]
        if wait < 0:
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        deadline = currentTime + wait
        if self.when.startswith('W') and weekday != self.dayOfWeek:
            deadline += ((self.dayOfWeek - weekday) % 7) * _MIDNIGHT
            if not self.utc:
                deadline += _dst_correction(now[-1], time.localtime(deadline)[-1])
        return deadline

    def shouldRollover(self, record):
        """Whether the rollover time has come (never for a file that is not a regular one)."""
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if _is_special_file(self.baseFilename):
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The oldest rotated files beyond backupCount."""
        folder, base = os.path.split(self.baseFilename)
        stem, extension = os.path.splitext(base)
        prefix = stem + '.'
        found = []
        for name in os.listdir(folder):
            if self.namer is None:
                if not name.startswith(base):
                    continue
            elif (not name.startswith(base) and name.endswith(extension)
                  and len(name) > len(prefix) + 1 and not name[len(prefix) + 1].isdigit()):
                continue
            if name[:len(prefix)] != prefix:
                continue
            if any(self.extMatch.match(part) for part in name[len(prefix):].split('.')):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        """Move the file aside under the time its interval began, then start a new one."""
        _close_stream(self)
        now = int(time.time())
        dst_now = time.localtime(now)[-1]
        began = self.rolloverAt - self.interval
        stamp = self._time_tuple(began)
        if not self.utc and stamp[-1] != dst_now:
            stamp = time.localtime(began + _dst_correction(not dst_now, not stamp[-1]))
        target = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        upcoming = self.computeRollover(now)
        while upcoming <= now:
            upcoming += self.interval
        if self._by_clock() and not self.utc:
            upcoming += _dst_correction(dst_now, time.localtime(upcoming)[-1])
        self.rolloverAt = upcoming


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when it was moved or deleted since the last record
    (as log rotation tools do)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        encoding = _text_encoding(mode, encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        """Remember which file (device and inode) the open stream writes."""
        if not self.stream:
            return
        info = os.stat(self.baseFilename)
        self.dev, self.ino = info[ST_DEV], info[ST_INO]

    def reopenIfNeeded(self):
        """Reopen the file if the name no longer leads to the file being written."""
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            info = None
        if info is not None and info[ST_DEV] == self.dev and info[ST_INO] == self.ino:
            return
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in `buffer`; flushes (by default: forgets them) once capacity is reached."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.buffer = []
        self.capacity = capacity

    def shouldFlush(self, record):
        """Whether the buffer is full (record is already in it)."""
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        buffer = self.buffer
        buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with _held(self):
            self.buffer.clear()

    def close(self):
        """Flush, then close (even when flushing fails)."""
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class _held:
    """The handler's lock, held for a with block."""

    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()

    def __exit__(self, *exc):
        self.handler.release()
        return False


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to `target` when the buffer is full or a record at
    flushLevel or above arrives (and, if flushOnClose, when closed)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.target = target
        self.flushLevel = flushLevel
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with _held(self):
            self.target = target

    def flush(self):
        """Hand the buffered records to the target; without a target, keep them."""
        with _held(self):
            target = self.target
            if target:
                for record in self.buffer:
                    target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            self.flushOnClose and self.flush()
        finally:
            with _held(self):
                self.target = None
                BufferingHandler.close(self)


# Started listeners, by the id of the queue they watch.
_listening = {}


class QueueHandler(logging.Handler):
    """Puts each record on a queue (for a QueueListener, or any consumer), formatted into a
    plain message first."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)
        listener = _listening.get(id(self.queue))
        if listener is not None:
            listener._drain()

    def prepare(self, record):
        """A copy of record whose msg and message are the formatted text, with the arguments,
        exception and stack information (already in the text) removed."""
        text = self.format(record)
        prepared = copy.copy(record)
        prepared.message = text
        prepared.msg = text
        prepared.args = None
        prepared.exc_info = None
        prepared.exc_text = None
        prepared.stack_info = None
        return prepared

    def emit(self, record):
        try:
            prepared = self.prepare(record)
            self.enqueue(prepared)
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue and hands them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue, self.handlers = queue, handlers
        self.respect_handler_level = respect_handler_level
        self._thread = None

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        """Start handing records over: those already queued now, later ones as they come."""
        self._thread = True
        _listening[id(self.queue)] = self
        self._drain()

    def prepare(self, record):
        return record

    def handle(self, record):
        """Give record to each handler (skipping those whose level is above it, if asked)."""
        record = self.prepare(record)
        for handler in self.handlers:
            if self.respect_handler_level and record.levelno < handler.level:
                continue
            handler.handle(record)

    def _drain(self):
        """Handle everything queued; True when the end marker was met."""
        has_done = hasattr(self.queue, 'task_done')
        while True:
            try:
                record = self.dequeue(False)
            except Exception:
                return False
            if record is self._sentinel:
                if has_done:
                    self.queue.task_done()
                return True
            self.handle(record)
            if has_done:
                self.queue.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Handle what is still queued and stop listening."""
        if _listening.get(id(self.queue)) is self:
            del _listening[id(self.queue)]
        self.enqueue_sentinel()
        self._drain()
        self._thread = None
