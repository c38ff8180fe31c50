"""Reading and writing tar archives, as CPython 3.11's tarfile.

An archive is a sequence of 512-byte header blocks, each followed by the member's data padded
to a whole block, and ends with two zero blocks (the file is then padded to a 10240-byte
record). Three header formats are written: ustar (long names split into a prefix), GNU (long
names in a preceding '././@LongLink' member) and pax, the default (anything ustar cannot hold
goes in a preceding '././@PaxHeader' member of "length key=value" records). Compression is
gzip only (through the gzip module); bz2 and xz archives are recognised but cannot be opened.
"""

import copy
import io
import os
import re
import stat
import sys
import time

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError",
           "StreamError", "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT",
           "GNU_FORMAT", "PAX_FORMAT", "DEFAULT_FORMAT", "open", "fully_trusted_filter",
           "data_filter", "tar_filter", "FilterError", "AbsoluteLinkError",
           "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

_builtin_open = open

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

# Member types (the header's type flag).
REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE,
                   BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

# The pax keywords that set a TarInfo attribute, and how the numeric ones are read.
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int, "gid": int,
                     "size": int}

ENCODING = sys.getfilesystemencoding()

# Regular-file permission bits of a mode.
_PERMISSIONS = 0o7777


# ---------------------------------------------------------------------------------------------
# Header fields

def stn(s, length, encoding, errors):
    """A text field: encoded, cut to `length` bytes and padded with NULs."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)
    return raw[:length].ljust(length, NUL)


def nts(s, encoding, errors):
    """A text field read back: up to its first NUL, decoded."""
    end = s.find(NUL)
    return (s if end < 0 else s[:end]).decode(encoding, errors)


def nti(s):
    """A number field read back: octal digits, or GNU's base-256 form (first byte 0x80 for a
    positive number, 0xff for a negative one)."""
    if s[0] in (0x80, 0xff):
        value = int.from_bytes(s[1:], "big")
        if s[0] == 0xff:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        digits = nts(s, "ascii", "strict").strip()
        return int(digits or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header") from None


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number field of `digits` bytes: octal digits and a NUL, or base-256 in GNU format
    for what octal cannot hold."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return b"%0*o" % (digits - 1, n) + NUL
    span = 256 ** (digits - 1)
    if format == GNU_FORMAT and -span <= n < span:
        lead = 0x80 if n >= 0 else 0xff
        return bytearray([lead]) + (n % span).to_bytes(digits - 1, "big")
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """(unsigned, signed) header checksums: every byte summed with the checksum field counted
    as eight spaces. Some old tars summed signed chars, so both are accepted on reading."""
    counted = bytes(buf[:148]) + bytes(buf[156:512])
    unsigned = 256 + sum(counted)
    signed = 256 + sum(b - 256 if b > 127 else b for b in counted)
    return unsigned, signed


def _padding(size):
    """The NULs that take `size` bytes up to a whole number of blocks."""
    return NUL * (-size % BLOCKSIZE)


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy `length` bytes (all, when None) from src to dst; a short source raises
    `exception`."""
    step = bufsize or 16 * 1024
    left = length
    while left is None or left > 0:
        want = step if left is None else min(step, left)
        chunk = src.read(want)
        if left is None and not chunk:
            return
        dst.write(chunk)
        if left is not None:
            if len(chunk) < want:
                raise exception("unexpected end of data")
            left -= want


def _account_field(database, index, match_index, wanted):
    """Field `index` of the first /etc/passwd or /etc/group line whose field `match_index`
    equals `wanted`; None when there is none."""
    try:
        with _builtin_open(database, encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) > max(index, match_index) and fields[match_index] == str(wanted):
                    return fields[index]
    except OSError:
        pass
    return None


# ---------------------------------------------------------------------------------------------
# Exceptions

class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


class FilterError(TarError):
    """A member an extraction filter refuses."""


def _refuse(error, tarinfo, message, path=None):
    # Every filter error carries the member; those about a place also carry that path.
    error.tarinfo = tarinfo
    if path is not None:
        error._path = path
    FilterError.__init__(error, message)


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        _refuse(self, tarinfo, f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        _refuse(self, tarinfo, f'{tarinfo.name!r} would be extracted to {path!r}, which is '
                'outside the destination', path)


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        _refuse(self, tarinfo, f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        _refuse(self, tarinfo, f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        _refuse(self, tarinfo, f'{tarinfo.name!r} would link to {path!r}, which is outside '
                'the destination', path)


# ---------------------------------------------------------------------------------------------
# Extraction filters

def _inside(path, top):
    return os.path.commonpath([path, top]) == top


def _filtered_changes(member, dest_path, for_data):
    """The attributes a filter changes on `member` (a dict for TarInfo.replace), or a
    FilterError for a member it refuses."""
    changes = {}
    top = os.path.realpath(dest_path)
    name = member.name
    if name.startswith("/"):
        name = changes["name"] = member.path.lstrip("/")
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    landing = os.path.realpath(os.path.join(top, name))
    if not _inside(landing, top):
        raise OutsideDestinationError(member, landing)
    mode = member.mode
    if mode is not None:
        # Never set-id bits or write access for group and others.
        mode &= 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111  # no one may execute what its owner cannot
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None  # left as the system makes them
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes["mode"] = mode
    if not for_data:
        return changes
    for owner_field in ("uid", "gid", "uname", "gname"):
        if getattr(member, owner_field) is not None:
            changes[owner_field] = None
    if member.islnk() or member.issym():
        if os.path.isabs(member.linkname):
            raise AbsoluteLinkError(member)
        base = os.path.join(top, os.path.dirname(name)) if member.issym() else top
        points_to = os.path.realpath(os.path.join(base, member.linkname))
        if not _inside(points_to, top):
            raise LinkOutsideDestinationError(member, points_to)
    return changes


def fully_trusted_filter(member, dest_path):
    """Extract the member as it is."""
    return member


def tar_filter(member, dest_path):
    """Refuse absolute names and names outside the destination; drop special mode bits."""
    changes = _filtered_changes(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    """tar_filter, and also refuse special files and links leaving the destination, and
    drop ownership and odd permissions."""
    changes = _filtered_changes(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}

_KEEP = object()
_FAILED = object()


# ---------------------------------------------------------------------------------------------
# Members

class TarInfo(object):
    """One archive member: its header fields, and where its header and data are."""

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self.tarfile = None
        self._link_target = None

    # pax calls the name "path" and the link name "linkpath".
    path = property(lambda self: self.name, lambda self, value: setattr(self, "name", value),
                    doc='In pax headers, "name" is called "path".')
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value),
                        doc='In pax headers, "linkname" is called "linkpath".')

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP, uid=_KEEP,
                gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True, _KEEP=_KEEP):
        """A copy (deep unless deep=False) with the given attributes changed."""
        result = copy.deepcopy(self) if deep else copy.copy(self)
        changes = dict(name=name, mtime=mtime, mode=mode, linkname=linkname, uid=uid, gid=gid,
                       uname=uname, gname=gname)
        for attribute, value in changes.items():
            if value is not _KEEP:
                setattr(result, attribute, value)
        return result

    def get_info(self):
        """The header fields as a dict (a directory's name ends with '/')."""
        info = {attribute: getattr(self, attribute) for attribute in (
            "name", "mode", "uid", "gid", "size", "mtime", "chksum", "type", "linkname",
            "uname", "gname", "devmajor", "devminor")}
        if info["mode"] is not None:
            info["mode"] &= _PERMISSIONS
        if info["type"] == DIRTYPE and info["name"][-1:] != "/":
            info["name"] = info["name"] + "/"  # a directory's name ends with a slash
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header block(s) of the member in the given format."""
        info = self.get_info()
        for field, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % field)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        size = lambda field: len(info[field].encode(encoding, errors))
        if size("linkname") > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if size("name") > LENGTH_NAME:
            # The name goes in two fields, split at a slash.
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        info["magic"] = POSIX_MAGIC
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        leading = b""
        # Long values go in members of their own ahead of the real header.
        for field, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                   ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[field].encode(encoding, errors)) > limit:
                leading += self._create_gnu_long_header(info[field], kind, encoding, errors)
        return leading + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        records = dict(self.pax_headers)
        # Text ustar can't hold (too long, or not ASCII) goes in a record, unless one exists.
        for field, keyword, limit in (("name", "path", LENGTH_NAME),
                                      ("linkname", "linkpath", LENGTH_LINK),
                                      ("uname", "uname", 32), ("gname", "gname", 32)):
            if keyword in records:
                continue
            value = info[field]
            if not value.isascii() or len(value) > limit:
                records[keyword] = value
        # So do numbers out of the octal field's range, and fractional times: the header then
        # holds 0 or the rounded value.
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[field]
            whole = round(value) if isinstance(value, float) else value
            if 0 <= whole < 8 ** (digits - 1):
                if not isinstance(value, float):
                    continue
                info[field] = whole
            else:
                info[field] = 0
            if field not in records:
                records[field] = str(value)
        leading = self._create_pax_generic_header(records, XHDTYPE, encoding) if records else b""
        return leading + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """(prefix, name) for a name too long for ustar's name field, split at a slash."""
        pieces = name.split("/")
        fits = lambda text, limit: len(text.encode(encoding, errors)) <= limit
        for cut in range(1, len(pieces)):
            head, tail = "/".join(pieces[:cut]), "/".join(pieces[cut:])
            if fits(head, LENGTH_PREFIX) and fits(tail, LENGTH_NAME):
                return head, tail
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One 512-byte header block for the fields in `info`."""
        kind = info.get("type", REGTYPE)
        if kind is None:
            raise ValueError("TarInfo.type must not be None")
        if kind in (CHRTYPE, BLKTYPE):
            device = itn(info.get("devmajor", 0), 8, format) + itn(info.get("devminor", 0), 8, format)
        else:
            device = NUL * 16
        text = lambda field, width: stn(info.get(field, ""), width, encoding, errors)
        number = lambda value, width: itn(value, width, format)
        block = b"".join([
            text("name", 100),
            number(info.get("mode", 0) & _PERMISSIONS, 8),
            b"".join(number(info.get(field, 0), width)
                     for field, width in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12))),
            b" " * 8,  # the checksum, counted as spaces
            kind,
            text("linkname", 100),
            info.get("magic", POSIX_MAGIC),
            text("uname", 32) + text("gname", 32),
            device,
            text("prefix", 155),
        ])
        block = block[:BLOCKSIZE].ljust(BLOCKSIZE, NUL)
        checksum = b"%06o" % calc_chksums(block)[0] + NUL
        return block[:148] + checksum + block[155:]

    @staticmethod
    def _create_payload(payload):
        return payload + _padding(len(payload))

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + cls._create_payload(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """A pax header member holding `pax_headers` as records."""
        # A value that is not valid UTF-8 text (surrogate escapes) makes the whole header binary.
        binary = any(not _encodes(value, "utf-8") for value in pax_headers.values())
        records = [b"21 hdrcharset=BINARY\n"] if binary else []
        for keyword, value in pax_headers.items():
            key = keyword.encode("utf-8")
            raw = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
            records.append(_pax_record(key, raw))
        data = b"".join(records)
        info = {"name": "././@PaxHeader", "type": type, "size": len(data), "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + cls._create_payload(data)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one header block."""
        if len(buf) != BLOCKSIZE:
            raise EmptyHeaderError("empty header") if not buf else TruncatedHeaderError("truncated header")
        if not buf.strip(NUL):
            raise EOFHeaderError("end of file header")
        checksum = nti(buf[148:156])
        if checksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        member = cls()
        member.name = nts(buf[0:100], encoding, errors)
        member.mode = nti(buf[100:108])
        member.uid = nti(buf[108:116])
        member.gid = nti(buf[116:124])
        member.size = nti(buf[124:136])
        member.mtime = nti(buf[136:148])
        member.chksum = checksum
        member.type = buf[156:157]
        member.linkname = nts(buf[157:257], encoding, errors)
        member.uname = nts(buf[265:297], encoding, errors)
        member.gname = nts(buf[297:329], encoding, errors)
        member.devmajor = nti(buf[329:337])
        member.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        # Old tars mark a directory only by the trailing slash of a regular file's name.
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE
        if member.isdir():
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = prefix + "/" + member.name
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of `tarfile`, read from its current position."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        member = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        member.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return member._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._data_span()
        # Global pax records apply to every member after them.
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        self.name = self.name.rstrip("/") if self.isdir() else self.name
        return self

    def _data_span(self):
        """Bytes of data blocks after the header (only files and unknown types have any)."""
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            return self._block(self.size)
        return 0

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        """A GNU long name or link member: its data is the value for the member after it."""
        data = tarfile.fileobj.read(self._block(self.size))
        member = self._next_header(tarfile)
        member.offset = self.offset
        value = nts(data, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            member.name = value
        else:
            member.linkname = value
        if member.isdir():
            member.name = member.name.removesuffix("/")
        return member

    def _proc_pax(self, tarfile):
        """A pax header member: records for the next member (or, global, for all after it)."""
        data = tarfile.fileobj.read(self._block(self.size))
        records = tarfile.pax_headers if self.type == XGLTYPE else dict(tarfile.pax_headers)
        charset = re.search(br"\d+ hdrcharset=([^\n]+)\n", data)
        if charset is not None:
            records["hdrcharset"] = charset.group(1).decode("utf-8")
        names_encoding = tarfile.encoding if records.get("hdrcharset") == "BINARY" else "utf-8"
        position = 0
        record_start = re.compile(br"(\d+) ([^=]+)=")
        while True:
            found = record_start.match(data, position)
            if not found:
                break
            length = int(found.group(1))
            if length == 0:
                raise InvalidHeaderError("invalid header")
            raw_value = data[found.end(2) + 1:found.start(1) + length - 1]
            keyword = _decode_pax(found.group(2), "utf-8", "utf-8", tarfile.errors)
            if keyword in PAX_NAME_FIELDS:
                value = _decode_pax(raw_value, names_encoding, tarfile.encoding, tarfile.errors)
            else:
                value = _decode_pax(raw_value, "utf-8", "utf-8", tarfile.errors)
            records[keyword] = value
            position += length
        member = self._next_header(tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            member._apply_pax_info(records, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in records:
                tarfile.offset = member.offset_data + member._data_span()
        return member

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(value)
            elif keyword == "GNU.sparse.name":
                self.path = value
            elif keyword in PAX_FIELDS:
                setattr(self, keyword, _pax_value(keyword, value))
        self.pax_headers = dict(pax_headers)

    def _block(self, count):
        """`count` rounded up to whole blocks."""
        return count + (-count % BLOCKSIZE)

    def isdev(self):
        """Whether it is a character or block device or a FIFO."""
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)

    def issparse(self):
        return self.sparse is not None

    def isreg(self):
        """Whether it is a regular file."""
        return self.type in REGULAR_TYPES

    isfile = isreg

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE


def _pax_value(keyword, text):
    """A pax record's value as the attribute holds it (a number that is not one is 0)."""
    convert = PAX_NUMBER_FIELDS.get(keyword)
    if convert is not None:
        try:
            return convert(text)
        except ValueError:
            return 0
    return text.rstrip("/") if keyword == "path" else text


def _encodes(text, encoding):
    try:
        text.encode(encoding, "strict")
    except UnicodeEncodeError:
        return False
    return True


def _pax_record(keyword, value):
    """'<length> keyword=value\\n', where length counts the record's own digits too."""
    body = len(keyword) + len(value) + 3  # space, '=' and newline
    length = body
    while len(str(length)) + body != length:
        length = len(str(length)) + body
    return str(length).encode("ascii") + b" " + keyword + b"=" + value + b"\n"


def _decode_pax(raw, encoding, fallback_encoding, fallback_errors):
    try:
        return raw.decode(encoding, "strict")
    except UnicodeDecodeError:
        return raw.decode(fallback_encoding, fallback_errors)


class ExFileObject(io.BytesIO):
    """A member's data as a read-only file object (extractfile())."""

    def __init__(self, tarfile, tarinfo):
        source = tarfile.fileobj
        source.seek(tarinfo.offset_data)
        data = source.read(tarinfo.size)
        if len(data) != tarinfo.size:
            raise ReadError("unexpected end of data")
        super().__init__(data)
        # Named as the archive's file is (None for an unnamed one).
        self.name = getattr(source, "name", None)

    def writable(self):
        return False

    def write(self, data):
        raise io.UnsupportedOperation("write")


# ---------------------------------------------------------------------------------------------
# Archives

# What each compressed form starts with, for the ones that can only be recognised here.
_UNAVAILABLE = {"bz2": (b"BZh", "not a bzip2 file", "bz2 module is not available"),
                "xz": (b"\xfd7zXZ\0", "not an lzma file", "lzma module is not available")}


class TarFile(object):
    """A tar archive open for reading ('r'), appending ('a') or writing ('w', 'x')."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]
        # A file object given is the caller's to close; one opened here is ours.
        self._extfileobj = bool(fileobj)
        if self._extfileobj:
            given_name = getattr(fileobj, "name", None)
            if name is None and isinstance(given_name, (str, bytes)):
                name = given_name
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            if mode == "a" and not os.path.exists(name):
                self.mode, self._mode = "w", "wb"  # appending to nothing is writing
            fileobj = _builtin_open(name, self._mode)
        self.fileobj = fileobj
        self.name = None if not name else os.path.abspath(name)
        for attribute, value in (("format", format), ("tarinfo", tarinfo),
                                 ("dereference", dereference), ("ignore_zeros", ignore_zeros),
                                 ("encoding", encoding), ("debug", debug),
                                 ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, attribute, value)
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and self.format == PAX_FORMAT else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            self._start()
        except BaseException:
            self._abandon()
            raise

    def _abandon(self):
        """Closed without the end blocks (after an error)."""
        self.closed = True
        if not self._extfileobj:
            self.fileobj.close()

    def _start(self):
        if self.mode == "r":
            # The first header is read at once: a file that is no archive fails here.
            self.firstmember = None
            self.firstmember = self.next()
            return
        if self.mode == "a":
            self._skip_to_end()
        self._loaded = True
        if self.pax_headers:
            header = self.tarinfo.create_pax_global_header(dict(self.pax_headers))
            self.fileobj.write(header)
            self.offset += len(header)

    def _skip_to_end(self):
        """Read the members already there; new ones go over the end-of-archive blocks."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                self.members.append(self.tarinfo.fromtarfile(self))
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive: 'r' / 'r:*' guess the compression, 'r:', 'r:gz', 'w', 'w:gz',
        'x', 'x:gz', 'a' name it ('|' instead of ':' is accepted as the same)."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*", "r|*"):
            return cls._open_guessing(name, fileobj, kwargs)
        for separator in (":", "|"):
            if separator in mode:
                filemode, comptype = mode.split(separator, 1)
                filemode, comptype = filemode or "r", comptype or "tar"
                if separator == "|" and filemode not in ("r", "w"):
                    raise ValueError("mode must be 'r' or 'w'")
                if comptype not in cls.OPEN_METH:
                    raise CompressionError("unknown compression type %r" % comptype)
                return getattr(cls, cls.OPEN_METH[comptype])(name, filemode, fileobj, **kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_guessing(cls, name, fileobj, kwargs):
        # Compressed forms first, plain tar last; every failure is reported.
        failures = []
        for comptype in ("gz", "bz2", "xz", "tar"):
            opener = getattr(cls, cls.OPEN_METH[comptype])
            start = fileobj.tell() if fileobj is not None else None
            try:
                return opener(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                failures.append(f"- method {comptype}: {e!r}")
                if fileobj is not None:
                    fileobj.seek(start)
        summary = "\n".join(failures)
        raise ReadError(f"file could not be opened successfully:\n{summary}")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed tar archive."""
        if mode in ("r", "a", "w", "x"):
            return cls(name, mode, fileobj, **kwargs)
        raise ValueError("mode must be 'r', 'a', 'w' or 'x'")

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed tar archive (no appending)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        from gzip import GzipFile
        try:
            fileobj = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        try:
            archive = cls.taropen(name, mode, fileobj, **kwargs)
        except OSError as e:
            fileobj.close()
            if mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        except BaseException:
            fileobj.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def _unavailable(cls, comptype, name, mode, fileobj):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        magic, not_this, missing = _UNAVAILABLE[comptype]
        if mode == "r":
            if fileobj is not None:
                start = fileobj.read(len(magic))
            else:
                with _builtin_open(name, "rb") as f:
                    start = f.read(len(magic))
            if start != magic:
                raise ReadError(not_this)
        raise CompressionError(missing)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """bzip2 archives are recognised but not supported here."""
        return cls._unavailable("bz2", name, mode, fileobj)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """xz archives are recognised but not supported here."""
        return cls._unavailable("xz", name, mode, fileobj)

    # -- the archive as a whole ----------------------------------------------------------

    def close(self):
        """Close the archive; a written one gets its two zero blocks and record padding."""
        if not self.closed:
            try:
                if self.mode != "r":
                    ending = 2 * BLOCKSIZE
                    ending += -(self.offset + ending) % RECORDSIZE
                    self.fileobj.write(NUL * ending)
                    self.offset += 2 * BLOCKSIZE
            finally:
                self._abandon()

    def getmember(self, name):
        """The member called `name` (its last occurrence); KeyError if there is none."""
        member = self._getmember(name.rstrip("/"))
        if member is None:
            raise KeyError("filename %r not found" % name)
        return member

    def getmembers(self):
        """Every member, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """Every member's name, in archive order."""
        return [member.name for member in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for a file on disk (by name, or an open file object), named `arcname`
        in the archive; None for a kind of file tar cannot hold."""
        self._check("awx")
        name = name if fileobj is None else fileobj.name
        stored = name if arcname is None else arcname
        arcname = os.path.splitdrive(stored)[1].replace(os.sep, "/").lstrip("/")
        member = self.tarinfo()
        member.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        else:
            st = os.stat(name) if self.dereference else os.lstat(name)
        linkname = ""
        mode = st.st_mode
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            # A file seen before under another name is stored as a hard link to it.
            if (not self.dereference and st.st_nlink > 1 and inode in self.inodes
                    and arcname != self.inodes[inode]):
                kind, linkname = LNKTYPE, self.inodes[inode]
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind, linkname = SYMTYPE, os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        member.name = arcname
        member.mode = mode
        member.uid, member.gid = st.st_uid, st.st_gid
        member.size = st.st_size if kind == REGTYPE else 0
        member.mtime = st.st_mtime
        member.type = kind
        member.linkname = linkname
        member.uname = _account_field("/etc/passwd", 0, 2, member.uid) or member.uname
        member.gname = _account_field("/etc/group", 0, 2, member.gid) or member.gname
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            member.devmajor, member.devminor = os.major(st.st_rdev), os.minor(st.st_rdev)
        return member

    def list(self, verbose=True, *, members=None):
        """Print the table of contents (ls -l style when verbose)."""
        self._check()
        for member in (self if members is None else members):
            if verbose:
                mode = "??????????" if member.mode is None else stat.filemode(member.mode)
                owner = "%s/%s" % (member.uname or member.uid, member.gname or member.gid)
                if member.ischr() or member.isblk():
                    size = "%10s" % ("%d,%d" % (member.devmajor, member.devminor))
                else:
                    size = "%10d" % member.size
                if member.mtime is None:
                    when = "????-??-?? ??:??:??"
                else:
                    when = "%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6]
                print(mode, owner, size, when, end=" ")
            print(member.name + ("/" if member.isdir() else ""), end=" ")
            if verbose:
                if member.issym():
                    print("->", member.linkname, end=" ")
                if member.islnk():
                    print("link to", member.linkname, end=" ")
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add a file, directory (with its contents when recursive), link or special file;
        `filter` may change each TarInfo or return None to leave the file out."""
        self._check("awx")
        if self.name is not None and self.name == os.path.abspath(name):
            return  # never the archive itself
        arcname = name if arcname is None else arcname
        member = self.gettarinfo(name, arcname)
        if member is None:
            return
        if filter is not None:
            member = filter(member)
            if member is None:
                return
        if member.isreg():
            with _builtin_open(name, "rb") as f:
                self.addfile(member, f)
            return
        self.addfile(member)
        if member.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry), recursive,
                         filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Add a member from a TarInfo, and tarinfo.size bytes of fileobj as its data."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        header = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            padding = _padding(tarinfo.size)
            self.fileobj.write(padding)
            self.offset += tarinfo.size + len(padding)
        self.members.append(tarinfo)

    # -- extracting ----------------------------------------------------------------------

    def _get_filter_function(self, filter):
        if filter is None:
            chosen = self.extraction_filter
            if chosen is None:
                return fully_trusted_filter
            if isinstance(chosen, str):
                raise TypeError('String names are not supported for TarFile.extraction_filter.'
                                ' Use a function such as tarfile.data_filter directly.')
            return chosen
        if not callable(filter):
            if filter not in _NAMED_FILTERS:
                raise ValueError(f"filter {filter!r} not found")
            filter = _NAMED_FILTERS[filter]
        return filter

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract every member (or `members`) under `path`; directories get their times
        and modes last, deepest first."""
        how = self._get_filter_function(filter)
        directories = []
        for member in (self if members is None else members):
            member = self._get_extract_tarinfo(member, how, path)
            if member is None:
                continue
            if member.isdir():
                directories.append(member)
            self._extract_one(member, path, not member.isdir(), numeric_owner)
        for member in sorted(directories, key=lambda m: m.name, reverse=True):
            where = os.path.join(path, member.name)
            try:
                self.chown(member, where, numeric_owner)
                self.utime(member, where)
                self.chmod(member, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract one member (a name or a TarInfo) under `path`."""
        how = self._get_filter_function(filter)
        member = self._get_extract_tarinfo(member, how, path)
        if member is not None:
            self._extract_one(member, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        original = self.getmember(member) if isinstance(member, str) else member
        filtered = self._guarded(filter_function, original, path, (OSError, FilterError))
        if filtered is _FAILED:
            filtered = original
        if filtered is None:
            return None
        if filtered.islnk():
            filtered = copy.copy(filtered)
            filtered._link_target = os.path.join(path, filtered.linkname)
        return filtered

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        self._guarded(self._extract_member, tarinfo, os.path.join(path, tarinfo.name),
                      set_attrs, numeric_owner)

    def _guarded(self, action, *args):
        """action(*args), with its errors handled as errorlevel says; _FAILED when one was
        only reported. The last argument may name the fatal error types (else OSError)."""
        fatal = OSError
        if args and isinstance(args[-1], tuple):
            args, fatal = args[:-1], args[-1]
        try:
            return action(*args)
        except fatal as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        return _FAILED

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise e
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise e
        if isinstance(e, OSError):
            detail = e.strerror if e.filename is None else "%s %r" % (e.strerror, e.filename)
        else:
            detail = "%s %s" % (type(e).__name__, e)
        self._dbg(1, "tarfile: " + detail)

    def extractfile(self, member):
        """A file object with a member's data (a file, or what a link points to); None for
        other members."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _maker_for(self, tarinfo):
        """The make*() method that creates this kind of member."""
        if tarinfo.isreg():
            return self.makefile
        kinds = ((tarinfo.isdir(), self.makedir), (tarinfo.isfifo(), self.makefifo),
                 (tarinfo.ischr() or tarinfo.isblk(), self.makedev),
                 (tarinfo.islnk() or tarinfo.issym(), self.makelink),
                 (tarinfo.type not in SUPPORTED_TYPES, self.makeunknown))
        return next((maker for matches, maker in kinds if matches), self.makefile)

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/")
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        is_link = tarinfo.islnk() or tarinfo.issym()
        self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname) if is_link else tarinfo.name)
        self._maker_for(tarinfo)(tarinfo, targetpath)
        if set_attrs:
            self._set_attributes(tarinfo, targetpath, numeric_owner)

    def _set_attributes(self, tarinfo, targetpath, numeric_owner):
        self.chown(tarinfo, targetpath, numeric_owner)
        if tarinfo.issym():
            return  # a symbolic link's own mode and times are left as made
        self.chmod(tarinfo, targetpath)
        self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        # Owner-only until extractall() sets the real mode, after everything inside.
        mode_args = () if tarinfo.mode is None else (0o700,)
        try:
            os.mkdir(targetpath, *mode_args)
        except FileExistsError:
            return

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with _builtin_open(targetpath, "wb") as target:
            copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        kind = stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, tarinfo.mode | kind,
                 os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        try:
            if tarinfo.issym():
                # A symbolic link replaces whatever is at its place.
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                return os.symlink(tarinfo.linkname, targetpath)
            if os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except (AttributeError, NotImplementedError):
            # No links on this system: a copy of what it points to instead.
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give the file the member's owner (only when running as root)."""
        if not (hasattr(os, "geteuid") and os.geteuid() == 0 and hasattr(os, "chown")):
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            if tarinfo.gname:
                gid = int(_account_field("/etc/group", 2, 0, tarinfo.gname) or gid)
            if tarinfo.uname:
                uid = int(_account_field("/etc/passwd", 2, 0, tarinfo.uname) or uid)
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as failure:
            raise ExtractError("could not change mode") from failure

    def utime(self, tarinfo, targetpath):
        if tarinfo.mtime is None or not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    # -- walking the members -------------------------------------------------------------

    def next(self):
        """The next member when reading; None at the end."""
        self._check("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        if self.fileobj.tell() != self.offset:
            if not self.offset:
                return None
            # The last byte of the previous member must exist (seeking alone won't tell).
            self.fileobj.seek(self.offset - 1)
            if self.fileobj.read(1) == b"":
                raise ReadError("unexpected end of data")
        member = self._read_member()
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _read_member(self):
        """The member at self.offset; None at the end of the archive. Headers that are not
        headers end it, or fail at the very start (zero blocks are skipped with
        ignore_zeros)."""
        while True:
            try:
                return self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset = self.offset + BLOCKSIZE  # try the next block
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e)) from None
                return None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
                return None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
                return None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called `name`, before `tarinfo` when given."""
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            if tarinfo in members:
                members = members[:members.index(tarinfo)]
            else:
                skipping = True
        wanted = os.path.normpath(name) if normalize else name
        for member in reversed(members):
            if skipping:
                # Only members before the one given (found by its offset) count.
                skipping = member.offset != tarinfo.offset
                continue
            found = os.path.normpath(member.name) if normalize else member.name
            if found == wanted:
                return member
        if skipping:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            # A symbolic link's target is relative to the link's own directory.
            linkname = "/".join(part for part in (os.path.dirname(tarinfo.name), tarinfo.linkname) if part)
            before = None
        else:
            linkname, before = tarinfo.linkname, tarinfo
        target = self._getmember(linkname, tarinfo=before, normalize=True)
        if target is not None:
            return target
        raise KeyError("linkname %r not found" % linkname)

    def __iter__(self):
        # Members already read come from the list; the rest are read as they are reached.
        position = 0
        while True:
            if position < len(self.members) and getattr(self, "firstmember", None) is None:
                member = self.members[position]
            elif self._loaded:
                return
            else:
                member = self.next()
                if not member:
                    self._loaded = True
                    return
            position += 1
            yield member

    def _dbg(self, level, msg):
        if self.debug >= level:
            sys.stderr.write(msg + "\n")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            # After an error a written archive is left unfinished: no end blocks.
            self._abandon()
        else:
            self.close()


def is_tarfile(name):
    """Whether `name` (a path or a file object) is a tar archive this module can read."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            archive = open(fileobj=name)
            name.seek(start)
        else:
            archive = open(name)
    except TarError:
        return False
    archive.close()
    return True


open = TarFile.open
