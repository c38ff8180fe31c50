"""Read and write ZIP archives (PKWARE's APPNOTE format), writing the bytes CPython writes.

An archive is a run of members, each a local header followed by its (maybe compressed) data, then
a central directory that lists every member again and an end record that says where the directory
starts. A reader trusts the central directory; a writer appends members where the directory used
to be and writes a fresh directory when the archive is closed.

Members are stored or deflated (zlib's raw deflate, the bytes CPython's zlib writes). Members
written to a file object that can seek get their sizes and CRC patched into the local header
afterwards; to one that cannot, they carry a data descriptor, as CPython's do. Traditional PKWARE
encryption can be read (not written). bzip2 and lzma are missing here, as in a CPython built
without those modules.
"""

import atexit
import io
import os
import stat
import struct
import sys
import time
import warnings
import zlib
import pathlib
import shutil

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    """The data is not a ZIP archive, or a damaged one."""


class LargeZipFile(Exception):
    """The archive would need ZIP64 extensions, which were not allowed."""


error = BadZipfile = BadZipFile

# Compression methods (APPNOTE 4.4.5).
ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA = 0, 8, 12, 14

# Sizes, offsets and counts past these need ZIP64 records.
ZIP64_LIMIT = 0x7FFFFFFF
ZIP_FILECOUNT_LIMIT = 0xFFFF
ZIP_MAX_COMMENT = 0xFFFF

# "Version needed to extract" for each feature, and the newest this module reads.
DEFAULT_VERSION, ZIP64_VERSION, BZIP2_VERSION, LZMA_VERSION = 20, 45, 46, 63
MAX_EXTRACT_VERSION = LZMA_VERSION

# General purpose flag bits the module looks at.
_FLAG_ENCRYPTED = 0x1
_FLAG_LZMA_EOS = 0x2
_FLAG_DATA_DESCRIPTOR = 0x8
_FLAG_PATCHED = 0x20
_FLAG_STRONG_ENCRYPTION = 0x40
_FLAG_UTF8 = 0x800

# Record layouts, each with its signature first.
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)

structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)

structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)

structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)

structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)

_DATA_DESCRIPTOR_SIGNATURE = 0x08074b50
_ZIP64_EXTRA_ID = 0x0001

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

_MISSING_MODULE = {ZIP_BZIP2: 'bz2', ZIP_LZMA: 'lzma'}


def _check_compression(method):
    if method in (ZIP_STORED, ZIP_DEFLATED):
        return
    if method in _MISSING_MODULE:
        raise RuntimeError(f"Compression requires the (missing) {_MISSING_MODULE[method]} module")
    raise NotImplementedError("That compression method is not supported")


def _new_compressor(method, level):
    """A raw-deflate compressor for a deflated member, None for a stored one."""
    if method != ZIP_DEFLATED:
        return None
    return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                            zlib.DEFLATED, -15)


# Names without the UTF-8 flag are in IBM code page 437, whose upper half is this.
_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒ'
               'áíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐'
               '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀'
               'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_cp437(raw):
    if raw.isascii():
        return raw.decode('ascii')
    return ''.join(chr(byte) if byte < 128 else _CP437_HIGH[byte - 128] for byte in raw)


def _dos_stamp(date_time):
    """The (time, date) pair of 16-bit MS-DOS fields for a 6-tuple date_time."""
    year, month, day, hour, minute, second = date_time[:6]
    return (hour << 11 | minute << 5 | second // 2,
            (year - 1980) << 9 | month << 5 | day)


def _from_dos_stamp(dos_time, dos_date):
    return ((dos_date >> 9) + 1980, (dos_date >> 5) & 0xF, dos_date & 0x1F,
            dos_time >> 11, (dos_time >> 5) & 0x3F, (dos_time & 0x1F) * 2)


def _without_extra_ids(extra, ids):
    """extra with the fields whose id is in ids left out (the same object when none is)."""
    kept = []
    dropped = False
    at = 0
    while at + 4 <= len(extra):
        field_id, length = struct.unpack('<HH', extra[at:at + 4])
        end = at + 4 + length
        if field_id in ids:
            dropped = True
        else:
            kept.append(extra[at:end])
        at = end
    if not dropped:
        return extra
    kept.append(extra[at:])
    return b''.join(kept)


class ZipInfo:
    """What the archive records about one member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # A NUL ends the name (some archivers pad names with them).
        cut = filename.find(chr(0))
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != '/' and os.sep in filename:
            filename = filename.replace(os.sep, '/')
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = [f'<{type(self).__name__} filename={self.filename!r}']
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(self.compress_type,
                                                                   self.compress_type))
        mode_bits, dos_bits = self.external_attr >> 16, self.external_attr & 0xFFFF
        if mode_bits:
            parts.append(f' filemode={stat.filemode(mode_bits)!r}')
        if dos_bits:
            parts.append(f' external_attr={dos_bits:#x}')
        directory = self.is_dir()
        if not directory or self.file_size:
            parts.append(f' file_size={self.file_size!r}')
        sizes_differ = self.compress_type != ZIP_STORED or self.file_size != self.compress_size
        if (not directory or self.compress_size) and sizes_differ:
            parts.append(f' compress_size={self.compress_size!r}')
        parts.append('>')
        return ''.join(parts)

    def _versions(self, zip64):
        """(extract, create) versions for a record, raised to what its features need."""
        needed = ZIP64_VERSION if zip64 else 0
        if self.compress_type == ZIP_BZIP2:
            needed = max(needed, BZIP2_VERSION)
        elif self.compress_type == ZIP_LZMA:
            needed = max(needed, LZMA_VERSION)
        return max(needed, self.extract_version), max(needed, self.create_version)

    def FileHeader(self, zip64=None):
        """The local header (with name and extra field) that precedes the member's data."""
        dos_time, dos_date = _dos_stamp(self.date_time)
        if self.flag_bits & _FLAG_DATA_DESCRIPTOR:
            crc = compressed = size = 0
        else:
            crc, compressed, size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        if zip64 is None:
            zip64 = size > ZIP64_LIMIT or compressed > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack('<HHQQ', _ZIP64_EXTRA_ID, 16, size, compressed)
            size = compressed = 0xffffffff
        self.extract_version, self.create_version = self._versions(zip64)
        name, flags = self._encodeFilenameFlags()
        fixed = struct.pack(structFileHeader, stringFileHeader, self.extract_version,
                            self.reserved, flags, self.compress_type, dos_time, dos_date,
                            crc, compressed, size, len(name), len(extra))
        return fixed + name + extra

    def _encodeFilenameFlags(self):
        if self.filename.isascii():
            return self.filename.encode('ascii'), self.flag_bits
        return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def _decodeExtra(self):
        """Take the real sizes and offset from a ZIP64 extra field, where the record says to."""
        extra = self.extra
        at = 0
        while len(extra) - at >= 4:
            field_id, length = struct.unpack('<HH', extra[at:at + 4])
            if at + 4 + length > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (field_id, length))
            if field_id == _ZIP64_EXTRA_ID:
                self._read_zip64_field(extra[at + 4:at + 4 + length])
            at += 4 + length

    def _read_zip64_field(self, data):
        wanted = []
        if self.file_size in (0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF):
            wanted.append(('file_size', "File size"))
        if self.compress_size == 0xFFFF_FFFF:
            wanted.append(('compress_size', "Compress size"))
        if self.header_offset == 0xFFFF_FFFF:
            wanted.append(('header_offset', "Header offset"))
        for attr, label in wanted:
            if len(data) < 8:
                raise BadZipFile(f"Corrupt zip64 extra field. {label} not found.")
            setattr(self, attr, struct.unpack('<Q', data[:8])[0])
            data = data[8:]

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file or directory on disk, as write() would store it."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        info = os.stat(filename)
        directory = stat.S_ISDIR(info.st_mode)
        stamp = time.localtime(info.st_mtime)[:6]
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        name = _archive_name(filename if arcname is None else arcname)
        if directory:
            name += '/'
        member = cls(name, stamp)
        member.external_attr = (info.st_mode & 0xFFFF) << 16
        if directory:
            member.file_size = 0
            member.external_attr |= 0x10
        else:
            member.file_size = info.st_size
        return member

    def is_dir(self):
        """Whether the member is a directory (its name ends with a slash)."""
        return self.filename.endswith('/')


def _archive_name(path):
    """A disk path as a member name: no drive, normalized, no leading separators."""
    name = os.path.normpath(os.path.splitdrive(path)[1])
    separators = tuple(s for s in (os.sep, os.altsep) if s)
    return name.lstrip(''.join(separators))


# Traditional PKWARE encryption (APPNOTE 6.1): three 32-bit keys stirred by each plain byte.
def _crc_table():
    table = []
    for byte in range(256):
        value = byte
        for _ in range(8):
            value = (value >> 1) ^ 0xEDB88320 if value & 1 else value >> 1
        table.append(value)
    return table


_CRC_TABLE = None


class _Decrypter:
    def __init__(self, password):
        global _CRC_TABLE
        if _CRC_TABLE is None:
            _CRC_TABLE = _crc_table()
        self._table = _CRC_TABLE
        self._keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._stir(byte)

    def _stir(self, byte):
        table = self._table
        k0, k1, k2 = self._keys
        k0 = (k0 >> 8) ^ table[(k0 ^ byte) & 0xFF]
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = (k2 >> 8) ^ table[(k2 ^ (k1 >> 24)) & 0xFF]
        self._keys = [k0, k1, k2]

    def decrypt(self, data):
        out = bytearray(len(data))
        for i, byte in enumerate(data):
            mask = self._keys[2] | 2
            plain = byte ^ (((mask * (mask ^ 1)) >> 8) & 0xFF)
            self._stir(plain)
            out[i] = plain
        return bytes(out)


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading, decompressed as it is read and checked against its CRC.

    Decoding goes in steps that take at least 4 KiB of stored data and give back at most what
    was asked for (a deflated step may give less). CPython steps the same way, so a damaged
    member fails at the same read as there: the CRC is checked by the step that ends the data.
    """

    _STEP = 4096
    _UNLIMITED = 1 << 30
    _PEEK_LIMIT = 512

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._expected_crc = getattr(zipinfo, 'CRC', None)
        self._orig_file_size = zipinfo.file_size
        self._zinfo = zipinfo
        self._pwd = pwd
        self.mode = mode
        self.name = zipinfo.filename
        self.newlines = None
        # Only stored and deflated data get this far (bzip2 and lzma are missing modules).
        _check_compression(self._compress_type)
        raw = fileobj.read(zipinfo.compress_size)
        if pwd is not None:
            raw = self._decrypt(raw, pwd, zipinfo)
        self._raw = raw
        self._rewind()

    def _rewind(self):
        """Back to the member's first byte, with fresh decoding state."""
        self._raw_pos = 0
        self._compress_left = self._zinfo.compress_size - (12 if self._pwd is not None else 0)
        self._left = self._orig_file_size
        self._engine = zlib.decompressobj(-15) if self._compress_type == ZIP_DEFLATED else None
        self._crc = 0
        self._eof = False
        self._buffer = b''
        self._offset = 0

    @staticmethod
    def _decrypt(raw, pwd, zipinfo):
        decrypter = _Decrypter(pwd)
        header = decrypter.decrypt(raw[:12])
        # The last header byte repeats the CRC's top byte, or the time's when the CRC came later.
        if zipinfo.flag_bits & _FLAG_DATA_DESCRIPTOR:
            check = (zipinfo._raw_time >> 8) & 0xFF
        else:
            check = (zipinfo.CRC >> 24) & 0xFF
        if len(header) < 12 or header[11] != check:
            raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)
        return decrypter.decrypt(raw[12:])

    def _take_stored(self, wanted):
        if self._compress_left <= 0:
            return b''
        count = min(max(wanted, self._STEP), self._compress_left)
        data = self._raw[self._raw_pos:self._raw_pos + count]
        self._raw_pos += len(data)
        self._compress_left -= len(data)
        if not data:
            raise EOFError
        return data

    def _step(self, wanted):
        """Decode the next piece: at most wanted bytes (at least the step size when deflated)."""
        if self._eof or wanted <= 0:
            return b''
        if self._engine is None:
            data = self._take_stored(wanted)
            self._eof = self._compress_left <= 0
        else:
            data = self._engine.unconsumed_tail
            if wanted > len(data):
                data += self._take_stored(wanted - len(data))
            data = self._engine.decompress(data, max(wanted, self._STEP))
            self._eof = self._engine.eof or (self._compress_left <= 0
                                             and not self._engine.unconsumed_tail)
            if self._eof:
                data += self._engine.flush()
        # A member never gives more than its recorded size.
        data = data[:max(self._left, 0)]
        self._left -= len(data)
        self._eof = self._eof or self._left <= 0
        if self._expected_crc is not None:
            self._crc = zlib.crc32(data, self._crc)
            if self._eof and self._crc != self._expected_crc:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return data

    def _buffered(self):
        return len(self._buffer) - self._offset

    def _take_buffer(self):
        data = self._buffer[self._offset:]
        self._buffer = b''
        self._offset = 0
        return data

    def __repr__(self):
        kind = type(self)
        text = f'<{kind.__module__}.{kind.__qualname__}'
        if self.closed:
            return text + ' [closed]>'
        text += f' name={self.name!r} mode={self.mode!r}'
        if self._compress_type != ZIP_STORED:
            text += ' compress_type=%s' % compressor_names.get(self._compress_type,
                                                               self._compress_type)
        return text + '>'

    def readable(self):
        self._check_open("I/O operation on closed file.")
        return True

    def seekable(self):
        self._check_open("I/O operation on closed file.")
        return True

    def _check_open(self, message):
        if self.closed:
            raise ValueError(message)

    def read(self, n=-1):
        self._check_open("read from closed file.")
        if n is None or n < 0:
            pieces = [self._take_buffer()]
            while not self._eof:
                pieces.append(self._step(self._UNLIMITED))
            return b''.join(pieces)
        if n < self._buffered():
            return self._from_buffer(n)
        missing = n - self._buffered()
        pieces = [self._take_buffer()]
        while missing > 0 and not self._eof:
            piece = self._step(missing)
            if len(piece) > missing:
                self._buffer, self._offset = piece, missing
                pieces.append(piece[:missing])
                break
            pieces.append(piece)
            missing -= len(piece)
        return b''.join(pieces)

    def _from_buffer(self, n):
        chunk = self._buffer[self._offset:self._offset + n]
        self._offset += len(chunk)
        return chunk

    def read1(self, n=-1):
        self._check_open("read from closed file.")
        if n is None or n < 0:
            data = self._take_buffer()
            while not self._eof:
                piece = self._step(self._UNLIMITED)
                if piece:
                    return data + piece
            return data
        if n < self._buffered():
            return self._from_buffer(n)
        missing = n - self._buffered()
        data = self._take_buffer()
        while missing > 0 and not self._eof:
            piece = self._step(missing)
            if len(piece) > missing:
                self._buffer, self._offset = piece, missing
                return data + piece[:missing]
            if piece:
                return data + piece
        return data

    def peek(self, n=1):
        if n > self._buffered():
            fetched = self.read(n)
            if len(fetched) > self._offset:
                self._buffer = fetched + self._buffer[self._offset:]
                self._offset = 0
            else:
                self._offset -= len(fetched)
        return self._buffer[self._offset:self._offset + self._PEEK_LIMIT]

    def readline(self, limit=-1):
        self._check_open("I/O operation on closed file.")
        if limit is None:
            limit = -1
        line = b''
        while limit < 0 or len(line) < limit:
            ahead = self.peek(1)
            if not ahead:
                break
            cut = ahead.find(b'\n') + 1 or len(ahead)
            if limit >= 0:
                cut = min(cut, limit - len(line))
            line += self.read(cut)
            if line.endswith(b'\n'):
                break
        return line

    def readinto(self, buffer):
        chunk = self.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def __iter__(self):
        self._check_open("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def tell(self):
        self._check_open("tell on closed file.")
        return self._orig_file_size - self._left - self._buffered()

    def seek(self, offset, whence=0):
        self._check_open("seek on closed file.")
        here = self.tell()
        if whence == 0:
            target = offset
        elif whence == 1:
            target = here + offset
        elif whence == 2:
            target = self._orig_file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._orig_file_size))
        if target < here:
            self._rewind()
            here = 0
        if target - here <= self._buffered():
            self._offset += target - here
        else:
            self.read(target - here)
        return self.tell()

    def close(self):
        if not self.closed:
            source, self._close_fileobj = self._fileobj if self._close_fileobj else None, False
            try:
                if source is not None:
                    source.close()
            finally:
                io.BufferedIOBase.close(self)


class _MemberWriter(io.BufferedIOBase):
    """A member opened for writing: compresses what it is given and finishes the member when
    closed (patching the local header, or writing a data descriptor after the data)."""

    def __init__(self, archive, zinfo, zip64):
        self._archive = archive
        self._zinfo = zinfo
        self._zip64 = zip64
        self._compressor = _new_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._counts = {'plain': 0, 'packed': 0}
        self._running_crc = 0

    def writable(self):
        return True

    def write(self, data):
        self._refuse_if_closed()
        view = data if isinstance(data, (bytes, bytearray)) else memoryview(data)
        size = view.nbytes if isinstance(view, memoryview) else len(view)
        self._counts['plain'] += size
        self._running_crc = zlib.crc32(view, self._running_crc)
        if self._compressor is None:
            self._emit(view)
        else:
            self._emit(self._compressor.compress(view))
        return size

    def _refuse_if_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _emit(self, chunk):
        self._archive.fp.write(chunk)
        if self._compressor is not None:
            self._counts['packed'] += len(chunk)

    def close(self):
        if not self.closed:
            try:
                io.BufferedIOBase.close(self)
                self._finish()
            finally:
                self._archive._writing = False

    def _finish(self):
        if self._compressor is None:
            self._counts['packed'] = self._counts['plain']
        else:
            self._emit(self._compressor.flush())
        plain, packed = self._counts['plain'], self._counts['packed']
        zinfo = self._zinfo
        zinfo.file_size, zinfo.compress_size, zinfo.CRC = plain, packed, self._running_crc
        # Without ZIP64 the header holds 32-bit sizes; the member cannot stay.
        for label, amount in (("File size", plain), ("Compressed size", packed)):
            if not self._zip64 and amount > ZIP64_LIMIT:
                raise RuntimeError(f"{label} too large, try using force_zip64")
        out = self._archive.fp
        if zinfo.flag_bits & _FLAG_DATA_DESCRIPTOR:
            layout = '<LLQQ' if self._zip64 else '<LLLL'
            out.write(struct.pack(layout, _DATA_DESCRIPTOR_SIGNATURE, zinfo.CRC, packed, plain))
            self._archive.start_dir = out.tell()
        else:
            end = self._archive.start_dir = out.tell()
            out.seek(zinfo.header_offset)
            out.write(zinfo.FileHeader(self._zip64))
            out.seek(end)
        self._archive._add_member(zinfo)


class _PositionCounter:
    """Wraps an output stream without tell(): counts what goes through it."""

    def __init__(self, target):
        self._target = target
        self._count = 0

    def tell(self):
        return self._count

    def write(self, data):
        result = self._target.write(data)
        self._count += len(data) if result is None else result
        return result

    def flush(self):
        return self._target.flush()

    def close(self):
        return self._target.close()


class _MemberSource:
    """A reader over one member's bytes in the archive file, from its local header on; it
    holds the file open until closed, even past the archive's close()."""

    def __init__(self, archive, offset):
        self._archive = archive
        self._fp = archive.fp
        self._pos = offset

    def read(self, n):
        self._fp.seek(self._pos)
        data = self._fp.read(n)
        self._pos += len(data)
        return data

    def skip(self, n):
        self._pos += n

    def close(self):
        fp, self._fp = self._fp, None
        if fp is not None:
            self._archive._fpclose(fp)


_OPEN_MODES = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
# What to try when the first mode cannot open the file (a write-only or missing file).
_FALLBACK_MODES = {'r+b': 'w+b', 'w+b': 'wb', 'x+b': 'xb'}


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in _OPEN_MODES:
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self.mode, self.compression, self.compresslevel = mode, compression, compresslevel
        self.metadata_encoding = metadata_encoding
        self.filelist, self.NameToInfo = [], {}
        self.debug, self.pwd, self._comment = 0, None, b''
        self._allowZip64, self._strict_timestamps = allowZip64, strict_timestamps
        self._didModify = self._writing = False
        self._seekable = True
        # The file stays open while the archive or any member opened from it needs it.
        self._fileRefCnt = 1
        path = os.fspath(file) if isinstance(file, os.PathLike) else file
        self._filePassed = not isinstance(path, str)
        if self._filePassed:
            self.fp, self.filename = file, getattr(file, 'name', None)
        else:
            self.filename = path
            self.fp = self._open_path(path, _OPEN_MODES[mode])
        starters = {'r': self._RealGetContents, 'w': self._start_writing,
                    'x': self._start_writing, 'a': self._start_appending}
        try:
            starters[mode]()
        except BaseException:
            fp, self.fp = self.fp, None
            self._fpclose(fp)
            raise
        if mode != 'r':
            _unfinished.add(self)

    @staticmethod
    def _open_path(path, filemode):
        while True:
            try:
                return open(path, filemode)
            except OSError:
                if filemode not in _FALLBACK_MODES:
                    raise
                filemode = _FALLBACK_MODES[filemode]

    def _position_or_none(self):
        try:
            return self.fp.tell()
        except (AttributeError, OSError):
            return None

    def _start_writing(self):
        self._didModify = True
        position = self._position_or_none()
        if position is None:
            # An output that cannot say where it is: count the bytes written instead.
            self.fp = _PositionCounter(self.fp)
            self.start_dir, self._seekable = 0, False
            return
        self.start_dir = position
        try:
            self.fp.seek(position)
        except (AttributeError, OSError):
            self._seekable = False

    def _start_appending(self):
        try:
            self._RealGetContents()
        except BadZipFile:
            # Not an archive yet: the new one goes after the existing data.
            self.fp.seek(0, 2)
            self.start_dir = self.fp.tell()
            self._didModify = True
        else:
            self.fp.seek(self.start_dir)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def __repr__(self):
        kind = type(self)
        text = f'<{kind.__module__}.{kind.__qualname__}'
        if self.fp is None:
            return text + ' [closed]>'
        if self._filePassed:
            text += f' file={self.fp!r}'
        elif self.filename is not None:
            text += f' filename={self.filename!r}'
        return text + f' mode={self.mode!r}>'

    # Reading the directory.

    def _RealGetContents(self):
        fp = self.fp
        try:
            end = _find_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not end:
            raise BadZipFile("File is not a zip file")
        dir_size, dir_offset = end['size'], end['offset']
        self._comment = end['comment']
        # Bytes before the archive proper (a stub prepended to it) shift every offset.
        shift = end['location'] - dir_size - dir_offset
        if end['zip64']:
            shift -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = dir_offset + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        directory = fp.read(dir_size)
        at = 0
        while at < dir_size:
            record = directory[at:at + sizeCentralDir]
            if len(record) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            fields = struct.unpack(structCentralDir, record)
            if fields[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            at += sizeCentralDir
            member, at = self._member_from_directory(fields, directory, at)
            member.header_offset += shift
            self.filelist.append(member)
            self.NameToInfo[member.filename] = member

    def _decode_name(self, raw, flags):
        if flags & _FLAG_UTF8:
            return raw.decode('utf-8')
        if self.metadata_encoding:
            return raw.decode(self.metadata_encoding)
        return _decode_cp437(raw)

    def _member_from_directory(self, fields, directory, at):
        (_, create_version, create_system, extract_version, reserved, flags, method,
         dos_time, dos_date, crc, compressed, size, name_len, extra_len, comment_len,
         volume, internal, external, offset) = fields
        name = directory[at:at + name_len]
        at += name_len
        member = ZipInfo(self._decode_name(name, flags))
        member.extra = directory[at:at + extra_len]
        at += extra_len
        member.comment = directory[at:at + comment_len]
        at += comment_len
        member.header_offset = offset
        member.create_version, member.create_system = create_version, create_system
        member.extract_version, member.reserved = extract_version, reserved
        member.flag_bits, member.compress_type = flags, method
        member.CRC, member.compress_size, member.file_size = crc, compressed, size
        if extract_version > MAX_EXTRACT_VERSION:
            raise NotImplementedError("zip file version %.1f" % (extract_version / 10))
        member.volume, member.internal_attr, member.external_attr = volume, internal, external
        member._raw_time = dos_time
        member.date_time = _from_dos_stamp(dos_time, dos_date)
        member._decodeExtra()
        return member, at

    def namelist(self):
        """The members' names, in archive order."""
        return [member.filename for member in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members (name, modification time, size)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for member in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % member.date_time[:6]
            print("%-46s %s %12d" % (member.filename, stamp, member.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is damaged, or None."""
        for member in self.filelist:
            try:
                with self.open(member.filename, "r") as stream:
                    while stream.read(1 << 20):
                        pass
            except BadZipFile:
                return member.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called name."""
        member = self.NameToInfo.get(name)
        if member is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return member

    def setpassword(self, pwd):
        """The default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd if pwd else None

    def _set_comment(self, value):
        if not isinstance(value, bytes):
            raise TypeError(f"comment: expected bytes, got {type(value).__name__}")
        if len(value) > ZIP_MAX_COMMENT:
            warnings.warn(f'Archive comment is too long; truncating to {ZIP_MAX_COMMENT} bytes',
                          stacklevel=2)
        self._comment = value[:ZIP_MAX_COMMENT]
        self._didModify = True

    comment = property(lambda self: self._comment, _set_comment,
                       doc="The archive's comment (bytes), written when the archive is closed.")

    def read(self, name, pwd=None):
        """The bytes of member name."""
        with self.open(name, "r", pwd) as stream:
            return stream.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object reading member name (mode 'r') or writing a new member ('w')."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'r':
            zinfo = self.getinfo(name)
        else:
            # A member opened by name for writing gets the archive's method and the 1980 stamp.
            zinfo = ZipInfo(name)
            zinfo.compress_type, zinfo._compresslevel = self.compression, self.compresslevel
        if mode != 'r':
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        source = _MemberSource(self, zinfo.header_offset)
        try:
            return self._open_member(source, zinfo, name, pwd)
        except BaseException:
            source.close()
            raise

    def _open_member(self, source, zinfo, name, pwd):
        header = source.read(sizeFileHeader)
        if len(header) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        fields = struct.unpack(structFileHeader, header)
        if fields[0] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        raw_name = source.read(fields[10])
        source.skip(fields[11])
        if zinfo.flag_bits & _FLAG_PATCHED:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & _FLAG_STRONG_ENCRYPTION:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if self._decode_name(raw_name, fields[3]) != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (zinfo.orig_filename, raw_name))
        if zinfo.flag_bits & _FLAG_ENCRYPTED:
            pwd = pwd or self.pwd
            if pwd and not isinstance(pwd, bytes):
                raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
            if not pwd:
                raise RuntimeError("File %r is encrypted, password required for extraction"
                                   % name)
        else:
            pwd = None
        return ZipExtFile(source, "r", zinfo, pwd, True)

    # Writing members.

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _FLAG_LZMA_EOS
        if not self._seekable:
            zinfo.flag_bits |= _FLAG_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        # The header's size is fixed once written, so ZIP64 is decided before the data is seen.
        # (with room for data that grows when deflated).
        zip64 = force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT
        if zip64 and not self._allowZip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        self._claim_header(zinfo)
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _MemberWriter(self, zinfo, zip64)

    def _claim_header(self, zinfo):
        """Place the next local header at the end of the members and check the member."""
        zinfo.header_offset = self._end_of_members()
        self._writecheck(zinfo)
        self._didModify = True

    def _end_of_members(self):
        """Where the next member (or the directory) goes, with the file positioned there."""
        if self._seekable:
            self.fp.seek(self.start_dir)
        return self.fp.tell()

    def _add_member(self, zinfo):
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            # Allowed (readers take the last one), but probably a mistake.
            warnings.warn(f'Duplicate name: {zinfo.filename!r}', stacklevel=3)
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if self.fp is None:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if self._allowZip64:
            return
        reason = None
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif zinfo.file_size > ZIP64_LIMIT:
            reason = "Filesize"
        elif zinfo.header_offset > ZIP64_LIMIT:
            reason = "Zipfile size"
        if reason:
            raise LargeZipFile(reason + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file or directory filename from disk, as arcname (default: its path)."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.CRC = zinfo.compress_size = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as source, self.open(zinfo, 'w') as target:
            # Fed in the same pieces as CPython feeds them, so the deflate stream matches.
            for piece in iter(lambda: source.read(8192), b''):
                target.write(piece)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member from data (str is stored as UTF-8); the name may be a ZipInfo."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = zinfo_or_arcname
        else:
            zinfo = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith('/'):
                zinfo.external_attr = (0o40775 << 16) | 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        zinfo.compress_type = zinfo.compress_type if compress_type is None else compress_type
        zinfo._compresslevel = zinfo._compresslevel if compresslevel is None else compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode='w') as target:
            target.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory member, from a ZipInfo or a name ('/' is appended if missing)."""
        if isinstance(zinfo_or_directory_name, str):
            zinfo = _directory_info(zinfo_or_directory_name, mode)
        elif not isinstance(zinfo_or_directory_name, ZipInfo):
            raise TypeError("Expected type str or ZipInfo")
        elif zinfo_or_directory_name.is_dir():
            zinfo = zinfo_or_directory_name
        else:
            raise ValueError("The given ZipInfo does not describe a directory")
        zinfo.header_offset = self._end_of_members()
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _FLAG_LZMA_EOS
        self._writecheck(zinfo)
        self._didModify = True
        self._add_member(zinfo)
        self.fp.write(zinfo.FileHeader(False))
        self.start_dir = self.fp.tell()

    # Extracting.

    def extract(self, member, path=None, pwd=None):
        """Write member under path (default: the current directory); returns the file's path."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Write every member (or those in members) under path."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        target = os.path.normpath(os.path.join(targetpath, _safe_relative_path(member.filename)))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(member, pwd=pwd) as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink)
        return target

    # Closing.

    def close(self):
        """Write the central directory (when writing) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before closing the zip.")
        try:
            if self.mode != 'r' and self._didModify:
                self._end_of_members()
                self._write_end_record()
        finally:
            _unfinished.discard(self)
            fp, self.fp = self.fp, None
            self._fpclose(fp)

    def _write_end_record(self):
        out = self.fp
        dir_start = out.tell()
        for zinfo in self.filelist:
            out.write(_central_record(zinfo))
        dir_end = out.tell()
        count = len(self.filelist)
        dir_size = dir_end - dir_start
        reason = None
        if count > ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif dir_start > ZIP64_LIMIT:
            reason = "Central directory offset"
        elif dir_size > ZIP64_LIMIT:
            reason = "Central directory size"
        if reason:
            if not self._allowZip64:
                raise LargeZipFile(reason + " would require ZIP64 extensions")
            out.write(struct.pack(structEndArchive64, stringEndArchive64, 44, 45, 45, 0, 0,
                                  count, count, dir_size, dir_start))
            out.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator,
                                  0, dir_end, 1))
            count = min(count, 0xFFFF)
            dir_size = min(dir_size, 0xFFFFFFFF)
            dir_start = min(dir_start, 0xFFFFFFFF)
        out.write(struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count,
                              dir_size, dir_start, len(self._comment)))
        out.write(self._comment)
        if self.mode == "a":
            out.truncate()
        out.flush()

    def _fpclose(self, fp):
        self._fileRefCnt -= 1
        if self._fileRefCnt <= 0 and not self._filePassed and fp is not None:
            fp.close()

    def __del__(self):
        self.close()


# Archives being written and not closed yet. CPython finishes one when the object dies (at the
# latest when the interpreter exits); with no reference counting here, they are finished at exit.
_unfinished = set()


def _finish_unfinished():
    for archive in list(_unfinished):
        try:
            archive.close()
        except Exception:
            pass


atexit.register(_finish_unfinished)


def _directory_info(name, mode):
    """A ZipInfo for a directory member made by mkdir(name)."""
    zinfo = ZipInfo(name if name.endswith('/') else name + '/')
    zinfo.CRC = zinfo.compress_size = zinfo.file_size = 0
    # The Unix mode in the high half, the MS-DOS directory bit in the low one.
    zinfo.external_attr = (((stat.S_IFDIR | mode) & 0xFFFF) << 16) | 0x10
    return zinfo


def _central_record(zinfo):
    """The central directory entry of a written member."""
    dos_time, dos_date = _dos_stamp(zinfo.date_time)
    big = []
    size, compressed, offset = zinfo.file_size, zinfo.compress_size, zinfo.header_offset
    if size > ZIP64_LIMIT or compressed > ZIP64_LIMIT:
        big += [size, compressed]
        size = compressed = 0xffffffff
    if offset > ZIP64_LIMIT:
        big.append(offset)
        offset = 0xffffffff
    extra = zinfo.extra
    if big:
        extra = (struct.pack('<HH' + 'Q' * len(big), _ZIP64_EXTRA_ID, 8 * len(big), *big)
                 + _without_extra_ids(extra, (_ZIP64_EXTRA_ID,)))
    extract_version, create_version = zinfo._versions(bool(big))
    name, flags = zinfo._encodeFilenameFlags()
    fixed = struct.pack(structCentralDir, stringCentralDir, create_version, zinfo.create_system,
                        extract_version, zinfo.reserved, flags, zinfo.compress_type,
                        dos_time, dos_date, zinfo.CRC, compressed, size, len(name), len(extra),
                        len(zinfo.comment), 0, zinfo.internal_attr, zinfo.external_attr, offset)
    return fixed + name + extra + zinfo.comment


def _safe_relative_path(member_name):
    """A member name as a relative path that stays inside the target directory: no drive,
    no empty, '.' or '..' components."""
    path = member_name.replace('/', os.sep)
    if os.altsep:
        path = path.replace(os.altsep, os.sep)
    path = os.path.splitdrive(path)[1]
    parts = [part for part in path.split(os.sep) if part not in ('', os.curdir, os.pardir)]
    return os.sep.join(parts)


def _find_end_record(fp):
    """The end-of-central-directory record as a dict, or None when there is none.

    The record is 22 bytes plus a comment of up to 64 KiB, so it is looked for in the
    archive's tail, last occurrence first.
    """
    fp.seek(0, 2)
    file_size = fp.tell()
    tail_start = max(file_size - ZIP_MAX_COMMENT - sizeEndCentDir, 0)
    fp.seek(tail_start, 0)
    tail = fp.read()
    # The common case first: no comment, so the record is the last 22 bytes.
    if (len(tail) >= sizeEndCentDir and tail[-sizeEndCentDir:-sizeEndCentDir + 4] == stringEndArchive
            and tail[-2:] == b"\0\0"):
        start = len(tail) - sizeEndCentDir
    else:
        start = tail.rfind(stringEndArchive)
        if start < 0 or len(tail) - start < sizeEndCentDir:
            return None
    fields = struct.unpack(structEndArchive, tail[start:start + sizeEndCentDir])
    comment_len = fields[7]
    record = {'zip64': False, 'disk': fields[1], 'disk_start': fields[2],
              'entries_here': fields[3], 'entries': fields[4], 'size': fields[5],
              'offset': fields[6],
              'comment': tail[start + sizeEndCentDir:start + sizeEndCentDir + comment_len],
              'location': tail_start + start}
    _apply_zip64_end(fp, tail_start + start, record)
    return record


def _apply_zip64_end(fp, end_at, record):
    """Take the real directory size, offset and counts from a ZIP64 end record, if one precedes
    the classic one."""
    locator_at = end_at - sizeEndCentDir64Locator
    if locator_at < 0:
        return
    fp.seek(locator_at)
    data = fp.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return
    signature, disk, _, disks = struct.unpack(structEndArchive64Locator, data)
    if signature != stringEndArchive64Locator:
        return
    if disk != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    if locator_at - sizeEndCentDir64 < 0:
        return
    fp.seek(locator_at - sizeEndCentDir64)
    data = fp.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return
    fields = struct.unpack(structEndArchive64, data)
    if fields[0] != stringEndArchive64:
        return
    record.update(zip64=True, disk=fields[4], disk_start=fields[5], entries_here=fields[6],
                  entries=fields[7], size=fields[8], offset=fields[9])


def is_zipfile(filename):
    """Whether filename (a path or a file object) ends with a ZIP end record."""
    try:
        if hasattr(filename, "read"):
            return _has_end_record(filename)
        with open(filename, "rb") as fp:
            return _has_end_record(fp)
    except OSError:
        return False


def _has_end_record(fp):
    try:
        return bool(_find_end_record(fp))
    except OSError:
        return False


class PyZipFile(ZipFile):
    """ZipFile with writepy(); compiling to bytecode is not available here."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, optimize=-1):
        super().__init__(file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("PyZipFile.writepy() needs bytecode compilation")


# zipfile.Path: a pathlib-like view of an archive's members.

def _ancestors(name):
    """name's parent directories, nearest first (without trailing slashes)."""
    name = name.rstrip('/')
    while True:
        name = os.path.dirname(name)
        if not name or name == '/':
            return
        yield name


def _all_names(archive):
    """The member names plus the directories they imply but the archive does not list."""
    names = archive.namelist()
    listed = set(names)
    implied = {}
    for name in names:
        for parent in _ancestors(name):
            directory = parent + '/'
            if directory not in listed:
                implied[directory] = None
    return names + list(implied)


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist also has the directories its members imply."""

    def namelist(self):
        return _all_names(super())

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """name with a trailing slash when only the directory of that name exists."""
        names = self._name_set()
        if name not in names and name + '/' in names:
            return name + '/'
        return name

    def getinfo(self, name):
        # A directory that only the members' names imply gets a fresh ZipInfo.
        if name.endswith('/') and name not in self.NameToInfo and name in self._name_set():
            return ZipInfo(filename=name)
        return super().getinfo(name)

    @classmethod
    def make(cls, source):
        """source (an archive or something ZipFile opens) as a CompleteDirs."""
        if isinstance(source, CompleteDirs):
            return source
        if isinstance(source, ZipFile):
            # Names are cached only when nothing can be added to the archive; the archive
            # object itself changes class, as CPython's does.
            source.__class__ = cls if 'r' in source.mode else CompleteDirs
            return source
        return cls(source)


class FastLookup(CompleteDirs):
    """CompleteDirs caching its name list (the archive does not change while read)."""

    def namelist(self):
        cached = self.__dict__.get('_cached_names')
        if cached is None:
            cached = self._cached_names = super().namelist()
        return cached

    def _name_set(self):
        cached = self.__dict__.get('_cached_name_set')
        if cached is None:
            cached = self._cached_name_set = set(self.namelist())
        return cached


def _pure_attribute(attr):
    return property(lambda self: getattr(self._pure(), attr),
                    doc=f"The {attr} of the member's path, as pathlib gives it.")


class Path:
    """A member (or directory) of an archive, with pathlib's reading methods."""

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """The member as a binary stream ('rb', 'wb') or a text stream ('r', 'w')."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if zip_mode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' not in mode:
            encoding, args = (args[0], args[1:]) if args else (kwargs.pop('encoding', None), ())
            return io.TextIOWrapper(stream, encoding or 'utf-8', *args, **kwargs)
        if args or kwargs:
            raise ValueError("encoding args invalid for binary operation")
        return stream

    def _pure(self):
        """The member path (the archive's own name for the root) as a PurePosixPath."""
        return pathlib.PurePosixPath(self.at or self.root.filename)

    name = _pure_attribute('name')
    suffix = _pure_attribute('suffix')
    suffixes = _pure_attribute('suffixes')
    stem = _pure_attribute('stem')

    @property
    def filename(self):
        """The archive's path joined with the member's."""
        return pathlib.Path(self.root.filename, self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def _child_of(self, other):
        return os.path.dirname(other.at.rstrip('/')) == self.at.rstrip('/')

    def _next(self, at):
        return type(self)(self.root, at)

    def exists(self):
        return self.at in self.root._name_set()

    def is_dir(self):
        # The root, or a name with a trailing slash (listed or implied).
        return self.at == "" or self.at.endswith('/')

    def is_file(self):
        return not self.is_dir() and self.exists()

    def iterdir(self):
        if self.at and not self.at.endswith('/'):
            raise ValueError("Can't listdir a file")
        return filter(self._child_of, map(self._next, self.root.namelist()))

    def __str__(self):
        return os.path.join(self.root.filename, self.at)

    def __repr__(self):
        return f"{type(self).__name__}({self.root.filename!r}, {self.at!r})"

    def joinpath(self, *other):
        return self._next(self.root.resolve_dir(os.path.join(self.at, *other)))

    def __truediv__(self, other):
        return self.joinpath(other)

    @property
    def parent(self):
        if self.at:
            above = os.path.dirname(self.at.rstrip('/'))
            return self._next(above + '/' if above else '')
        return self.filename.parent
