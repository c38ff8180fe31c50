"""Lines of source files, read once and kept in memory.

The cache maps a file name to (size, mtime, lines, full path), or, for a module whose source
its loader will supply when first asked, to a 1-tuple holding the function that fetches it.
A name not found as given is looked for in each directory of sys.path.
"""

import os
import re
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line number lineno (from 1) of the file, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    # Reading fills the cache even when the line asked for does not exist.
    in_range = 0 < lineno <= len(lines)
    return lines[lineno - 1] if in_range else ''


def getlines(filename, module_globals=None):
    """All the lines of the file, read into the cache if not already there."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        lines = updatecache(filename, module_globals)
    except MemoryError:
        # A file too big to hold: free everything rather than fail.
        clearcache()
        lines = []
    return lines


def checkcache(filename=None):
    """Drop cache entries (all, or filename's) whose file changed size or modification time
    or disappeared. Entries from loaders and lazy ones are kept."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1 or entry[1] is None:
            continue
        size, mtime, _, fullname = entry
        try:
            info = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if (size, mtime) != (info.st_size, info.st_mtime):
            cache.pop(name, None)


def _is_pseudo_name(filename):
    # '' and names such as '<string>' or '<stdin>' are never files.
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def updatecache(filename, module_globals=None):
    """Read the file again (or fetch its source from a loader), cache it and return its
    lines; [] when it cannot be found or read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo_name(filename):
        return []
    located = _locate(filename, module_globals)
    if located is None or isinstance(located, list):
        return located or []
    fullname, info = located
    lines = _read_source_lines(fullname)
    if lines is None:
        return []
    cache[filename] = (info.st_size, info.st_mtime, lines, fullname)
    return lines


def _locate(filename, module_globals):
    """(path, stat) of the file; or the lines a loader supplied (already cached); or None."""
    try:
        return filename, os.stat(filename)
    except OSError:
        pass
    if lazycache(filename, module_globals):
        source = _source_from_loader(filename)
        if source is not _NO_SOURCE:
            if source is None:
                return []
            lines = [line + '\n' for line in source.splitlines()]
            cache[filename] = (len(source), None, lines, filename)
            return lines
    if os.path.isabs(filename):
        return None
    for directory in sys.path:
        try:
            candidate = os.path.join(directory, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return candidate, os.stat(candidate)
        except OSError:
            pass
    return None


_NO_SOURCE = object()


def _source_from_loader(filename):
    try:
        return cache[filename][0]()
    except (ImportError, OSError):
        return _NO_SOURCE


_CODING_COOKIE = re.compile(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)')
_BLANK_OR_COMMENT = re.compile(rb'^[ \t\f]*(?:[#\r\n]|$)')


def _source_encoding(data):
    """The encoding a Python source file declares: a UTF-8 signature, or a coding comment in
    one of its first two lines; UTF-8 otherwise. Raises SyntaxError for an unknown one."""
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    first_lines = data.split(b'\n', 2)[:2]
    for index, line in enumerate(first_lines):
        found = _CODING_COOKIE.match(line)
        if found:
            name = found.group(1).decode('ascii')
            try:
                ''.encode(name)
            except LookupError:
                raise SyntaxError('unknown encoding: ' + name)
            return name
        # The cookie may be on the second line only when the first is blank or a comment.
        if index == 0 and not _BLANK_OR_COMMENT.match(line):
            break
    return 'utf-8'


def _read_source_lines(fullname):
    """The file's lines with universal newlines, the last one ending in '\\n'; None when it
    cannot be read or decoded."""
    try:
        with open(fullname, 'rb') as handle:
            data = handle.read()
        text = data.decode(_source_encoding(data))
    except (OSError, UnicodeDecodeError, SyntaxError):
        return None
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = [line + '\n' for line in text.split('\n')]
    # split() leaves one piece after the final newline: drop it, or its added newline.
    if text.endswith('\n') or not text:
        lines.pop()
    return lines


def lazycache(filename, module_globals):
    """Remember where filename's source can be fetched from (the loader in module_globals),
    without fetching it yet. True when such an entry is (now) in the cache; False when the
    file is cached already, its name is not a file's, or there is no loader with get_source.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo_name(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        if spec:
            loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False

    def fetch_source():
        return get_source(name)

    cache[filename] = (fetch_source,)
    return True
