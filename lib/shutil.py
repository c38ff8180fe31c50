"""High-level file operations with the API of CPython 3.11's shutil: copying files and trees,
moving, removing trees, finding programs on PATH.

Over os and the builtin open. Archives (make_archive, unpack_archive), chown and disk_usage are
not provided.
"""

import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move",
           "rmtree", "Error", "SpecialFileError", "ExecError", "ignore_patterns", "which",
           "get_terminal_size", "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """Base of this module's errors; copytree raises it with a list of (src, dst, reason)."""


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised for an operation a special file (such as a named pipe) does not allow."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an archive format fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file object fsrc into file object fdst, `length` bytes at a time."""
    chunk_size = length or COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while chunk := read(chunk_size):
        write(chunk)


def _samefile(src, dst):
    """Whether both paths name one existing file (same device and inode)."""
    try:
        first, second = os.stat(src), os.stat(dst)
    except OSError:
        return False
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


def _fspath_str(p):
    return p if isinstance(p, (str, bytes)) else os.fspath(p)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file src into dst (created or truncated); returns dst.  With
    follow_symlinks false, a symbolic link src is copied as a new link."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    if os.path.isdir(src):
        raise IsADirectoryError(21, "Is a directory", _fspath_str(src))
    with open(src, "rb") as source:
        try:
            target = open(dst, "wb")
        except IsADirectoryError as e:
            # opening 'missing/dir/' fails as a directory; the real problem is the parent
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f"Directory does not exist: {dst}") from e
        with target:
            copyfileobj(source, target)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and the access and modification times of src."""
    info = os.stat(src)
    os.utime(dst, (info.st_atime, info.st_mtime))
    os.chmod(dst, info.st_mode & 0o7777)


def _target_in(dst, src):
    # copying into a directory keeps the file's name
    return os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy the contents and permission bits of file src ("cp src dst"); dst may be a
    directory.  Returns the path of the new file."""
    target = _target_in(dst, src)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """copy() that also carries over the file's times ("cp -p src dst")."""
    target = _target_in(dst, src)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree() leaving out the names matching any of the
    glob-style patterns."""
    def _ignore_patterns(path, names):
        return {name for name in names
                if any(fnmatch.fnmatch(name, pattern) for pattern in patterns)}
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless dirs_exist_ok) and
    return dst.  Failures are collected and raised together as one Error at the end."""
    names = os.listdir(src)
    skipped = set() if ignore is None else ignore(os.fspath(src), names)
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for name in names:
        if name in skipped:
            continue
        from_path = os.path.join(src, name)
        to_path = os.path.join(dst, name)
        try:
            _copy_entry(from_path, to_path, symlinks, ignore, copy_function,
                        ignore_dangling_symlinks, dirs_exist_ok)
        except Error as err:
            problems.extend(err.args[0])
        except OSError as why:
            problems.append((from_path, to_path, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        problems.append((src, dst, str(why)))
    if problems:
        raise Error(problems)
    return dst


def _copy_entry(from_path, to_path, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                dirs_exist_ok):
    """One entry of copytree(): a link kept as a link or followed, a directory recursed into,
    anything else handed to copy_function."""
    if os.path.islink(from_path):
        link = os.readlink(from_path)
        if symlinks:
            os.symlink(link, to_path)
            return
        if ignore_dangling_symlinks and not os.path.exists(link):
            return
    if os.path.isdir(from_path):
        copytree(from_path, to_path, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                 dirs_exist_ok)
    else:
        copy_function(from_path, to_path)


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete the directory tree at path.  Errors are ignored with ignore_errors, passed to
    onerror(function, path, exc_info) when given, and raised otherwise."""
    if ignore_errors:
        def report(*details):
            pass
    elif onerror is None:
        def report(*details):
            raise
    else:
        report = onerror
    try:
        os.lstat(path)
    except Exception:
        report(os.lstat, path, sys.exc_info())
        return
    # a link to a directory is refused rather than followed
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        report(os.path.islink, path, sys.exc_info())
        return
    _remove_tree(path, report)


def _attempt(report, operation, path):
    try:
        operation(path)
    except OSError:
        report(operation, path, sys.exc_info())


def _remove_tree(path, report):
    """Depth first: the entries of path, then path itself."""
    try:
        names = os.listdir(path)
    except OSError:
        report(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        child = os.path.join(path, name)
        if os.path.isdir(child) and not os.path.islink(child):
            _remove_tree(child, report)
        else:
            _attempt(report, os.unlink, child)
    _attempt(report, os.rmdir, path)


def _basename(path):
    # the last component even when the path ends with a slash
    return os.path.basename(os.fspath(path).rstrip("/"))


def _destinsrc(src, dst):
    """Whether dst lies inside (or is) the directory src."""
    def as_dir(p):
        full = os.path.abspath(p)
        return full if full.endswith(os.path.sep) else full + os.path.sep
    return as_dir(dst).startswith(as_dir(src))


def move(src, dst, copy_function=copy2):
    """Move a file or directory like "mv": into dst when dst is a directory, else to dst.
    A rename when possible, otherwise a copy followed by a removal.  Returns the new path."""
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # the same directory under another name (a case-insensitive file system)
            os.rename(src, dst)
            return
        target = os.path.join(dst, _basename(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    # across file systems
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _destinsrc(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` as the shell would find it on PATH (or `path`), or None.
    A cmd with a directory part is checked as it is."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    visited = set()
    for directory in os.fspath(path).split(os.pathsep):
        key = os.path.normcase(directory)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def _positive_env_int(name):
    """The environment variable as an int, or 0 when unset or not a number."""
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): the COLUMNS and LINES variables, else the terminal's own
    size, else `fallback`."""
    columns = _positive_env_int("COLUMNS")
    lines = _positive_env_int("LINES")
    if columns > 0 and lines > 0:
        return os.terminal_size((columns, lines))
    try:
        measured = os.get_terminal_size()
    except (AttributeError, ValueError, OSError):
        measured = fallback
    if columns <= 0:
        columns = measured[0] or fallback[0]
    if lines <= 0:
        lines = measured[1] or fallback[1]
    return os.terminal_size((columns, lines))
