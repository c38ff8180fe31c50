"""Python part of the warnings subsystem, with the API of CPython's warnings module.

The location of a warning (file and line of the frame `stacklevel` levels up) comes from
traceback.extract_stack(); the default filters are CPython's: DeprecationWarning shown only when
triggered in __main__, PendingDeprecationWarning, ImportWarning and ResourceWarning ignored,
everything else shown once per location.
"""

import sys
import traceback as _traceback

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
# One registry of already-shown warnings for the whole program (CPython keeps one per module);
# it is emptied whenever the filters change.
_registry = {}
_filters_version = 1


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
    stack = _traceback.extract_stack()
    # the last entry is this function; stacklevel 1 is its caller
    index = len(stack) - 1 - stacklevel
    if 0 <= index < len(stack):
        filename, lineno = stack[index][0], stack[index][1]
        module = '__main__' if index == 0 else _module_name(filename)
    else:
        filename, lineno, module = 'sys', 1, 'sys'
    warn_explicit(message, category, filename, lineno, module, _registry, None, source)


def _module_name(filename):
    base = filename.rsplit('/', 1)[-1]
    return base[:-3] if base.endswith('.py') else base


def _seen_before(action, registry, text, category, lineno):
    """Note the warning in the registries its action uses; True when that action has shown
    it already (once: anywhere; module: in this registry; default: at this line)."""
    if action == 'always':
        return False
    registry[(text, category, lineno)] = 1
    if action == 'default':
        return False
    if action == 'once':
        book, key = onceregistry, (text, category)
    else:
        book, key = registry, (text, category, 0)
    if book.get(key):
        return True
    book[key] = 1
    return False


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning at an explicitly given location."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    elif registry.get('version', 0) != _filters_version:
        # the filters changed since these entries were made
        registry.clear()
    registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    if registry.get((text, category, lineno)):
        return
    action, item = _action_for(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action not in _ACTIONS:
        raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n {item}')
    if _seen_before(action, registry, text, category, lineno):
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


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
