"""Constants and tests for the st_mode of os.stat() results: the file-type bits (S_IFDIR, ...) and
their tests (S_ISDIR, ...), the permission bits, and filemode() for `ls -l`'s column."""

ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0


def S_IMODE(mode):
    """The permission bits of mode (what os.chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of mode."""
    return mode & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attributes (as st_file_attributes reports them).
FILE_ATTRIBUTE_ARCHIVE = 0x00020
FILE_ATTRIBUTE_COMPRESSED = 0x00800
FILE_ATTRIBUTE_DEVICE = 0x00040
FILE_ATTRIBUTE_DIRECTORY = 0x00010
FILE_ATTRIBUTE_ENCRYPTED = 0x04000
FILE_ATTRIBUTE_HIDDEN = 0x00002
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x08000
FILE_ATTRIBUTE_NORMAL = 0x00080
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x02000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000
FILE_ATTRIBUTE_OFFLINE = 0x01000
FILE_ATTRIBUTE_READONLY = 0x00001
FILE_ATTRIBUTE_REPARSE_POINT = 0x00400
FILE_ATTRIBUTE_SPARSE_FILE = 0x00200
FILE_ATTRIBUTE_SYSTEM = 0x00004
FILE_ATTRIBUTE_TEMPORARY = 0x00100
FILE_ATTRIBUTE_VIRTUAL = 0x10000

# The type letter, then for each of user, group and other: r, w, and x (or the special bit's
# letter, capital when the execute bit is off).
_TYPE_LETTERS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
                 (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"))


def _permission_letters(mode, read, write, execute, special, special_letter):
    letters = ("r" if mode & read else "-") + ("w" if mode & write else "-")
    if mode & special:
        return letters + (special_letter if mode & execute else special_letter.upper())
    return letters + ("x" if mode & execute else "-")


def filemode(mode):
    """mode as `ls -l` shows it, e.g. '-rw-r--r--'."""
    kind = "?"
    for bits, letter in _TYPE_LETTERS:
        if mode & 0o170000 == bits:
            kind = letter
            break
    return (kind
            + _permission_letters(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s")
            + _permission_letters(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s")
            + _permission_letters(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t"))
