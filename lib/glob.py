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
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported')
    if isinstance(pathname, bytes):
        # Glob the text the bytes decode to (losslessly, as os.fsdecode does) and encode back.
        if isinstance(root_dir, bytes):
            root_dir = _fsdecode(root_dir)
        return map(_fsencode, iglob(_fsdecode(pathname), root_dir=root_dir,
                                    recursive=recursive, include_hidden=include_hidden))
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
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
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending with a slash matches only directories.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if include_hidden or not _ishidden(pattern):
        names = [x for x in names if include_hidden or not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        # An empty basename comes from a trailing slash: it matches only a directory.
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False)


def _glob2(dirname, pattern, dironly, include_hidden=False):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    arg = dirname or os.curdir
    try:
        names = os.listdir(arg)
    except OSError:
        return []
    if dironly:
        names = [name for name in names if os.path.isdir(os.path.join(arg, name))]
    return names


def _rlistdir(dirname, dironly, include_hidden=False):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        s = str(s, 'ISO-8859-1')
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """Escape all special characters, by wrapping each of `*?[` in brackets."""
    if isinstance(pathname, bytes):
        return bytes(magic_check.sub(r'[\1]', str(pathname, 'ISO-8859-1')), 'ISO-8859-1')
    return magic_check.sub(r'[\1]', pathname)
