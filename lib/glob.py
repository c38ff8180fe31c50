"""Filename globbing, after CPython's glob module.

A pattern is matched one path component at a time: literal components are checked for
existence, wildcard ones matched with fnmatch against the directory's entries, and `**` (with
recursive=True) stands for any number of directories. Hidden names (a leading dot) match only a
pattern that starts with a dot, unless include_hidden is true. Directory entries come in the
order os.listdir gives them.
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths that match the pattern, as a list (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths that match the pattern, one at a time, relative to root_dir when given."""
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported')
    if isinstance(pathname, bytes):
        # Glob the text the bytes decode to (losslessly, as os.fsdecode does) and encode back.
        if isinstance(root_dir, bytes):
            root_dir = _fsdecode(root_dir)
        return map(_fsencode, iglob(_fsdecode(pathname), root_dir=root_dir,
                                    recursive=recursive, include_hidden=include_hidden))
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # `**` first yields the empty path for the starting directory itself: skip it.
        first = next(it, None)
        if first:
            return _chain(first, it)
    return it


def _fsdecode(b):
    return str(b, 'utf-8', 'surrogateescape')


def _fsencode(s):
    return bytes(s, 'utf-8', 'surrogateescape')


def _chain(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        # No wildcards: the path itself if it exists (a trailing slash asks for a directory).
        if tail:
            found = os.path.lexists(_join(root_dir, pathname))
        else:
            found = os.path.isdir(_join(root_dir, head))
        if found:
            yield pathname
        return
    match_in = _component_matcher(tail, recursive)
    if not head:
        yield from match_in(root_dir, tail, dironly, include_hidden)
        return
    # The directories are globbed first (only directories can hold the last component).
    if head != pathname and has_magic(head):
        parents = _iglob(head, root_dir, recursive, True, include_hidden)
    else:
        parents = [head]
    for parent in parents:
        for name in match_in(_join(root_dir, parent), tail, dironly, include_hidden):
            yield os.path.join(parent, name)


def _component_matcher(component, recursive):
    """How the names in a directory are matched against one pattern component."""
    if not has_magic(component):
        return _glob0
    if recursive and _isrecursive(component):
        return _glob2
    return _glob1


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if not include_hidden and not _ishidden(pattern):
        # Hidden names are matched only by a pattern that is hidden itself.
        names = [name for name in names if not _ishidden(name)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if not basename:
        # An empty basename comes from a trailing slash: it matches only a directory.
        return [basename] if os.path.isdir(dirname) else []
    return [basename] if os.path.lexists(_join(dirname, basename)) else []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False)


def _glob2(dirname, pattern, dironly, include_hidden=False):
    # `**`: the directory itself (the empty name), then everything below it.
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    where = dirname or os.curdir
    try:
        names = os.listdir(where)
    except OSError:
        return []  # unreadable or gone: nothing matches in it
    if not dironly:
        return names
    return [name for name in names if os.path.isdir(os.path.join(where, name))]


def _rlistdir(dirname, dironly, include_hidden=False):
    """Every name below dirname, relative to it, each directory before its contents."""
    for name in _listdir(dirname, dironly):
        if not include_hidden and _ishidden(name):
            continue
        yield name
        below = _join(dirname, name) if dirname else name
        for rest in _rlistdir(below, dironly, include_hidden):
            yield _join(name, rest)


def _join(dirname, basename):
    # os.path.join, except that an empty side adds no separator.
    if dirname and basename:
        return os.path.join(dirname, basename)
    return dirname or basename


magic_check = re.compile('([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        s = str(s, 'ISO-8859-1')
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[:1] in ('.', b'.')


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Escape all special characters, by wrapping each of `*?[` in brackets."""
    if isinstance(pathname, bytes):
        return bytes(magic_check.sub(r'[\1]', str(pathname, 'ISO-8859-1')), 'ISO-8859-1')
    return magic_check.sub(r'[\1]', pathname)
