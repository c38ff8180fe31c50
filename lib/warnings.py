"""Python part of the warnings subsystem, after CPython's warnings.py.

The location of a warning (file and line of the frame `stacklevel` levels up) comes from
traceback.extract_stack(); the default filters are CPython's: DeprecationWarning shown only when
triggered in __main__, PendingDeprecationWarning, ImportWarning and ResourceWarning ignored,
everything else shown once per location.
"""

import sys
import traceback as _traceback

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_DEFAULT_FILTERS = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]

filters = list(_DEFAULT_FILTERS)
defaultaction = 'default'
onceregistry = {}
_registry = {}
_filters_version = [1]


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    if line:
        line = line.strip()
        s += '  %s\n' % line
    return s


_line_cache = {}


def _source_line(filename, lineno):
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


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg_impl(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError(f'invalid action: {action!r}')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter(action, message or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError(f'invalid action: {action!r}')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_version[0] += 1


def _matches(pattern, text):
    if pattern is None:
        return True
    import re
    return re.match(pattern, text, re.I) is not None


def _module_matches(pattern, module):
    if pattern is None:
        return True
    import re
    return re.fullmatch(pattern, module) is not None


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    stack = _traceback.extract_stack()
    index = len(stack) - 1 - stacklevel
    if 0 <= index < len(stack):
        frame = stack[index]
        filename = frame[0]
        lineno = frame[1]
        module = '__main__' if index == 0 else _module_name(filename)
    else:
        filename = 'sys'
        lineno = 1
        module = 'sys'
    warn_explicit(message, category, filename, lineno, module, _registry, None, source)


def _module_name(filename):
    name = filename.rsplit('/', 1)[-1]
    if name.endswith('.py'):
        name = name[:-3]
    return name


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and issubclass(category, cat) and
                (mod is None or _module_matches(mod, module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n {item}')
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class catch_warnings:
    """A context manager that copies and restores the warnings filter upon exiting the
    context."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        self._registry = dict(_registry)
        _registry.clear()
        _filters_version[0] += 1
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._filters
        _registry.clear()
        _registry.update(self._registry)
        _filters_version[0] += 1
        showwarning = self._showwarning
