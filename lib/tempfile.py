"""Temporary files and directories, as CPython 3.11's tempfile: mkstemp, mkdtemp, mktemp,
NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile, TemporaryDirectory, gettempdir.

Names are made of a prefix, eight random characters from "abcdefghijklmnopqrstuvwxyz0123456789_"
and a suffix, tried until one does not exist yet (a file is created with os.open and O_EXCL, a
directory with os.mkdir). A named temporary file is then opened by its name; TemporaryFile
unlinks the name at once and hands back the open file itself (its `name` is the path that was
used, where CPython's is a file descriptor).
"""

import io as _io
import os as _os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 238328
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def _candidate_tempdir_list():
    dirlist = []
    for envname in "TMPDIR", "TEMP", "TMP":
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        if _os.path.isdir(dir) and _os.access(dir, _os.W_OK | _os.X_OK):
            return dir
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % _candidate_tempdir_list())


def gettempprefix():
    """The default prefix of temporary names."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def gettempdir():
    """The default directory for temporary files."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(gettempdir())


def _wants_bytes(*parts):
    """Whether the name parts given (None for a default) are bytes; str and bytes can't mix."""
    kinds = {isinstance(part, bytes) for part in parts if part is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    return kinds == {True}


def _sanitize_params(prefix, suffix, dir):
    as_bytes = _wants_bytes(prefix, suffix, dir)
    if suffix is None:
        suffix = b"" if as_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else gettempprefix()
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir


def _candidate_names(prefix, suffix, dir):
    """Paths to try (as str, whatever the parts were), TMP_MAX of them, each with fresh
    random characters."""
    prefix, suffix, dir = _os.fsdecode(prefix), _os.fsdecode(suffix), _os.fsdecode(dir)
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + _random_name() + suffix)


def _as_given(path, prefix):
    """An absolute path, as bytes when the name parts were bytes."""
    path = _os.path.abspath(path)
    return _os.fsencode(path) if isinstance(prefix, bytes) else path


# Create the file, fail if it exists, and never follow a symbolic link planted at the name.
_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, "O_NOFOLLOW", 0)


def _create_exclusive(path):
    """An fd for a new file at path, readable and writable by its owner only."""
    return _os.open(path, _CREATE_FLAGS, 0o600)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file, readable and writable only by its owner, and return an open OS-level
    descriptor for it with its absolute path. Closing and removing it are the caller's
    business. `text` makes no difference on POSIX."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, path = _create_unique(prefix, suffix, dir)
    return fd, _as_given(path, prefix)


def _create_unique(prefix, suffix, dir):
    """(descriptor, path) of a new file under the first candidate name nobody holds yet."""
    for path in _candidate_names(prefix, suffix, dir):
        try:
            return _create_exclusive(path), path
        except FileExistsError:
            continue
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory, readable, writable and searchable only by its owner; its absolute
    path is returned, and removing it is the caller's business."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for path in _candidate_names(prefix, suffix, dir):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _as_given(path, prefix)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: something else may take it first)."""
    if dir is None:
        dir = gettempdir()
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


def _create_file(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    """A new file opened with `mode`, and its absolute name."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for path in _candidate_names(prefix, suffix, dir):
        name = _os.path.abspath(path)
        try:
            if "x" in mode:
                # Exclusive creation is the mode's own job.
                file = open(name, mode, buffering, encoding=encoding, errors=errors,
                            newline=newline)
                _os.chmod(name, 0o600)
                return file, name
            _os.close(_create_exclusive(name))
        except FileExistsError:
            continue
        try:
            return open(name, mode, buffering, encoding=encoding, errors=errors,
                        newline=newline), name
        except BaseException:
            _unlink_if_present(name)
            raise
    raise FileExistsError(17, "No usable temporary file name found")


def _unlink_if_present(path):
    try:
        _os.unlink(path)
    except FileNotFoundError:
        pass


class _TemporaryFileWrapper:
    """A file object with a `name` that is removed when it is closed (delete=True), usable as a
    context manager; every other attribute is the file's."""

    def __init__(self, file, name, delete=True):
        self.file, self.name, self.delete = file, name, delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc_info):
        self.close()  # an exception from the block goes on

    def close(self):
        if self._closed:
            return
        self._closed = True
        # The file goes even when closing it fails (and may be gone already).
        try:
            self.file.close()
        finally:
            self._remove_file()

    def _remove_file(self):
        if self.delete:
            _unlink_if_present(self.name)

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), removed when closed if `delete`."""
    file, name = _create_file(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file object whose name is gone from the directory from the start: it is
    opened on its descriptor, which is then its `name`."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, path = _create_unique(prefix, suffix, dir)
    _unlink_if_present(path)
    try:
        return open(fd, mode, buffering, encoding=encoding, errors=errors, newline=newline)
    except BaseException:
        _os.close(fd)
        raise


def _forward_call(method):
    def call(self, *args):
        return getattr(self._file, method)(*args)
    call.__name__ = method
    return call


def _forward_attribute(attribute):
    return property(lambda self: getattr(self._file, attribute))


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (io.BytesIO, or a TextIOWrapper over one in text mode)
    until it grows past max_size or fileno() is asked for; it then moves to a TemporaryFile.
    Most methods and attributes are those of whichever file it currently is."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        in_memory = _io.BytesIO()
        if "b" not in mode:
            in_memory = _io.TextIOWrapper(in_memory, encoding=encoding or "UTF-8",
                                          errors=errors, newline=newline)
        self._file = in_memory
        self._max_size = max_size
        self._rolled = False
        # What the on-disk file will be made with; dropped once it exists.
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering, suffix=suffix,
                                       prefix=prefix, encoding=encoding, newline=newline,
                                       dir=dir, errors=errors)

    def rollover(self):
        """Move the data to a real temporary file (once), keeping the position."""
        if self._rolled:
            return
        memory, position = self._file, self._file.tell()
        disk = TemporaryFile(**self._TemporaryFileArgs)
        if isinstance(memory, _io.BytesIO):
            disk.write(memory.getvalue())
        else:
            disk.write(self._written_text(memory.detach().getvalue()))
        del self._TemporaryFileArgs
        self._file, self._rolled = disk, True
        disk.seek(position, 0)

    def _written_text(self, data):
        """The text whose writing gives `data` again: decoded, and with the newline that
        writing puts for a newline turned back into one."""
        args = self._TemporaryFileArgs
        text = data.decode(args["encoding"] or "UTF-8", args["errors"] or "strict")
        newline = args["newline"]
        if newline in ("\r", "\r\n"):
            text = text.replace(newline, "\n")
        return text

    def _spill_if_large(self):
        if self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def write(self, s):
        count = self._file.write(s)
        self._spill_if_large()
        return count

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._spill_if_large()
        return result

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        if size is None:
            self._file.truncate()
        else:
            self._file.truncate(size)

    def fileno(self):
        # Only a file on disk has a descriptor.
        self.rollover()
        return self._file.fileno()

    @property
    def mode(self):
        # In memory there is no file mode yet: the one the disk file will get.
        file_mode = getattr(self._file, "mode", None)
        return self._TemporaryFileArgs["mode"] if file_mode is None else file_mode

    @property
    def name(self):
        # There is no name until the data is on disk.
        return getattr(self._file, "name", None)

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, *exc_info):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def __next__(self):
        return next(self._file)


for _method in ("close", "detach", "flush", "isatty", "read", "read1", "readable", "readinto",
                "readinto1", "readline", "readlines", "seek", "seekable", "tell", "writable"):
    setattr(SpooledTemporaryFile, _method, _forward_call(_method))
for _attribute in ("closed", "encoding", "errors", "newlines"):
    setattr(SpooledTemporaryFile, _attribute, _forward_attribute(_attribute))
del _method, _attribute


class TemporaryDirectory:
    """A temporary directory (`.name`), removed with everything in it by cleanup() or at the end
    of a `with` block (which gives the name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def cleanup(self):
        if not self._removed and _os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True
