"""Importing this module enables command line editing using GNU readline."""

# There is no terminal line editing here: input() reads plain lines. What this module keeps is the
# state a program sets and reads back (the history list, the completer and its delimiters), so
# that REPL scripts which configure readline run unchanged. Key bindings, hooks and the line
# buffer are accepted and have no effect.

import os as _os

_READLINE_VERSION = 0x0800
_READLINE_RUNTIME_VERSION = 0x0800
_READLINE_LIBRARY_VERSION = '8.0'

_entries = []
_max_entries = -1
_completer = None
_delimiters = ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?'


def _history_path(filename):
    if filename is None:
        return _os.path.expanduser('~/.history')
    return _os.fspath(filename)


def _missing_file():
    # The C library reports a missing file by errno alone, without naming it.
    return FileNotFoundError(2, 'No such file or directory')


def parse_and_bind(string, /):
    """Execute the init line provided in the string argument."""
    return None


def read_init_file(filename=None, /):
    """Execute a readline initialization file."""
    path = _history_path(filename) if filename is not None else _os.path.expanduser('~/.inputrc')
    if not _os.path.exists(path):
        raise _missing_file()
    return None


def read_history_file(filename=None, /):
    """Load a readline history file."""
    path = _history_path(filename)
    try:
        with open(path, encoding='utf-8', errors='replace') as source:
            lines = source.read().splitlines()
    except FileNotFoundError:
        raise _missing_file() from None
    _entries.extend(lines)
    return None


def _kept_entries():
    if _max_entries < 0:
        return list(_entries)
    return _entries[len(_entries) - _max_entries:] if _max_entries else []


def write_history_file(filename=None, /):
    """Save a readline history file."""
    path = _history_path(filename)
    with open(path, 'w', encoding='utf-8') as target:
        for entry in _kept_entries():
            target.write(entry + '\n')
    return None


def append_history_file(nelements, filename=None, /):
    """Append the last nelements items of the history list to file."""
    path = _history_path(filename)
    if not _os.path.exists(path):
        raise _missing_file()
    tail = _entries[len(_entries) - nelements:] if nelements > 0 else []
    with open(path, 'a', encoding='utf-8') as target:
        for entry in tail:
            target.write(entry + '\n')
    return None


def set_history_length(length, /):
    """Set the maximal number of lines which will be written to the history file."""
    global _max_entries
    _max_entries = length
    return None


def get_history_length():
    """Return the maximum number of lines that will be written to the history file."""
    return _max_entries


def get_current_history_length():
    """Return the current (not the maximum) length of history."""
    return len(_entries)


def get_history_item(index, /):
    """Return the current contents of history item at one-based index."""
    if 1 <= index <= len(_entries):
        return _entries[index - 1]
    return None


def _check_position(pos):
    if pos < 0:
        raise ValueError('History index cannot be negative')
    if pos >= len(_entries):
        raise ValueError(f'No history item at position {pos}')


def remove_history_item(pos, /):
    """Remove history item given by its zero-based position."""
    _check_position(pos)
    del _entries[pos]
    return None


def replace_history_item(pos, line, /):
    """Replaces history item given by its position with contents of line."""
    _check_position(pos)
    _entries[pos] = line
    return None


def add_history(string, /):
    """Add an item to the history buffer."""
    _entries.append(string)
    return None


def clear_history():
    """Clear the current readline history."""
    _entries.clear()
    return None


def set_auto_history(enabled, /):
    """Enables or disables automatic history."""
    return None


def set_completer(function=None, /):
    """Set or remove the completer function."""
    global _completer
    if function is not None and not callable(function):
        raise TypeError('set_completer(func): argument not callable')
    _completer = function
    return None


def get_completer():
    """Get the current completer function."""
    return _completer


def set_completer_delims(string, /):
    """Set the word delimiters for completion."""
    global _delimiters
    _delimiters = string
    return None


def get_completer_delims():
    """Get the word delimiters for completion."""
    return _delimiters


def get_completion_type():
    """Get the type of completion being attempted."""
    return 0


def get_begidx():
    """Get the beginning index of the completion scope."""
    return 0


def get_endidx():
    """Get the ending index of the completion scope."""
    return 0


def set_completion_display_matches_hook(function=None, /):
    """Set or remove the completion display function."""
    return None


def set_startup_hook(function=None, /):
    """Set or remove the function invoked by the rl_startup_hook callback."""
    return None


def set_pre_input_hook(function=None, /):
    """Set or remove the function invoked by the rl_pre_input_hook callback."""
    return None


def get_line_buffer():
    """Return the current contents of the line buffer."""
    return ''


def insert_text(string, /):
    """Insert text into the line buffer at the cursor position."""
    return None


def redisplay():
    """Change what's displayed on the screen to reflect contents of the line buffer."""
    return None
