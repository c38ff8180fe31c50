"""High-level file operations with the API of CPython 3.11's shutil: copying files and trees,
moving, removing trees, finding programs on PATH, making and unpacking archives (zip, tar and
gzip'ed tar; bzip2 and xz need compressors this system lacks), disk usage.

Over os and the builtin open; archives through zipfile and tarfile. chown is not provided.
"""

import collections
import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move",
           "rmtree", "Error", "SpecialFileError", "ExecError", "make_archive",
           "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "unpack_archive", "ignore_patterns", "which", "get_terminal_size", "SameFileError",
           "disk_usage"]

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


# ---------------------------------------------------------------------------------------------
# Disk usage

_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """Total, used and free (for unprivileged users) bytes of the file system holding path,
    as a named tuple."""
    if hasattr(os, "statvfs"):
        st = os.statvfs(path)
        unit = st.f_frsize
        return _ntuple_diskusage(st.f_blocks * unit, (st.f_blocks - st.f_bfree) * unit,
                                 st.f_bavail * unit)
    return _disk_usage_from_df(path)


def _disk_usage_from_df(path):
    # Without statvfs, POSIX df reports the same statvfs figures in 1024-byte units.
    os.stat(path)  # the usual error for a missing path
    import subprocess
    report = subprocess.run(["df", "-kP", os.fspath(path)], capture_output=True, text=True)
    if report.returncode != 0:
        raise OSError(report.stderr.strip() or "df failed")
    fields = report.stdout.splitlines()[-1].split()
    total, used, free = (int(field) * 1024 for field in fields[1:4])
    return _ntuple_diskusage(total, used, free)


# ---------------------------------------------------------------------------------------------
# Archives

def _account_id(database, name):
    """The id on the /etc/passwd or /etc/group line for `name`; None for no such entry."""
    if name is None:
        return None
    try:
        with open(database, encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) > 2 and fields[0] == name:
                    return int(fields[2])
    except (OSError, ValueError):
        pass
    return None


def _make_parent(directory, dry_run, logger):
    """Create the directory an archive goes in, when it is missing."""
    if not directory or os.path.exists(directory):
        return
    if logger is not None:
        logger.info("creating %s", directory)
    if not dry_run:
        os.makedirs(directory)


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0, owner=None,
                  group=None, logger=None, root_dir=None):
    """Make base_name.tar (.tar.gz with compress="gzip") of everything under base_dir; its
    name is returned."""
    suffixes = {None: "", "gzip": "gz"}
    if compress not in suffixes:
        raise ValueError("bad value for 'compress', or compression format not supported : "
                         "{0}".format(compress))
    import tarfile
    compression = suffixes[compress]
    archive_name = base_name + ".tar" + ("." + compression if compress else "")
    _make_parent(os.path.dirname(archive_name), dry_run, logger)
    if logger is not None:
        logger.info('Creating tar archive')
    uid = _account_id("/etc/passwd", owner)
    gid = _account_id("/etc/group", group)

    def set_owner(tarinfo):
        if gid is not None:
            tarinfo.gid, tarinfo.gname = gid, group
        if uid is not None:
            tarinfo.uid, tarinfo.uname = uid, owner
        return tarinfo

    if not dry_run:
        source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
        with tarfile.open(archive_name, 'w|%s' % compression) as tar:
            tar.add(source, base_dir, filter=set_owner)
    return archive_name if root_dir is None else os.path.abspath(archive_name)


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None,
                  group=None, root_dir=None):
    """Make base_name.zip (deflated) of everything under base_dir; its name is returned."""
    import zipfile
    zip_filename = base_name + ".zip"
    _make_parent(os.path.dirname(base_name), dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)
    if not dry_run:
        with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            _zip_tree(zf, base_dir, root_dir, logger)
    return zip_filename if root_dir is None else os.path.abspath(zip_filename)


def _zip_tree(zf, base_dir, root_dir, logger):
    """Write base_dir (under root_dir) to zf: the directory itself unless it is '.', then
    each directory walked, its subdirectories (sorted) and its regular files."""
    top_name = os.path.normpath(base_dir)
    top = os.path.normpath(base_dir if root_dir is None else os.path.join(root_dir, base_dir))

    def add(path, arcname):
        zf.write(path, arcname)
        if logger is not None:
            logger.info("adding '%s'", path)

    if top_name != os.curdir:
        add(top, top_name)
    for dirpath, dirnames, filenames in os.walk(top):
        in_archive = dirpath if root_dir is None else os.path.relpath(dirpath, root_dir)
        in_archive = os.path.normpath(in_archive)
        for name in sorted(dirnames):
            add(os.path.join(dirpath, name), os.path.join(in_archive, name))
        for name in filenames:
            path = os.path.normpath(os.path.join(dirpath, name))
            if os.path.isfile(path):
                add(path, os.path.join(in_archive, name))


# name -> (maker, extra keyword arguments, description, whether it takes root_dir itself)
_ARCHIVE_FORMATS = {
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file", True),
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file", True),
    'zip': (_make_zipfile, [], "ZIP file", True),
}


def get_archive_formats():
    """(name, description) of every archive format make_archive knows, sorted."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Add a format to make_archive: function(base_name, base_dir, **extra_args)."""
    if extra_args is None:
        extra_args = []
    problem = None
    if not callable(function):
        problem = 'The %s object is not callable' % function
    elif not isinstance(extra_args, (tuple, list)):
        problem = 'extra_args needs to be a sequence'
    elif not all(isinstance(pair, (tuple, list)) and len(pair) == 2 for pair in extra_args):
        problem = 'extra_args elements are : (arg_name, value)'
    if problem is not None:
        raise TypeError(problem)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description, False)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    """Make an archive of base_dir (default: the current directory) as seen from root_dir
    (default: the current directory), called base_name plus the format's extension; its
    name is returned."""
    if format not in _ARCHIVE_FORMATS:
        raise ValueError("unknown archive format '%s'" % format)
    maker, extra, _, takes_root_dir = _ARCHIVE_FORMATS[format]
    kwargs = {'dry_run': dry_run, 'logger': logger, 'owner': owner, 'group': group}
    kwargs.update(extra)
    if base_dir is None:
        base_dir = os.curdir
    return_to = None
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(20, 'Not a directory', root_dir)
        if takes_root_dir:
            base_name = os.fspath(base_name)
            kwargs['root_dir'] = root_dir
        else:
            # A registered maker works from the current directory: go into root_dir.
            base_name = os.path.abspath(base_name)
            return_to = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            if not dry_run:
                os.chdir(root_dir)
    try:
        return maker(base_name, base_dir, **kwargs)
    finally:
        if return_to is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", return_to)
            os.chdir(return_to)


def _ensure_directory(path):
    parent = os.path.dirname(path)
    if not os.path.isdir(parent):
        os.makedirs(parent)


def _unpack_zipfile(filename, extract_dir):
    """Unpack a zip file; members with absolute names or '..' in them are skipped."""
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            _ensure_directory(target)
            if not name.endswith('/'):
                with archive.open(name, 'r') as source, open(target, 'wb') as sink:
                    copyfileobj(source, sink)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    """Unpack a tar file, compressed or not."""
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    try:
        archive.extractall(extract_dir, filter=filter)
    finally:
        archive.close()


# name -> (file extensions, unpacker, extra keyword arguments, description)
_UNPACK_FORMATS = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
}


def get_unpack_formats():
    """(name, extensions, description) of every format unpack_archive knows, sorted."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Add a format to unpack_archive: function(filename, extract_dir, **extra_args)."""
    extra_args = [] if extra_args is None else extra_args
    taken = {ext: owner for owner, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for extension in extensions:
        if extension in taken:
            raise RegistryError('%s is already registered for "%s"' % (extension, taken[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _find_unpack_format(filename):
    for name, entry in _UNPACK_FORMATS.items():
        if any(filename.endswith(extension) for extension in entry[0]):
            return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive into extract_dir (default: the current directory); the format is
    named or found from the file name's extension. `filter` goes to tarfile's extraction."""
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    filter_kwargs = {} if filter is None else {'filter': filter}
    if format is None:
        format = _find_unpack_format(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    _, unpacker, extra, _ = _UNPACK_FORMATS[format]
    unpacker(filename, extract_dir, **dict(extra), **filter_kwargs)
