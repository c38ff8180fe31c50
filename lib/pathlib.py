"""Object-oriented filesystem paths, as CPython 3.11's pathlib on a POSIX system.

PurePath and PurePosixPath compute on path text; Path and PosixPath add the operations that touch
the file system, through os and the builtin open. A path is kept as its drive (always '' here),
its root ('', '/' or '//': POSIX lets two leading slashes mean something else, three or more are
one) and its parts (the root first when there is one, then the names; '.' and empty names are
dropped). The rules that differ between POSIX and Windows path text (separators, drives and
roots, case, what is absolute or reserved) live in two "flavour" objects; PureWindowsPath uses
the Windows one, and WindowsPath (a concrete Windows path) cannot be made on this system.
"""

import fnmatch
import os
import stat as _stat

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_SEP = "/"


def _split_root(part):
    if part and part[0] == _SEP:
        stripped = part.lstrip(_SEP)
        if len(part) - len(stripped) == 2:
            return "", _SEP * 2, stripped
        return "", _SEP, stripped
    return "", "", part


def _parse_parts(parts):
    """(drive, root, parts) of the joined path strings `parts`: a later absolute one restarts."""
    parsed = []
    drv = root = ""
    for part in reversed(parts):
        if not part:
            continue
        drv, root, rel = _split_root(part)
        for name in reversed(rel.split(_SEP)):
            if name and name != ".":
                parsed.append(name)
        if drv or root:
            break
    # Collected last-first; the anchor (when there is one) leads the list.
    anchor = drv + root
    if anchor:
        parsed.append(anchor)
    return drv, root, parsed[::-1]


def _anchored_parts(drv, root, parts):
    # The parts with the anchor split into drive and root, as relative_to compares them.
    return [drv, root] + parts[1:] if root else parts


def _format_parts(drv, root, parts):
    if drv or root:
        return drv + root + _SEP.join(parts[1:])
    return _SEP.join(parts)


def _join_parsed(drv, root, parts, drv2, root2, parts2):
    if root2:
        return drv2, root2, parts2
    return drv, root, parts + parts2


class _PosixFlavour:
    """Path text as POSIX reads it: '/' only, case kept, '//' a root of its own."""

    sep = _SEP
    altsep = ""

    def parse(self, parts):
        return _parse_parts(parts)

    def join(self, drv, root, parts, drv2, root2, parts2):
        return _join_parsed(drv, root, parts, drv2, root2, parts2)

    def format(self, drv, root, parts):
        return _format_parts(drv, root, parts)

    def casefold_parts(self, parts):
        return parts

    def casefold(self, text):
        return text

    def is_absolute(self, drv, root):
        return bool(root)

    def is_reserved(self, parts):
        return False

    def uri(self, path):
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(bytes(path))


_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Device names Windows keeps for itself, whatever the directory or extension.
_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [kind + digit for kind in ("COM", "LPT") for digit in "123456789\xb9\xb2\xb3"])


def _strip_long_prefix(part):
    r"""('\\?\' or '\\?\UNC', the rest) for an extended-length path; a '\\?\UNC\server'
    path goes on as '\\server'."""
    if not part.startswith("\\\\?\\"):
        return "", part
    prefix, rest = part[:4], part[4:]
    if rest.startswith("UNC\\"):
        return prefix + rest[:3], "\\" + rest[3:]
    return prefix, rest


def _split_windows_anchor(part):
    r"""(drive, root, rest) of one path string with backslashes only. Drives are 'X:' or a
    UNC share '\\server\share' (which always has the root '\')."""
    prefix, part = _strip_long_prefix(part) if part[:2] == "\\\\" else ("", part)
    if part[:2] == "\\\\" and part[2:3] != "\\":
        server_end = part.find("\\", 2)
        share_end = part.find("\\", server_end + 1) if server_end >= 0 else -1
        # '\\server\\share' (an empty share name) is not UNC.
        if server_end >= 0 and share_end != server_end + 1:
            if share_end < 0:
                share_end = len(part)
            share = part[1:share_end] if prefix else part[:share_end]
            return prefix + share, "\\", part[share_end + 1:]
    drive = ""
    if part[1:2] == ":" and part[:1] and part[:1] in _ASCII_LETTERS:
        drive, part = part[:2], part[2:]
    root = ""
    if part[:1] == "\\":
        root, part = "\\", part.lstrip("\\")
    return prefix + drive, root, part


class _WindowsFlavour:
    r"""Path text as Windows reads it: '\' and '/' both separate, drives ('C:', UNC shares),
    names compared without case."""

    sep = "\\"
    altsep = "/"

    def parse(self, parts):
        names = []
        drv = root = ""
        # From the last argument back: an anchored one ends the walk, since everything
        # before it is replaced (only a drive may still come from further back).
        remaining = [p.replace("/", "\\") for p in parts if p][::-1]
        while remaining:
            drv, root, rel = _split_windows_anchor(remaining.pop(0))
            names.extend(name for name in reversed(rel.split("\\")) if name and name != ".")
            if drv or root:
                if not drv:
                    drv = next((d for d in (_split_windows_anchor(p)[0] for p in remaining) if d), "")
                break
        if drv or root:
            names.append(drv + root)
        return drv, root, names[::-1]

    def join(self, drv, root, parts, drv2, root2, parts2):
        if root2:
            # An absolute path without a drive lands on the first path's drive.
            if drv and not drv2:
                return drv, root2, [drv + root2] + parts2[1:]
            return drv2, root2, parts2
        if not drv2:
            return drv, root, parts + parts2
        if drv2.lower() == drv.lower():
            # 'C:x' after 'c:\y' goes on from 'c:\y'.
            return drv, root, parts + parts2[1:]
        return drv2, root2, parts2

    def format(self, drv, root, parts):
        if drv or root:
            return drv + root + "\\".join(parts[1:])
        return "\\".join(parts)

    def casefold_parts(self, parts):
        return [part.lower() for part in parts]

    def casefold(self, text):
        return text.lower()

    def is_absolute(self, drv, root):
        return bool(drv and root)

    def is_reserved(self, parts):
        if not parts or parts[0].startswith("\\\\"):
            return False  # nothing on a share is a device
        base = parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return base.upper() in _WINDOWS_DEVICES

    def uri(self, path):
        from urllib.parse import quote_from_bytes
        drive = path.drive
        if len(drive) == 2 and drive[1] == ":":
            rest = path.as_posix()[2:].lstrip("/")
            return "file:///" + drive + "/" + quote_from_bytes(rest.encode("utf-8"))
        return "file:" + quote_from_bytes(path.as_posix().encode("utf-8"))


_POSIX_FLAVOUR = _PosixFlavour()
_WINDOWS_FLAVOUR = _WindowsFlavour()


def _glob_components(pattern):
    """A glob pattern as a tuple of components; a trailing slash adds an empty one, which
    keeps directories only."""
    drv, root, components = _parse_parts((pattern,))
    if drv or root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    if pattern.endswith(_SEP):
        components.append("")
    return tuple(components)


def _is_wildcard_pattern(pat):
    return "*" in pat or "?" in pat or "[" in pat


class _PathParents:
    """The logical ancestors of a path, nearest first: `p.parents[0]` is `p.parent`."""

    __slots__ = ("_pathcls", "_drv", "_root", "_parts")

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv, self._root, self._parts = path._drv, path._root, path._parts

    def __len__(self):
        # The anchor ('/') is a part but not an ancestor of its own.
        anchored = 1 if (self._drv or self._root) else 0
        return len(self._parts) - anchored

    def __getitem__(self, idx):
        count = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(count)))
        if not -count <= idx < count:
            raise IndexError(idx)
        depth = idx + 1 if idx >= 0 else idx + count + 1
        return self._pathcls._from_parsed_parts(self._drv, self._root, self._parts[:-depth])

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __repr__(self):
        return f"<{self._pathcls.__name__}.parents>"


class PurePath:
    """A path that never touches the file system. PurePath(...) makes a PurePosixPath."""

    __slots__ = ("_drv", "_root", "_parts", "_str", "_hash")
    _flavour = _POSIX_FLAVOUR

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        # Rebuilt from its parts, so the cached string and hash are not pickled.
        return (type(self), tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        strings = []
        for arg in args:
            if isinstance(arg, PurePath):
                strings.extend(arg._parts)
                continue
            text = os.fspath(arg)
            if not isinstance(text, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(text))
            strings.append(str(text))
        return cls._flavour.parse(strings)

    @classmethod
    def _from_parts(cls, args):
        return cls._from_parsed_parts(*cls._parse_args(args))

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        path = object.__new__(cls)
        path._drv, path._root, path._parts = drv, root, parts
        return path

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join(self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        # Formatted on first use and kept (paths are immutable).
        try:
            text = self._str
        except AttributeError:
            text = self._str = self._flavour.format(self._drv, self._root, self._parts) or "."
        return text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, "/")

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.uri(self)

    @property
    def _cparts(self):
        # The parts as they compare: without case on Windows.
        return self._flavour.casefold_parts(self._parts)

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._cparts == other._cparts

    def __hash__(self):
        # Computed once: a path never changes.
        if not hasattr(self, '_hash'):
            self._hash = hash(tuple(self._cparts))
        return self._hash

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix ('C:', a UNC share; always empty on POSIX)."""
        return self._drv

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """Drive and root together ('' for a relative path)."""
        return self._drv + self._root

    @property
    def name(self):
        """The last component, or '' when there is none beyond the anchor."""
        anchored = 1 if (self._drv or self._root) else 0
        return self._parts[-1] if len(self._parts) > anchored else ""

    @property
    def suffix(self):
        """The final component's last suffix, if any (the dot included)."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """Every suffix of the last component, in order (e.g. ['.tar', '.gz'])."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + suffix for suffix in name.split(".")[1:]]

    @property
    def stem(self):
        """The last component without its final suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """A new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        flavour = self._flavour
        drv, root, parts = flavour.parse((name,))
        if (not name or name[-1] in (flavour.sep, flavour.altsep) or drv or root
                or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the file suffix changed (or added); '' removes it."""
        flavour = self._flavour
        has_separator = flavour.sep in suffix or (flavour.altsep and flavour.altsep in suffix)
        if has_separator or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        stem = name[:len(name) - len(self.suffix)]
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [stem + suffix])

    def relative_to(self, *other):
        """This path relative to the one the arguments make; ValueError when it is not below
        it (or one of the two is absolute and the other not)."""
        if not other:
            raise TypeError("need at least one argument")
        mine = _anchored_parts(self._drv, self._root, self._parts)
        to_drv, to_root, to_parts = self._parse_args(other)
        base = _anchored_parts(to_drv, to_root, to_parts)
        depth = len(base)
        fold = self._flavour.casefold_parts
        outside = (self._root or self._drv) if depth == 0 else fold(mine[:depth]) != fold(base)
        if outside:
            shown = self._flavour.format(to_drv, to_root, to_parts)
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(shown)!r}"
                             " OR one path is relative and the other is absolute.")
        return self._from_parsed_parts("", self._root if depth == 1 else "", mine[depth:])

    def is_relative_to(self, *other):
        """True when relative_to() with these arguments would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    @property
    def parts(self):
        """The components of the path, the root first when there is one."""
        return tuple(self._parts)

    def joinpath(self, *args):
        """The path joined with each of the arguments in turn."""
        return self._make_child(args)

    def __truediv__(self, key):
        # A key that is not a path or a str lets the other operand try.
        try:
            child = self._make_child((key,))
        except TypeError:
            return NotImplemented
        return child

    def __rtruediv__(self, key):
        try:
            joined = self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented
        return joined

    @property
    def parent(self):
        """The logical parent of the path (the anchor is its own parent)."""
        if len(self._parts) == 1 and (self._drv or self._root):
            return self
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1])

    @property
    def parents(self):
        """The ancestors of the path as a sequence, nearest first."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (a root, and on Windows a drive as well)."""
        return self._flavour.is_absolute(self._drv, self._root)

    def is_reserved(self):
        """True if the path names a device Windows reserves (never on POSIX)."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """True if the path matches the glob pattern, compared part by part from the right;
        an absolute pattern must match the whole path."""
        fold = self._flavour.casefold
        drv, root, pattern_parts = self._flavour.parse((fold(path_pattern),))
        if not pattern_parts:
            raise ValueError("empty pattern")
        if (drv and drv != fold(self._drv)) or (root and root != fold(self._root)):
            return False
        parts = self._cparts
        if drv or root:
            if len(pattern_parts) != len(parts):
                return False
            pattern_parts = pattern_parts[1:]  # the anchors matched above
        elif len(pattern_parts) > len(parts):
            return False
        return all(fnmatch.fnmatchcase(part, pattern)
                   for part, pattern in zip(reversed(parts), reversed(pattern_parts)))


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""

    __slots__ = ()


class PureWindowsPath(PurePath):
    """A PurePath with Windows semantics (usable on any system)."""

    __slots__ = ()
    _flavour = _WINDOWS_FLAVOUR


# ---------------------------------------------------------------------------------------------
# Globbing (the selectors of CPython's pathlib)

class _DirEntry:
    """What a scandir entry tells the selectors: the name, and whether it is a directory or a link."""

    __slots__ = ("name", "_path")

    def __init__(self, directory, name):
        self.name = name
        self._path = os.path.join(directory, name)

    def is_dir(self):
        return os.path.isdir(self._path)

    def is_symlink(self):
        return os.path.islink(self._path)


def _scandir(path):
    directory = str(path)
    return [_DirEntry(directory, name) for name in os.listdir(directory)]


def _glob_from(base, components):
    """The paths below `base` that match the pattern components, in the order CPython finds
    them: depth first, each directory's entries in the file system's listing order."""
    # CPython builds its whole matcher before it looks at the file system, so a bad pattern
    # fails even where nothing would match; its two odd failures for degenerate patterns
    # ('.' and './') are kept as well.
    if not components:
        raise IndexError("tuple index out of range")
    if not components[0]:
        raise AttributeError("'_TerminatingSelector' object has no attribute 'select_from'")
    for component in components:
        if not component:
            break
        if component != "**" and "**" in component:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if not base.is_dir():
        return iter([])
    return _glob_step(base, components, 0)


def _glob_step(base, components, at):
    """Paths below the directory `base` that match components[at:]. An empty component (from
    a trailing slash) or the end of the pattern accepts `base` itself."""
    if at == len(components) or not components[at]:
        yield base
        return
    component = components[at]
    if component == "**":
        yield from _glob_anywhere(base, components, at + 1)
        return
    # With more components to come, only a directory can lead anywhere.
    need_dir = at + 1 < len(components)
    try:
        if not _is_wildcard_pattern(component):
            child = base._make_child_relpath(component)
            if child.is_dir() if need_dir else child.exists():
                yield from _glob_step(child, components, at + 1)
            return
        for entry in _scandir(base):
            if need_dir and not entry.is_dir():
                continue
            if fnmatch.fnmatchcase(entry.name, component):
                yield from _glob_step(base._make_child_relpath(entry.name), components, at + 1)
    except PermissionError:
        return  # an unreadable directory simply has no matches


def _glob_anywhere(base, components, at):
    """'**': components[at:] matched from `base` and from every directory below it, with
    each resulting path reported once."""
    reported = set()
    for top in _walk_directories(base):
        for path in _glob_step(top, components, at):
            if path not in reported:
                reported.add(path)
                yield path


def _walk_directories(top):
    """`top`, then every directory below it (symlinks are not entered), depth first."""
    yield top
    try:
        for entry in _scandir(top):
            if entry.is_dir() and not entry.is_symlink():
                yield from _walk_directories(top._make_child_relpath(entry.name))
    except PermissionError:
        return


# ---------------------------------------------------------------------------------------------
# Concrete paths

class Path(PurePath):
    """A PurePath that can also do file-system operations. Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    @classmethod
    def cwd(cls):
        """A new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """A new path pointing to the user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """True if other_path is the same file as this one (as os.path.samefile())."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:  # a str or other os.PathLike rather than a Path
            theirs = type(self)(other_path).stat()
        return (mine.st_ino, mine.st_dev) == (theirs.st_ino, theirs.st_dev)

    def iterdir(self):
        """The paths of the directory's entries ('.' and '..' left out)."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        """The existing paths under this one that match the relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        yield from _glob_from(self, _glob_components(pattern))

    def rglob(self, pattern):
        """glob() with '**/' added in front of the pattern."""
        yield from _glob_from(self, ("**",) + _glob_components(pattern))

    def absolute(self):
        """The path made absolute against the current directory, not normalised."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The path made absolute, with symlinks resolved and '..' removed."""
        if strict:
            _check_components_exist(str(self))
        p = self._from_parts((os.path.realpath(self),))
        if strict:
            p.stat()
        return p

    def stat(self, *, follow_symlinks=True):
        """The result of os.stat() on the path."""
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        """os.lstat(): like stat(), about a symlink itself."""
        return os.lstat(self)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file the path points to, as the builtin open() does."""
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Write bytes to the file (replacing it); the number of bytes written."""
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write str to the file (replacing it); the number of characters written."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist, else update its modification time."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            os.utime(self, None)
            return
        with open(self, "a"):
            pass
        if mode != 0o666:
            os.chmod(self, mode & ~_umask())

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a directory at the path (and its missing parents, with parents=True)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            # A missing parent: make it first when asked to, then try again.
            parent = self.parent
            if not parents or parent == self:
                raise
            parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, exist_ok=exist_ok)
        except OSError:
            # Already there: fine for a directory when exist_ok says so.
            if not (exist_ok and self.is_dir()):
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Set the permission bits of the path (os.chmod)."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() of a symlink itself (which Linux cannot do)."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link (missing_ok: no error when it does not exist)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if missing_ok:
                return
            raise

    def rmdir(self):
        """Remove the empty directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename the file or directory to target; the new Path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename to target, replacing it if it exists; the new Path."""
        os.replace(self, target)
        return self.__class__(target)

    def exists(self):
        """Whether the path exists."""
        try:
            self.stat()
        except (OSError, ValueError):  # ValueError: a path the OS cannot take, e.g. with NUL
            return False
        return True

    def is_dir(self):
        """Whether the path is a directory (or a symlink to one)."""
        return os.path.isdir(self)

    def is_file(self):
        """Whether the path is a regular file (or a symlink to one)."""
        return os.path.isfile(self)

    def is_mount(self):
        """Whether the path is a mount point."""
        return os.path.ismount(self)

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return os.path.islink(self)

    def _has_file_type(self, type_test):
        # A path that is missing (or cannot be looked at) has no type at all.
        try:
            mode = self.stat().st_mode
        except ValueError:
            return False
        except OSError as e:
            if e.errno in _MISSING_ERRNOS:
                return False
            raise
        return type_test(mode)

    def is_fifo(self):
        """Whether the path is a FIFO (named pipe)."""
        return self._has_file_type(_stat.S_ISFIFO)

    def is_socket(self):
        """Whether the path is a Unix socket."""
        return self._has_file_type(_stat.S_ISSOCK)

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._has_file_type(_stat.S_ISBLK)

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._has_file_type(_stat.S_ISCHR)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link pointing to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to the same file as target."""
        os.link(target, self)

    def link_to(self, target):
        """Make target a hard link to this path (deprecated: use hardlink_to)."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for removal in "
                      "Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(self, target)

    def readlink(self):
        """The path the symbolic link points to."""
        return self._from_parts((os.readlink(self),))

    def owner(self):
        """The user name of the file's owner."""
        uid = self.stat().st_uid
        name = _account_name("/etc/passwd", uid)
        if name is None:
            raise KeyError(f"getpwuid(): uid not found: {uid}")
        return name

    def group(self):
        """The name of the file's group."""
        gid = self.stat().st_gid
        name = _account_name("/etc/group", gid)
        if name is None:
            raise KeyError(f"getgrgid(): gid not found: {gid}")
        return name

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        first = self._parts[0] if self._parts else ""
        if self._drv or self._root or not first.startswith("~"):
            return self
        home = os.path.expanduser(first)
        if home.startswith("~"):
            raise RuntimeError("Could not determine home directory.")
        return self._from_parts([home] + self._parts[1:])


# errno values that mean "no such file" for the is_*() tests: ENOENT, ENOTDIR, EBADF, ELOOP.
_MISSING_ERRNOS = (2, 20, 9, 40)


def _account_name(database, number):
    """The name on the line of /etc/passwd or /etc/group whose third field is `number`."""
    try:
        with open(database, encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) > 2 and fields[2] == str(number):
                    return fields[0]
    except OSError:
        pass
    return None


def _check_components_exist(text, here="", links=None):
    """Look at each leading piece of a path as written, so that the first one missing is
    reported under the name realpath() reaches it by: relative stays relative, '..' steps
    back over what came before, a symbolic link goes on from its target. Returns where the
    walk ended (None once a link loop is met: the final stat() reports that)."""
    links = set() if links is None else links
    if text.startswith(_SEP):
        here = _SEP
    for name in text.split(_SEP):
        if not name or name == ".":
            continue
        if name == "..":
            head, tail = os.path.split(here)
            here = os.path.join(here, "..", "..") if tail == ".." else (head if here else "..")
            continue
        step = os.path.join(here, name) if here else name
        if not _stat.S_ISLNK(os.lstat(step).st_mode):
            here = step
            continue
        if step in links:
            return None
        links.add(step)
        here = _check_components_exist(os.readlink(step), here, links)
        if here is None:
            return None
    return here


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


class PosixPath(Path, PurePosixPath):
    """A Path with POSIX semantics."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths cannot be made on this system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
