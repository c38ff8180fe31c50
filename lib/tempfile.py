"""Temporary files and directories, as CPython 3.11's tempfile: mkdtemp, TemporaryDirectory,
NamedTemporaryFile, TemporaryFile, mktemp, gettempdir.

Names are made of a prefix, eight random characters from "abcdefghijklmnopqrstuvwxyz0123456789_"
and a suffix, tried until one does not exist yet (a file is created with exclusive mode 'x', a
directory with os.mkdir). There are no file descriptors here, so mkstemp() and
SpooledTemporaryFile are not provided; a temporary file is removed by name when it is closed.
"""

import os as _os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

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
    return template


def gettempdir():
    """The default directory for temporary files."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory, readable, writable and searchable only by its owner; its absolute
    path is returned, and removing it is the caller's business."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
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
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    create = mode.replace("w", "x") if "w" in mode else "x" + mode.replace("r", "").replace("a", "")
    for seq in range(TMP_MAX):
        name = _os.path.abspath(_os.path.join(dir, prefix + _random_name() + suffix))
        try:
            file = open(name, create, buffering, encoding=encoding, errors=errors, newline=newline)
        except FileExistsError:
            continue
        _os.chmod(name, 0o600)
        return file, name
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
    """A temporary file, removed when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


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
