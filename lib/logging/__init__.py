"""Event logging: loggers arranged in a dotted-name tree, handlers, formatters and filters.

The public surface follows the standard library's ``logging`` package (PEP 282): a program asks
``getLogger(name)`` for a logger, calls ``debug()`` ... ``critical()`` on it, and every record
that passes the logger's level and filters travels up the tree to the handlers it meets.

How this version is built, and why it differs inside:

* A compiled program runs on one thread, so every lock here is a no-op object that keeps the
  usual ``acquire()``/``release()``/``with`` protocol.
* There are no frame objects: the caller's file, line and function, ``stack_info`` and the
  "Call stack:" part of a logging error all come from ``traceback.extract_stack()``.
* Handlers are kept by ordinary references (there is no ``weakref``), so ``shutdown()`` sees
  every handler ever created.
* An instance's ``__dict__`` is a snapshot, so record attributes are always stored with
  ``setattr`` and only read through ``__dict__``.
"""

import io
import os
import re
import sys
import time
import traceback
import warnings

from string import Formatter as _StringFormatter
from string import Template
from types import GenericAlias

# Same order as the standard library's list (a program may print it).
__all__ = [
    'BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
    'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger',
    'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler', 'WARN', 'WARNING',
    'addLevelName', 'basicConfig', 'captureWarnings', 'critical', 'debug', 'disable',
    'error', 'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass', 'info',
    'log', 'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning',
    'getLogRecordFactory', 'setLogRecordFactory', 'lastResort', 'raiseExceptions',
    'getLevelNamesMapping',
]

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"


# ---------------------------------------------------------------------------------------------
# Switches a program may flip
# ---------------------------------------------------------------------------------------------

# When true, errors raised while emitting go to handleError's report on stderr.
raiseExceptions = True

# Whether records carry process-id, process-name and thread information.
logProcesses = logMultiprocessing = logThreads = True

# relativeCreated of every record is measured from here (milliseconds).
_startTime = time.time()


# ---------------------------------------------------------------------------------------------
# Severity levels
# ---------------------------------------------------------------------------------------------

NOTSET = 0
DEBUG = 10
INFO = 20
WARNING = 30
ERROR = 40
CRITICAL = 50
WARN = WARNING
FATAL = CRITICAL

# Both tables keep the insertion order that getLevelNamesMapping() exposes.
_levelToName = {}
for _number, _label in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'), (WARNING, 'WARNING'),
                        (INFO, 'INFO'), (DEBUG, 'DEBUG'), (NOTSET, 'NOTSET')):
    _levelToName[_number] = _label
_nameToLevel = {}
for _label, _number in (('CRITICAL', CRITICAL), ('FATAL', FATAL), ('ERROR', ERROR),
                        ('WARN', WARNING), ('WARNING', WARNING), ('INFO', INFO),
                        ('DEBUG', DEBUG), ('NOTSET', NOTSET)):
    _nameToLevel[_label] = _number
del _number, _label


def getLevelNamesMapping():
    """A fresh dict from every level name (including aliases) to its number."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, or 'Level <level>'.

    The reverse lookup (name to number) is a long-standing quirk that programs rely on.
    """
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Register levelName for the number level (in both directions)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    """Turn a level given by number or by registered name into its number."""
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level in _nameToLevel:
            return _nameToLevel[level]
        raise ValueError("Unknown level: %r" % level)
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------------------------------------
# Locking (one thread: nothing ever waits)
# ---------------------------------------------------------------------------------------------

class _SingleThreadLock:
    """Stands in for threading.RLock; with a single thread there is never contention."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        return None

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return None

    def _at_fork_reinit(self):
        return None


_lock = _SingleThreadLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# ---------------------------------------------------------------------------------------------
# Where a logging call came from
# ---------------------------------------------------------------------------------------------

# Frames from this file are skipped when looking for the caller. Setting it to None makes every
# record report an unknown caller (and saves the stack walk).
_srcfile = os.path.normcase(__file__)

_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)")


def _is_internal_frame(summary):
    """True for a stack entry (a traceback.FrameSummary) that belongs to this module."""
    return os.path.normcase(summary.filename) == _srcfile


def _render_stack(entries):
    """The text traceback.print_stack writes for the given FrameSummary entries."""
    pieces = []
    for entry in entries:
        pieces.append('  File "%s", line %d, in %s\n' % (entry.filename, entry.lineno, entry.name))
        source = entry.line
        if source:
            pieces.append('    %s\n' % source.strip())
    return ''.join(pieces)


def _locate_caller(stacklevel):
    """(entries up to the caller, caller entry) for a call made stacklevel frames out of here.

    The innermost entry is the function asking; each step outwards that lands outside this
    module uses up one level. Running out of stack keeps the outermost entry.
    """
    entries = traceback.extract_stack()[:-1]
    if not entries:
        return None
    position = len(entries) - 1
    remaining = stacklevel
    while remaining > 0 and position > 0:
        position -= 1
        if not _is_internal_frame(entries[position]):
            remaining -= 1
    return entries[:position + 1], entries[position]


def _stack_outside_logging():
    """The current stack with this module's innermost entries cut off."""
    entries = traceback.extract_stack()
    end = len(entries)
    while end > 0 and _is_internal_frame(entries[end - 1]):
        end -= 1
    return entries[:end]


# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------

def _looks_like_mapping(value):
    # What registers as collections.abc.Mapping: the methods that ABC insists on.
    if isinstance(value, dict):
        return True
    kind = type(value)
    return all(hasattr(kind, method) for method in ('keys', '__getitem__', '__len__'))


def _split_path(pathname):
    """(filename, module) for a record's pathname, tolerating odd values."""
    try:
        base = os.path.basename(pathname)
        return base, os.path.splitext(base)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


class LogRecord(object):
    """Everything known about one logging event.

    Formatters read the attributes by name (``%(levelname)s`` and friends), so the attribute
    names are part of the interface.
    """

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.levelno = level
        self.levelname = getLevelName(level)
        self.pathname = pathname
        self.filename, self.module = _split_path(pathname)
        self.msg = msg
        # logger.info("%(user)s did it", {"user": ...}): a lone non-empty mapping is the
        # argument set itself.
        lone_mapping = (args and len(args) == 1 and _looks_like_mapping(args[0]) and args[0])
        self.args = args[0] if lone_mapping else args
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        # Computed from the fractional part alone so that 0.999... never rounds up to 1000.
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        self.thread = _THREAD_IDENT if logThreads else None
        self.threadName = 'MainThread' if logThreads else None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None

    def getMessage(self):
        """The user's message with its arguments merged in."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)


# The one thread's identifier (what threading.get_ident() would say).
_THREAD_IDENT = os.getpid()

_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make every logger build its records with factory (same signature as LogRecord)."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable loggers currently use to build records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are taken from dict (as from a pickled record's __dict__)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    for attribute, value in dict.items():
        setattr(record, attribute, value)
    return record


# ---------------------------------------------------------------------------------------------
# Format styles: %, { and $
# ---------------------------------------------------------------------------------------------

_field_parser = _StringFormatter()

# What basicConfig() formats with when given no format (in the % style).
BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# string.Template's default placeholder grammar ($$, $name, ${name}, or a stray $), kept here
# so that validation does not depend on the internals of the Template class.
_DOLLAR_PATTERN = re.compile(
    r'\$(?:(?P<escaped>\$)|(?P<named>[_a-z][_a-z0-9]*)|\{(?P<braced>[_a-z][_a-z0-9]*)\}'
    r'|(?P<invalid>))',
    re.IGNORECASE | re.ASCII)


def _record_values(record, defaults):
    """The mapping a format string is filled from: the defaults overlaid by the record."""
    values = record.__dict__
    if defaults:
        merged = dict(defaults)
        merged.update(values)
        return merged
    return values


class PercentStyle(object):
    """``%(name)s`` fields, filled with the % operator."""

    # A field: %(name) then optional flags, width, precision, and a conversion letter.
    validation_pattern = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)
    default_format = '%(message)s'
    asctime_search = '%(asctime)'
    asctime_format = '%(asctime)s'

    def __init__(self, fmt, *, defaults=None):
        self._defaults = defaults
        self._fmt = fmt if fmt else self.default_format

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Raise ValueError unless the format has at least one field of this style."""
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        return self._fmt % _record_values(record, self._defaults)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """``{name}`` fields, filled with str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$',
                          re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**_record_values(record, self._defaults))

    def _check_piece(self, fieldname, spec, conversion):
        """Raise ValueError (without the 'invalid format' prefix) for a bad replacement field."""
        problem = None
        if fieldname and not self.field_spec.match(fieldname):
            problem = 'invalid field name/expression: %r' % fieldname
        elif conversion and conversion not in 'rsa':
            problem = 'invalid conversion: %r' % conversion
        elif spec and not self.fmt_spec.match(spec):
            problem = 'bad specifier: %r' % spec
        if problem is not None:
            raise ValueError(problem)

    def validate(self):
        seen = set()
        try:
            for _literal, fieldname, spec, conversion in _field_parser.parse(self._fmt):
                self._check_piece(fieldname, spec, conversion)
                if fieldname:
                    seen.add(fieldname)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not seen:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """``$name`` / ``${name}`` fields, filled with string.Template."""

    default_format = '${message}'
    asctime_search = asctime_format = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        seen = set()
        for match in _DOLLAR_PATTERN.finditer(self._fmt):
            name = match.group('named') or match.group('braced')
            if name:
                seen.add(name)
            elif match.group(0) == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not seen:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**_record_values(record, self._defaults))


# style character -> (style class, the format basicConfig uses when none is given)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT),
           '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


def _style_class(style):
    """The style class for a style character, or the ValueError the public API raises."""
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    return _STYLES[style][0]


def _append_block(text, block):
    """text, then block on a line of its own."""
    if not text.endswith("\n"):
        text += "\n"
    return text + block


# ---------------------------------------------------------------------------------------------
# Formatters
# ---------------------------------------------------------------------------------------------

class Formatter(object):
    """Turns a LogRecord into text.

    fmt is a format string in one of three styles ('%', '{' or '$'); datefmt is a
    time.strftime format for %(asctime)s; defaults supplies values for fields a record lacks.
    With validate true the format is checked for at least one well-formed field.
    """

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self.datefmt = datefmt
        self._style = _style_class(style)(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: datefmt if given, else the default with milliseconds."""
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback text for an (type, value, traceback) triple, without a final newline."""
        sink = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sink)
        text = sink.getvalue()
        sink.close()
        return text[:-1] if text.endswith("\n") else text

    def formatStack(self, stack_info):
        """Hook for subclasses: how a record's stack_info text is shown."""
        return stack_info

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        """Fill in record.message (and record.asctime when used), then the format string.

        Exception text is computed once and cached on the record as exc_text.
        """
        message = record.getMessage()
        record.message = message
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _append_block(text, record.exc_text)
        if record.stack_info:
            text = _append_block(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: header, one line per record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        pieces = [self.formatHeader(records)]
        pieces.extend(self.linefmt.format(record) for record in records)
        pieces.append(self.formatFooter(records))
        return ''.join(pieces)


# ---------------------------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------------------------

class Filter(object):
    """Lets through records of the logger called name and of the loggers below it.

    An empty name lets everything through.
    """

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen:
            return True
        logger_name = record.name
        if logger_name == self.name:
            return True
        # A descendant: the name is a prefix that ends exactly at a dot.
        return logger_name.startswith(self.name) and logger_name[self.nlen:self.nlen + 1] == "."


class Filterer(object):
    """Base of loggers and handlers: an ordered list of filters that all must agree."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """True when no filter rejects record.

        A filter is an object with a filter(record) method or a plain callable; the first
        falsy answer stops the check.
        """
        for candidate in self.filters:
            check = candidate.filter if hasattr(candidate, 'filter') else candidate
            if not check(record):
                return False
        return True


# ---------------------------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------------------------

# name -> handler, for handlers that were given a name.
_handlers = {}
# Every handler in creation order; shutdown() closes them newest first.
_handlerList = []


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(handler)


def _removeHandlerRef(handler):
    with _lock:
        if handler in _handlerList:
            _handlerList.remove(handler)


class _Holding:
    """Holds a handler's lock for a with block, through its (overridable) acquire/release."""

    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()
        return self.handler

    def __exit__(self, *exc):
        self.handler.release()
        return False


class Handler(Filterer):
    """Base class of everything that delivers records somewhere; subclasses supply emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self.formatter = None
        self._name = None
        self._closed = False
        self.createLock()
        _addHandlerRef(self)

    # -- naming -------------------------------------------------------------------------------

    def set_name(self, name):
        """Rename; a non-empty name also registers the handler under that name."""
        with _lock:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    def get_name(self):
        return self._name

    name = property(get_name, set_name)

    # -- locking ------------------------------------------------------------------------------

    def createLock(self):
        self.lock = _SingleThreadLock()

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    # -- configuration ------------------------------------------------------------------------

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    # -- delivering ---------------------------------------------------------------------------

    def format(self, record):
        """Format with this handler's formatter, or the module's default one."""
        chosen = self.formatter if self.formatter else _defaultFormatter
        return chosen.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit record if the filters allow it; the filters' verdict is returned."""
        accepted = self.filter(record)
        if accepted:
            with _Holding(self):
                self.emit(record)
        return accepted

    def flush(self):
        """Hook: push out anything buffered."""

    def close(self):
        """Release resources; the base class only forgets the handler's name."""
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised while emitting record (when raiseExceptions is set).

        The report goes to sys.stderr: the exception, the stack of the logging call and the
        record's message and arguments.
        """
        if not (raiseExceptions and sys.stderr):
            return
        kind, value, tb = sys.exc_info()
        out = sys.stderr
        try:
            out.write('--- Logging error ---\n')
            traceback.print_exception(kind, value, tb, None, out)
            out.write('Call stack:\n')
            caller_stack = _stack_outside_logging()
            if caller_stack:
                out.write(_render_stack(caller_stack))
            else:
                out.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                out.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                out.write('Unable to print the message and arguments - possible formatting '
                          'error.\nUse the traceback above to help find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record, plus terminator, to a stream (sys.stderr by default).

    The stream is flushed after every record and never closed by the handler.
    """

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self, NOTSET)
        self.stream = sys.stderr if stream is None else stream

    def setStream(self, stream):
        """Switch to stream; return the previous stream, or None when nothing changed."""
        if stream is self.stream:
            return None
        previous = self.stream
        with _Holding(self):
            self.flush()
            self.stream = stream
        return previous

    def flush(self):
        with _Holding(self):
            target = self.stream
            if target and hasattr(target, "flush"):
                target.flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at once, or at the first record if delay)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if hasattr(os, 'fspath'):
            filename = os.fspath(filename)
        # Absolute, so that a later chdir() does not move the log.
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        if "b" in mode:
            self.encoding = encoding
        else:
            # What io.text_encoding() answers for "no encoding chosen".
            self.encoding = "locale" if encoding is None else encoding
        self.delay = delay
        self.errors = errors
        # Kept, so that the file can still be (re)opened late in interpreter shutdown.
        self._builtin_open = open
        if delay:
            Handler.__init__(self, NOTSET)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        # A delayed file opens now; a closed 'w' file stays closed rather than being truncated.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        with _Holding(self):
            try:
                self._close_stream()
            finally:
                # Always, so that a delayed handler is unregistered (and marked closed) too.
                StreamHandler.close(self)

    def _close_stream(self):
        stream = self.stream
        if not stream:
            return
        try:
            self.flush()
        finally:
            self.stream = None
            if hasattr(stream, "close"):
                stream.close()

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the moment of each record."""

    # Read on every use, so that a program that swaps sys.stderr is followed.
    stream = property(lambda self: sys.stderr)

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)


# Used when a record finds no handler at all in its logger's ancestry.
lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Swallows records; libraries attach it so that they never trigger lastResort."""

    def handle(self, record):
        return None

    def emit(self, record):
        return None

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        return None


# ---------------------------------------------------------------------------------------------
# The logger tree
# ---------------------------------------------------------------------------------------------

class PlaceHolder(object):
    """Sits in the tree where a dotted name has descendants but no logger of its own yet.

    loggerMap holds (as dict keys) the loggers below that would be re-parented once the real
    logger appears.
    """

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _require_logger_subclass(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """Make getLogger() create instances of klass (a Logger subclass) from now on."""
    global _loggerClass
    _require_logger_subclass(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


def _ancestor_names(name):
    """'a.b.c' -> 'a.b', 'a' (nearest first)."""
    cut = name.rfind(".")
    while cut > 0:
        yield name[:cut]
        cut = name.rfind(".", 0, cut - 1)


class Manager(object):
    """Owns the logger tree: creates loggers by name and keeps parents pointing right."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None
        self.emittedNoHandlerWarning = False
        self.disable = 0

    def _set_disable(self, value):
        self._disable = _checkLevel(value)

    # The level set by logging.disable(): calls at or below it are dropped everywhere.
    disable = property(lambda self: self._disable, _set_disable)

    def _new_logger(self, name):
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        return made

    def getLogger(self, name):
        """The logger called name, created (with its place in the tree) on first use."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            made = self._new_logger(name)
            if existing is not None:
                self._fixupChildren(existing, made)
            self._fixupParents(made)
            return made

    def setLoggerClass(self, klass):
        _require_logger_subclass(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Give alogger its nearest existing ancestor as parent, marking the gaps on the way."""
        parent = None
        for prefix in _ancestor_names(alogger.name):
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
                break
            else:
                node.append(alogger)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        """alogger replaces placeholder ph: loggers waiting below it now hang from it."""
        prefix = alogger.name
        for child in ph.loggerMap.keys():
            # A child already attached to something below alogger keeps that parent.
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        """Forget every logger's isEnabledFor answers (after a level change)."""
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


def _exception_triple(exc_info):
    """What a record stores for the exc_info argument of a logging call.

    An exception instance becomes its (type, value, traceback); any other true non-tuple
    value means "the exception being handled now"; tuples and false values stay as given.
    """
    if not exc_info or isinstance(exc_info, tuple):
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return sys.exc_info()


class Logger(Filterer):
    """A named channel of the tree.

    Records below the effective level are dropped; the rest pass the logger's filters and go
    to its handlers, then (while propagate is true) to those of each ancestor.
    """

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.handlers = []
        self.parent = None
        self.disabled = False
        self.propagate = True
        # level -> isEnabledFor answer; emptied whenever any level in the tree changes
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # -- one method per level -----------------------------------------------------------------

    def debug(self, msg, *args, **kwargs):
        """Log msg % args at DEBUG; kwargs: exc_info, stack_info, stacklevel, extra."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log msg % args at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log msg % args at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log msg % args at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """ERROR with the exception being handled attached; for except blocks."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log msg % args at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at the integer level."""
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    # -- building and routing records ---------------------------------------------------------

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text or None) of the code that made the logging call."""
        located = _locate_caller(stacklevel)
        if located is None:
            return _UNKNOWN_CALLER + (None,)
        entries, caller = located
        stack_text = None
        if stack_info:
            stack_text = "Stack (most recent call last):\n" + _render_stack(entries)
            if stack_text.endswith('\n'):
                stack_text = stack_text[:-1]
        return caller.filename, caller.lineno, caller.name, stack_text

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Build the record (subclasses may override); extra may add, never replace, fields."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            present = record.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in present:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(record, key, extra[key])
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        """Make a record for an enabled call and hand it to handle()."""
        caller = _UNKNOWN_CALLER + (None,)
        if _srcfile:
            try:
                caller = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        fn, lno, func, sinfo = caller
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 _exception_triple(exc_info), func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def _chain(self):
        """This logger and the ancestors a record propagates to."""
        node = self
        while node:
            yield node
            if not node.propagate:
                return
            node = node.parent

    def callHandlers(self, record):
        """Offer record to every handler on the propagation path whose level it reaches.

        With no handler anywhere on the path, lastResort takes it.
        """
        seen_any = False
        for node in self._chain():
            for handler in node.handlers:
                seen_any = True
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen_any:
            return
        fallback = lastResort
        if not fallback:
            # Said once per manager, and only when errors are being reported at all.
            manager = self.manager
            if raiseExceptions and not manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                manager.emittedNoHandlerWarning = True
        elif record.levelno >= fallback.level:
            fallback.handle(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether any handler sits on the propagation path."""
        return any(node.handlers for node in self._chain())

    # -- levels -------------------------------------------------------------------------------

    def getEffectiveLevel(self):
        """The first non-zero level from here to the root (NOTSET if none)."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        cached = self._cache.get(level)
        if cached is None:
            if self.manager.disable >= level:
                cached = False
            else:
                cached = level >= self.getEffectiveLevel()
            self._cache[level] = cached
        return cached

    def getChild(self, suffix):
        """getChild('x.y') on logger 'a' is getLogger('a.x.y'); on the root, getLogger('x.y')."""
        full_name = suffix if self.root is self else '.'.join((self.name, suffix))
        return self.manager.getLogger(full_name)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # Copying or pickling a logger gives back the registered logger of that name.
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The top of the tree, named 'root'; it must always have a level."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


class LoggerAdapter(object):
    """Wraps a logger to add context: process() may rewrite each call's message and kwargs.

    By default process() passes extra (given at construction) with every call.
    """

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    # The rest is handed to the wrapped logger.

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        wrapped = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, wrapped.name,
                                 getLevelName(wrapped.getEffectiveLevel()))

    __class_getitem__ = classmethod(GenericAlias)


# The tree's top and its manager, shared by every Logger through class attributes.
_loggerClass = Logger
root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ---------------------------------------------------------------------------------------------
# One-call configuration
# ---------------------------------------------------------------------------------------------

def _handlers_for_basic_config(options, encoding, errors):
    """The handlers basicConfig installs; consumes the options it understands."""
    given = options.pop("handlers", None)
    if given is not None:
        if "stream" in options or "filename" in options:
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
        return given
    if "stream" in options and "filename" in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if not filename:
        return [StreamHandler(options.pop("stream", None))]
    if 'b' in mode:
        errors = None
    elif encoding is None:
        encoding = "locale"
    return [FileHandler(filename, mode, encoding=encoding, errors=errors)]


def basicConfig(**kwargs):
    """Give the root logger a handler, unless it has one already (or force=True).

    Keywords: filename, filemode, stream, handlers, format, datefmt, style, level, force,
    encoding, errors. Without filename or handlers the handler writes to sys.stderr (or
    stream). Unknown keywords are an error only when configuration actually happens.
    """
    with _lock:
        options = dict(kwargs)
        force = options.pop('force', False)
        encoding = options.pop('encoding', None)
        errors = options.pop('errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        installed = _handlers_for_basic_config(options, encoding, errors)
        datefmt = options.pop("datefmt", None)
        style = options.pop("style", '%')
        _style_class(style)
        formatter = Formatter(options.pop("format", _STYLES[style][1]), datefmt, style)
        for handler in installed:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = options.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if options:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(options.keys()))


# ---------------------------------------------------------------------------------------------
# Module-level shortcuts (the root logger, configured on first use)
# ---------------------------------------------------------------------------------------------

def getLogger(name=None):
    """The logger called name; the root logger for no name (or 'root')."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    """CRITICAL on the root logger (configuring it first if it has no handler)."""
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """ERROR on the root logger."""
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """ERROR on the root logger with the current exception attached."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """WARNING on the root logger."""
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """INFO on the root logger."""
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """DEBUG on the root logger."""
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """The integer level on the root logger."""
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every call at level or below, whatever the loggers say (NOTSET undoes it)."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close the handlers, newest first; errors of closed streams are ignored."""
    for entry in reversed(list(handlerList)):
        try:
            # A caller's list may hold weak references to handlers rather than handlers.
            handler = entry if isinstance(entry, Handler) else entry()
            if not handler:
                continue
            try:
                handler.acquire()
                handler.flush()
                handler.close()
            except (OSError, ValueError):
                pass
            finally:
                handler.release()
        except:
            if raiseExceptions:
                raise


try:
    import atexit
except ImportError:
    pass
else:
    atexit.register(shutdown)


# ---------------------------------------------------------------------------------------------
# warnings -> logging
# ---------------------------------------------------------------------------------------------

# warnings.showwarning as it was before captureWarnings(True), while capturing.
_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """showwarning replacement: log to 'py.warnings' unless an explicit file was given."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    channel = getLogger("py.warnings")
    if not channel.handlers:
        channel.addHandler(NullHandler())
    channel.warning("%s", text)


def captureWarnings(capture):
    """Route warnings through logging (True) or restore the previous showwarning (False)."""
    global _warnings_showwarning
    capturing = _warnings_showwarning is not None
    if capture and not capturing:
        _warnings_showwarning, warnings.showwarning = warnings.showwarning, _showwarning
    elif capturing and not capture:
        warnings.showwarning, _warnings_showwarning = _warnings_showwarning, None
