"""Iterate over the lines of several files (or standard input) as one stream.

`input()` makes a module-wide FileInput that the plain functions (`filename()`, `lineno()`, ...)
query; `FileInput` can also be used on its own. With `inplace=True` each file is moved aside to a
backup and standard output is redirected into a fresh file of the original name while its lines
are read, so whatever the loop prints replaces the file's contents.
"""

import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno",
           "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

_state = None  # the FileInput made by input(), which the module functions report on


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
          errors=None):
    """Start iterating over `files` (default: sys.argv[1:], or stdin) and return the FileInput."""
    global _state
    if _state is not None and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding,
                        errors=errors)
    return _state


def _current():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Close the stream started by input()."""
    global _state
    stream, _state = _state, None
    if stream is not None:
        stream.close()


def nextfile():
    """Skip the rest of the current file; the next line read comes from the following one."""
    return _current().nextfile()


def filename():
    """The name of the file the last line came from (None before the first line)."""
    return _current().filename()


def lineno():
    """How many lines have been read, counting every file."""
    return _current().lineno()


def filelineno():
    """How many lines have been read from the current file."""
    return _current().filelineno()


def fileno():
    """The file descriptor of the current file, -1 when none is open."""
    return _current().fileno()


def isfirstline():
    """Whether the last line read was its file's first."""
    return _current().isfirstline()


def isstdin():
    """Whether the last line read came from standard input."""
    return _current().isstdin()


def _file_names(files):
    if isinstance(files, str):
        return (files,)
    if isinstance(files, os.PathLike):
        return (os.fspath(files),)
    if files is None:
        files = sys.argv[1:]
    return tuple(files) if files else ('-',)


class FileInput:
    """The lines of a sequence of files, read one file after another.

    FileInput(files=None, inplace=False, backup='', *, mode='r', openhook=None,
    encoding=None, errors=None)
    """

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        self._pending = _file_names(files)
        self._inplace = inplace
        self._backup = backup
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        if openhook and inplace:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        elif openhook and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._filename = None
        self._lines_before = 0   # lines read from the files finished before the current one
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._output = None          # inplace: the new file standard output now writes to
        self._saved_stdout = None
        self._backupfilename = None

    # -- the stream ---------------------------------------------------------------------------

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        """The next line of the stream; an empty string (bytes) once every file is read."""
        while True:
            if self._file is None:
                if not self._pending:
                    return b'' if 'b' in self._mode else ''
                self._open_next()
            line = self._file.readline()
            if line:
                self._filelineno += 1
                return line
            self.nextfile()

    def _text_options(self):
        if 'b' in self._mode:
            return {}
        return {'encoding': self._encoding or 'locale', 'errors': self._errors}

    def _open_next(self):
        name = self._pending[0]
        self._pending = self._pending[1:]
        self._filename = name
        self._lines_before = self.lineno()
        self._filelineno = 0
        self._isstdin = False
        self._backupfilename = 0
        if name == '-':
            self._filename = '<stdin>'
            self._file = getattr(sys.stdin, 'buffer', sys.stdin) if 'b' in self._mode else sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._open_in_place(name)
        elif self._openhook:
            # Hooks written before 3.10 take no encoding, so it is passed only when given.
            if self._encoding is None:
                self._file = self._openhook(name, self._mode)
            else:
                self._file = self._openhook(name, self._mode, encoding=self._encoding,
                                            errors=self._errors)
        else:
            self._file = open(name, self._mode, **self._text_options())

    def _open_in_place(self, name):
        backup_name = os.fspath(name) + (self._backup or ".bak")
        self._backupfilename = backup_name
        try:
            os.unlink(backup_name)
        except OSError:
            pass
        os.rename(name, backup_name)
        options = self._text_options()
        self._file = open(backup_name, self._mode, **options)
        self._output = open(name, self._mode.replace('r', 'w'), **options)
        try:
            os.chmod(name, os.stat(backup_name).st_mode)
        except OSError:
            pass
        self._saved_stdout = sys.stdout
        sys.stdout = self._output

    def nextfile(self):
        """Close the current file (finishing an in-place rewrite); reading goes on with the next."""
        saved, self._saved_stdout = self._saved_stdout, None
        if saved:
            sys.stdout = saved
        output, self._output = self._output, None
        try:
            output and output.close()
        finally:
            current, self._file = self._file, None
            try:
                if current and not self._isstdin:
                    current.close()
            finally:
                backup_name, self._backupfilename = self._backupfilename, None
                if backup_name and not self._backup:
                    try:
                        os.unlink(backup_name)
                    except OSError:
                        pass
                self._isstdin = False

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = ()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    # -- where the stream is ------------------------------------------------------------------

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lines_before + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isstdin(self):
        return self._isstdin

    def isfirstline(self):
        return self._filelineno == 1

    __class_getitem__ = classmethod(GenericAlias)


def hook_encoded(encoding, errors=None):
    """An openhook that opens every file with the given encoding and error handler."""
    def open_encoded(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return open_encoded


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that reads .gz files through gzip; other files open normally."""
    if os.path.splitext(filename)[1] != '.gz':
        return open(filename, mode, encoding=encoding or 'locale', errors=errors)
    import gzip
    import io
    stream = gzip.open(filename, mode)
    if 'b' not in mode:
        stream = io.TextIOWrapper(stream, encoding=encoding or 'locale', errors=errors)
    return stream
