"""Python part of the warnings subsystem, with the API of CPython's warnings module.

The location of a warning is the frame `stacklevel` levels up (sys._getframe): its file, its
line, and its module's __name__ and __warningregistry__ from its globals; the default filters are CPython's: DeprecationWarning shown only when
triggered in __main__, PendingDeprecationWarning, ImportWarning and ResourceWarning ignored,
everything else shown once per location.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# A filter is (action, message pattern, category, module pattern, lineno).  A pattern is None
# (anything), a plain str (an exact module name, as in the built-in defaults) or a compiled
# regular expression matched at the start of the text.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
# Each module's registry of already-shown warnings is its global __warningregistry__, as in
# CPython; a registry made under other filters is emptied when next used.
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage:
    """One warning with where it happened: what catch_warnings(record=True) collects."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


# ---------------------------------------------------------------------------------------------
# formatting and showing

_line_cache = {}


def _source_line(filename, lineno):
    """Line `lineno` of the file (read once and kept), or None."""
    lines = _line_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().split('\n')
        except OSError:
            lines = []
        _line_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return None


def _formatwarnmsg_impl(msg):
    text = f'{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n'
    source = _source_line(msg.filename, msg.lineno) if msg.line is None else msg.line
    if source:
        text += f'  {source.strip()}\n'
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning as it is shown: 'file:line: Category: message' and the source
    line.  Programs may replace it."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _formatwarnmsg(msg):
    # a replaced warnings.formatwarning is honoured
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    target = sys.stderr if msg.file is None else msg.file
    if target is None:
        # no stderr at all (a windowed program): nowhere to show it
        return
    try:
        target.write(_formatwarnmsg(msg))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default).  Programs may replace it."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    hook = showwarning
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError('warnings.showwarning() must be set to a function or method')
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


# ---------------------------------------------------------------------------------------------
# the filter list

def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter (first in the list, or last with append=True).  message and module are
    regular expressions for the start of the warning text (any case) and the module name."""
    # CPython checks these with assert statements, hence AssertionError
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    message_pattern = module_pattern = None
    if message or module:
        import re
        if message:
            message_pattern = re.compile(message, re.I)
        if module:
            module_pattern = re.compile(module)
    _add_filter(action, message_pattern, category, module_pattern, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter on category (and line number) alone."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if append:
        if item not in filters:
            filters.append(item)
    else:
        # an equal filter moves to the front rather than appearing twice
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter: all warnings then follow defaultaction."""
    filters[:] = []
    _filters_mutated()


def _pattern_matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _action_for(text, category, module, lineno):
    """The action of the first filter matching the warning, and that filter (or None)."""
    for item in filters:
        action, message_pattern, filter_category, module_pattern, filter_lineno = item
        if (_pattern_matches(message_pattern, text) and issubclass(category, filter_category)
                and _pattern_matches(module_pattern, module)
                and filter_lineno in (0, lineno)):
            return action, item
    return defaultaction, None


# ---------------------------------------------------------------------------------------------
# issuing

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: show it, ignore it or raise it, as the filters say."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    where = _caller_frame(stacklevel)
    if where is None:
        # the stack is not that deep: CPython blames the sys module
        namespace, filename, lineno = _sys_namespace, 'sys', 1
    else:
        namespace = where.f_globals
        filename, lineno = where.f_code.co_filename, where.f_lineno
    # the module a filter's module pattern sees is the __name__ of the frame's globals
    module = namespace.get('__name__', '<string>')
    if module is not None and not isinstance(module, str):
        module = '<string>'
    registry = namespace.get('__warningregistry__')
    if registry is None:
        registry = namespace['__warningregistry__'] = {}
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


# stands for the globals of the sys module when a stacklevel points above the outermost frame
_sys_namespace = {'__name__': 'sys'}


def _caller_frame(stacklevel):
    """The frame warn() blames: 1 is the code calling warn(), 2 its caller, and so on (a level
    below 1 counts as 1); None past the outermost frame."""
    try:
        # frame 0 is this helper's and frame 1 warn()'s own
        return sys._getframe(1 + (stacklevel if stacklevel > 1 else 1))
    except ValueError:
        return None


def _registry_has(registry, key, mark):
    """Whether `key` was noted in `registry` under the current filters (a registry kept under
    older filters is emptied first); with `mark`, note it now."""
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if mark:
        registry[key] = True
    return False


# the default of warn_explicit's module: an omitted module is derived from the file name, while
# an explicit None (a frame whose globals have __name__ None) silences the warning, as in CPython
_FROM_FILENAME = object()


def warn_explicit(message, category, filename, lineno, module=_FROM_FILENAME, registry=None,
                  module_globals=None, source=None):
    """Issue a warning at an explicitly given location."""
    if not isinstance(lineno, int):
        raise TypeError(f"'{type(lineno).__name__}' object cannot be interpreted as an integer")
    lineno = int(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is _FROM_FILENAME:
        module = _module_from_filename(filename)
    elif module is None:
        return
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    here = (text, category, lineno)
    if registry is not None and _registry_has(registry, here, False):
        return
    action, item = _action_for(text, category, module, lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action != 'always':
        if registry is not None:
            registry[here] = True
        anywhere = (text, category)
        if action == 'once':
            # with a registry, "once" is once per registry (per module when warn() chose it)
            if _registry_has(onceregistry if registry is None else registry, anywhere, True):
                return
        elif action == 'module':
            if registry is not None and _registry_has(registry, anywhere, True):
                return
        elif action != 'default':
            raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n {item}')
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _module_from_filename(filename):
    if not filename:
        return '<unknown>'
    return filename[:-3] if filename[-3:].lower() == '.py' else filename


# ---------------------------------------------------------------------------------------------
# catch_warnings

class catch_warnings:
    """Context manager saving the warning filters and hooks on entry and restoring them on
    exit.  With record=True, warnings are collected in the list it returns instead of being
    shown; action (with category, lineno, append) adds a simplefilter() for the block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append('record=True')
        if self._module is not sys.modules['warnings']:
            shown.append(f'module={self._module!r}')
        return f"{type(self).__name__}({', '.join(shown)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        target = self._module
        # the block works on a copy; the original list comes back on exit
        self._filters = target.filters
        target.filters = self._filters[:]
        target._filters_mutated()
        self._showwarning = target.showwarning
        self._showwarnmsg_impl = target._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        target = self._module
        target.filters = self._filters
        target._filters_mutated()
        target.showwarning = self._showwarning
        target._showwarnmsg_impl = self._showwarnmsg_impl
