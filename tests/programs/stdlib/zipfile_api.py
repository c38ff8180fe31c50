# The zipfile API: ZipFile in every mode, members read and written through every method,
# ZipInfo, errors and their messages, damaged archives, extraction's path rules, encrypted
# members (traditional PKWARE encryption, built here by hand), and zipfile.Path.
import io
import os
import pathlib
import struct
import tempfile
import warnings
import zipfile
import zlib


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=>", result)


def stamp(n):
    return (2000 + n, 1 + n % 12, 1 + n % 28, n % 24, n % 60, (2 * n) % 60)


def build(members, method=zipfile.ZIP_DEFLATED, **options):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method, **options) as archive:
        for index, (name, data) in enumerate(members):
            archive.writestr(zipfile.ZipInfo(name, stamp(index)), data)
    return buffer.getvalue()


print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
print(issubclass(zipfile.BadZipFile, Exception), issubclass(zipfile.LargeZipFile, Exception))
print(zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT, zipfile.ZIP_MAX_COMMENT)

# ZipInfo on its own.
info = zipfile.ZipInfo()
print(info, info.filename, info.date_time, info.compress_type, info.file_size, info.compress_size)
print(info.create_system, info.create_version, info.extract_version, info.flag_bits, info.extra,
      info.comment, info.external_attr, info.internal_attr, info.volume, info.reserved)
print(zipfile.ZipInfo("with\0nul.txt").filename, zipfile.ZipInfo("with\0nul.txt").orig_filename)
print(zipfile.ZipInfo("d/").is_dir(), zipfile.ZipInfo("d").is_dir(), zipfile.ZipInfo("d/e/").is_dir())
attempt("1979", lambda: zipfile.ZipInfo("old", (1979, 12, 31, 23, 59, 59)))
attempt("slots", lambda: setattr(zipfile.ZipInfo("x"), "nonsense", 1))
for attrs in ((0o100644 << 16, 0, 5, 5), (0o40755 << 16 | 0x10, 8, 0, 0), (0x20, 0, 3, 9),
              (0o120777 << 16, 8, 10, 4), (0, 99, 1, 1), (0o40700 << 16, 0, 7, 7)):
    external, method, size, compressed = attrs
    for name in ("f.txt", "dir/"):
        info = zipfile.ZipInfo(name)
        info.external_attr, info.compress_type = external, method
        info.file_size, info.compress_size = size, compressed
        print(repr(info))
header = zipfile.ZipInfo("héader.txt", (2024, 2, 29, 13, 59, 58))
header.CRC, header.file_size, header.compress_size = 0x12345678, 10, 7
print(header.FileHeader().hex())
print(header.FileHeader(True).hex(), header.extract_version, header.create_version)
header.file_size = 1 << 32
attempt("header no zip64", lambda: header.FileHeader(False))
print(len(header.FileHeader()))

# Writing: the ZipFile's defaults, per-member overrides, text data, directories.
buffer = io.BytesIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        print(archive.mode, archive.compression, archive.compresslevel, archive.comment,
              archive.filename, archive.debug, archive.namelist())
        archive.writestr(zipfile.ZipInfo("text.txt", stamp(1)), "héllo\nwörld\n" * 30)
        archive.writestr(zipfile.ZipInfo("raw.bin", stamp(2)), bytes(range(256)),
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr(zipfile.ZipInfo("fast.txt", stamp(3)), b"fast " * 200, compresslevel=1)
        archive.writestr(zipfile.ZipInfo("dir/", stamp(4)), b"")
        archive.writestr(zipfile.ZipInfo("text.txt", stamp(5)), b"duplicate")
        archive.mkdir("made")
        archive.mkdir("made2/", mode=0o700)
        with archive.open("stream.txt", "w") as sink:
            print(sink.writable(), sink.write(b"line one\n"), sink.write(bytearray(b"line two\n")),
                  sink.write(memoryview(b"line three\n")))
            attempt("write while open", lambda: archive.writestr("other", b""))
            attempt("second handle", lambda: archive.open("other", "w"))
            attempt("read while writing", lambda: archive.read("raw.bin"))
            attempt("close while writing", lambda: archive.close())
        attempt("write to closed handle", lambda: sink.write(b"more"))
        attempt("mkdir of a file", lambda: archive.mkdir(zipfile.ZipInfo("plain")))
        attempt("mkdir of an int", lambda: archive.mkdir(5))
        attempt("bad open mode", lambda: archive.open("x", "a"))
        attempt("pwd for writing", lambda: archive.open("x", "w", pwd=b"secret"))
        attempt("comment type", lambda: setattr(archive, "comment", "text"))
        archive.comment = b"archive comment"
        print([i.filename for i in archive.infolist()])
    print([str(w.message) for w in caught])
data = buffer.getvalue()
print(len(data), zlib.crc32(data))
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"PK\3\4 not really")))

# Reading it back.
with zipfile.ZipFile(io.BytesIO(data)) as archive:
    print(archive.mode, archive.comment, archive.namelist())
    for info in archive.infolist():
        print(repr(info), info.CRC, info.date_time, info.header_offset, info.flag_bits,
              info.create_system, info.extract_version)
    print(archive.read("text.txt"), archive.read(archive.getinfo("raw.bin"))[:8])
    attempt("missing", lambda: archive.getinfo("missing.txt"))
    attempt("missing read", lambda: archive.read("nope/"))
    with archive.open("stream.txt") as stream:
        print(stream.name, stream.mode, stream.readable(), stream.seekable(), stream.tell())
        print(stream.readline(), stream.readline(4), stream.read(3), stream.tell())
        print(stream.read(), stream.read(), stream.tell())
        print(stream.seek(5), stream.read(4), stream.seek(-6, 2), stream.read(), stream.seek(100),
              stream.seek(-3, 1), stream.read())
        stream.seek(0)
        print(list(stream))
        attempt("whence", lambda: stream.seek(0, 3))
    print(repr(stream), stream.closed)
    attempt("read closed", lambda: stream.read())
    with archive.open("text.txt") as stream:
        print(repr(stream), stream.readlines()[:2])
    with archive.open(archive.getinfo("fast.txt")) as stream:
        print(stream.peek()[:10], stream.read(7), [stream.read(4) for _ in range(3)])
    print(archive.testzip())
    out = io.StringIO()
    archive.printdir(out)
    print(out.getvalue())
    archive.printdir()
    attempt("writestr in r", lambda: archive.writestr("x", b"x"))
print(repr(archive))
attempt("read after close", lambda: archive.read("text.txt"))
attempt("writestr after close", lambda: archive.writestr("x", b"x"))
attempt("write after close", lambda: archive.write("x"))
print(archive.namelist()[:2])

# Constructor errors.
attempt("mode", lambda: zipfile.ZipFile(io.BytesIO(), "q"))
attempt("method", lambda: zipfile.ZipFile(io.BytesIO(), "w", 99))
attempt("metadata encoding", lambda: zipfile.ZipFile(io.BytesIO(), "w", metadata_encoding="cp437"))
attempt("not a zip", lambda: zipfile.ZipFile(io.BytesIO(b"hello, this is not a zip file")))
attempt("empty", lambda: zipfile.ZipFile(io.BytesIO(b"")))
attempt("writestr method", lambda: zipfile.ZipFile(io.BytesIO(), "w").writestr("x", b"", 77))
attempt("large", lambda: zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False).open(
    _big_info(), "w"))


def _big_info():
    info = zipfile.ZipInfo("huge")
    info.file_size = 1 << 32
    return info


attempt("large", lambda: zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False).open(
    _big_info(), "w"))
print(len(zipfile.ZipFile(io.BytesIO(), "w").__enter__().namelist()))

# Damaged archives.
good = build([("alpha.txt", b"alpha " * 100), ("beta.txt", b"beta")], zipfile.ZIP_STORED)
at = good.index(b"alpha alpha")
bad_crc = good[:at] + b"A" + good[at + 1:]
with zipfile.ZipFile(io.BytesIO(bad_crc)) as archive:
    print(archive.testzip())
    attempt("bad crc", lambda: archive.read("alpha.txt"))
    with archive.open("alpha.txt") as stream:
        attempt("first read", lambda: stream.read(10))
bad_header = b"XX" + good[2:]
with zipfile.ZipFile(io.BytesIO(bad_header)) as archive:
    attempt("bad header", lambda: archive.read("alpha.txt"))
    print(archive.read("beta.txt"))
renamed = good.replace(b"alpha.txt", b"alpha.txt", 1)
first = good.index(b"alpha.txt")
renamed = good[:first] + b"alphA.txt" + good[first + 9:]
with zipfile.ZipFile(io.BytesIO(renamed)) as archive:
    attempt("name differs", lambda: archive.read("alpha.txt"))
directory_at = good.index(b"PK\1\2")
attempt("truncated", lambda: zipfile.ZipFile(io.BytesIO(good[:directory_at + 20] + good[-22:])))
attempt("bad dir magic", lambda: zipfile.ZipFile(io.BytesIO(
    good[:directory_at] + b"PK\1\3" + good[directory_at + 4:])))
print(zipfile.is_zipfile(io.BytesIO(good[:-1])), zipfile.is_zipfile(io.BytesIO(good + b"tail")))
deflated = build([("a", b"x" * 1000)])
at = deflated.index(b"PK\1\2")
unknown = deflated.replace(struct.pack("<H", 8), struct.pack("<H", 99))
attempt("unknown method", lambda: zipfile.ZipFile(io.BytesIO(unknown)).read("a"))
versioned = deflated[:at + 6] + bytes([64]) + deflated[at + 7:]
attempt("version", lambda: zipfile.ZipFile(io.BytesIO(versioned)))
cp437 = build([("X1.txt", b"dos")], zipfile.ZIP_STORED).replace(b"X1", b"\x80\xe9")
print(zipfile.ZipFile(io.BytesIO(cp437)).namelist(),
      zipfile.ZipFile(io.BytesIO(cp437), metadata_encoding="latin-1").namelist(),
      zipfile.ZipFile(io.BytesIO(cp437)).read("ÇΘ.txt"))
commented = build([("c", b"c")])
with zipfile.ZipFile(io.BytesIO(commented)) as archive:
    print(archive.comment)
prefixed = b"junk before the archive " * 3 + build([("p", b"prefixed")])
with zipfile.ZipFile(io.BytesIO(prefixed)) as archive:
    print(archive.read("p"), archive.getinfo("p").header_offset, archive.start_dir)


# Traditional PKWARE encryption, written here: CPython reads it but cannot write it.
def crc_step(value, byte):
    return zlib.crc32(bytes([byte]), value ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def encrypt(plain, password):
    keys = [0x12345678, 0x23456789, 0x34567890]

    def stir(byte):
        keys[0] = crc_step(keys[0], byte)
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = crc_step(keys[2], keys[1] >> 24)

    for byte in password:
        stir(byte)
    out = bytearray()
    for byte in plain:
        mask = keys[2] | 2
        out.append(byte ^ (((mask * (mask ^ 1)) >> 8) & 0xFF))
        stir(byte)
    return bytes(out)


def encrypted_archive(entries):
    body = b""
    directory = b""
    for name, plain, password, method in entries:
        crc = zlib.crc32(plain)
        if method == zipfile.ZIP_DEFLATED:
            engine = zlib.compressobj(6, zlib.DEFLATED, -15)
            packed = engine.compress(plain) + engine.flush()
        else:
            packed = plain
        secret = encrypt(bytes(range(11)) + bytes([crc >> 24]) + packed, password)
        raw_name = name.encode()
        fixed = (20, 0, 1, method, 0x6000, 0x5821, crc, len(secret), len(plain), len(raw_name))
        directory += struct.pack("<4s4B4HL2L5H2L", b"PK\1\2", 20, 3, *fixed, 0, 0, 0, 0,
                                 0o644 << 16, len(body))
        directory += raw_name
        body += struct.pack("<4s2B4HL2L2H", b"PK\3\4", *fixed, 0) + raw_name + secret
    end = struct.pack("<4s4H2LH", b"PK\5\6", 0, 0, len(entries), len(entries), len(directory),
                      len(body), 0)
    return body + directory + end


locked = encrypted_archive([("secret.txt", b"the secret text\n" * 5, b"open sesame", 0),
                            ("packed.txt", b"squeezed " * 50, b"open sesame", 8),
                            ("other.txt", b"different key", b"pw2", 0)])
with zipfile.ZipFile(io.BytesIO(locked)) as archive:
    print([(i.filename, i.flag_bits, i.date_time) for i in archive.infolist()])
    attempt("no password", lambda: archive.read("secret.txt"))
    attempt("no password info", lambda: archive.open(archive.getinfo("secret.txt")))
    attempt("wrong password", lambda: archive.read("secret.txt", pwd=b"wrong"))
    attempt("str password", lambda: archive.read("secret.txt", pwd="open sesame"))
    attempt("setpassword str", lambda: archive.setpassword("text"))
    print(archive.read("secret.txt", pwd=b"open sesame")[:20])
    archive.setpassword(b"open sesame")
    print(archive.pwd, archive.read("packed.txt")[:18], archive.read("secret.txt")[-6:])
    attempt("other key", lambda: archive.read("other.txt"))
    print(archive.read("other.txt", b"pw2"))
    with archive.open("secret.txt") as stream:
        print(stream.read(4), stream.seek(20), stream.read(5), stream.seek(0), stream.read(3))
    archive.setpassword(None)
    print(archive.pwd)
    archive.setpassword(b"")
    print(archive.pwd)

# Files on disk: write(), from_file(), append, extract and its path rules, zipfile.Path.
top = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(top)
os.makedirs("src/inner")
for path, payload in (("src/one.txt", b"one\n"), ("src/inner/two.txt", b"two\n" * 40)):
    with open(path, "wb") as handle:
        handle.write(payload)
    os.chmod(path, 0o644)
    os.utime(path, (1600000000, 1600000000))
for folder in ("src/inner", "src"):
    os.chmod(folder, 0o755)
    os.utime(folder, (1600000000, 1600000000))
info = zipfile.ZipInfo.from_file("src/one.txt")
print(info, info.date_time, info.file_size)
info = zipfile.ZipInfo.from_file(pathlib.Path("src/inner"), "renamed")
print(info, info.date_time, info.file_size, info.filename)
print(zipfile.ZipInfo.from_file("src/one.txt", "/lead/../x/./y.txt").filename)
with open("old.txt", "wb") as handle:
    handle.write(b"from the seventies")
os.utime("old.txt", (200000000, 200000000))
attempt("old file", lambda: zipfile.ZipInfo.from_file("old.txt"))
print(zipfile.ZipInfo.from_file("old.txt", strict_timestamps=False).date_time)
with zipfile.ZipFile("disk.zip", "w", strict_timestamps=False) as archive:
    archive.write("old.txt")
    archive.write("src")
    archive.write("src/one.txt", "one.txt")
    archive.write(pathlib.Path("src/inner/two.txt"), compress_type=zipfile.ZIP_DEFLATED,
                  compresslevel=2)
    print(repr(archive))
print(repr(archive))
with zipfile.ZipFile("disk.zip") as archive:
    for info in archive.infolist():
        print(info, info.date_time)
print(zipfile.is_zipfile("disk.zip"), zipfile.is_zipfile("old.txt"), zipfile.is_zipfile("nothing"),
      zipfile.is_zipfile(pathlib.Path("disk.zip")))
attempt("missing file", lambda: zipfile.ZipFile("nothing.zip"))
attempt("exclusive", lambda: zipfile.ZipFile("disk.zip", "x"))
with zipfile.ZipFile("disk.zip", "a") as archive:
    archive.writestr(zipfile.ZipInfo("added.txt", stamp(9)), b"added later")
with zipfile.ZipFile(pathlib.Path("disk.zip"), "r") as archive:
    print(archive.namelist(), archive.read("added.txt"))
open("empty.zip", "wb").close()
with zipfile.ZipFile("empty.zip", "a") as archive:
    pass
print(open("empty.zip", "rb").read())
with zipfile.ZipFile("fresh.zip", "a") as archive:
    archive.writestr(zipfile.ZipInfo("new"), b"created by append")
print(zipfile.ZipFile("fresh.zip").read("new"))

hostile = build([("../escape.txt", b"up"), ("/abs/root.txt", b"abs"),
                 ("a/./b/../c.txt", b"dots"), ("dir/", b""), ("dir/x.txt", b"x"),
                 ("..", b"dotdot"), ("ok/../../../far.txt", b"far"), ("back\\slash.txt", b"bs"),
                 ("trail/.", b"t")])
with zipfile.ZipFile(io.BytesIO(hostile)) as archive:
    os.makedirs("out")
    for name in archive.namelist():
        try:
            target = archive.extract(name, "out")
        except Exception as e:
            print(name, type(e).__name__, e)
        else:
            print(repr(name), "->", os.path.relpath(target, top))
    archive.extractall(pathlib.Path("all"), [n for n in archive.namelist() if n not in ("..", "trail/.")])
    archive.extractall("some", members=["dir/x.txt", archive.getinfo("a/./b/../c.txt")])
    os.chdir("out")
    print(os.path.relpath(archive.extract("dir/x.txt"), top))
    os.chdir(top)
for root in ("out", "all", "some"):
    for folder, dirs, names in sorted(os.walk(root)):
        print(folder, sorted(dirs), sorted(names))
print(open("out/a/b/c.txt", "rb").read(), open("all/ok/far.txt", "rb").read())
print(os.path.exists(os.path.join(os.path.dirname(top), "escape.txt")))
with zipfile.ZipFile(io.BytesIO(locked)) as archive:
    print(os.path.relpath(archive.extract("secret.txt", "locked", pwd=b"open sesame"), top))
    attempt("extract locked", lambda: archive.extract("other.txt", "locked"))

# zipfile.Path
tree = build([("a.txt", "alpha\n"), ("b/c.txt", "see"), ("b/d/e.txt", b"deep"),
              ("b/d/f.bin", b"\x00\x01"), ("g/", b""), ("h.tar.gz", b"gz")])
with open("tree.zip", "wb") as handle:
    handle.write(tree)
root = zipfile.Path("tree.zip")
print(repr(root), str(root), root.name, root.suffix, root.suffixes, root.stem, root.filename)
print(root.is_dir(), root.is_file(), root.exists(), root.parent, root.at)
print(type(root.root).__name__, root.root.namelist())
for entry in sorted(root.iterdir(), key=str):
    print(" ", repr(entry), entry.name, entry.is_dir(), entry.is_file(), entry.exists())
b = root / "b"
print(repr(b), b.at, b.is_dir(), b.exists(), [p.name for p in b.iterdir()])
d = root.joinpath("b", "d")
print(repr(d), [repr(p) for p in d.iterdir()], repr(d.parent), repr(d.parent.parent))
e = d / "e.txt"
print(repr(e), e.read_text(), e.read_bytes(), e.suffix, e.stem, e.name, e.filename)
print(repr(root / "h.tar.gz"), (root / "h.tar.gz").suffixes, (root / "h.tar.gz").stem)
print((root / "a.txt").read_text(encoding="utf-8"), (root / "b/c.txt").read_text())
with (root / "a.txt").open() as stream:
    print(type(stream).__name__, stream.read())
with (root / "b" / "d" / "f.bin").open("rb") as stream:
    print(stream.read())
missing = root / "zzz.txt"
print(repr(missing), missing.exists(), missing.is_file(), missing.is_dir())
attempt("open missing", lambda: missing.open())
attempt("open dir", lambda: b.open())
attempt("iterdir file", lambda: e.iterdir())
attempt("binary with encoding", lambda: e.open("rb", encoding="utf-8"))
print(repr(root / "g"), (root / "g").is_dir(), [p.name for p in (root / "g").iterdir()])
print(repr(root / "b" / "/a.txt"), repr(zipfile.Path("tree.zip", "b/d/")))
archive = zipfile.ZipFile(io.BytesIO(tree))
wrapped = zipfile.Path(archive, "b/")
print(wrapped.root is archive, type(archive).__name__, [p.name for p in wrapped.iterdir()],
      archive.namelist())
writable = zipfile.ZipFile(io.BytesIO(), "w")
view = zipfile.Path(writable)
print(type(writable).__name__)
with (view / "new.txt").open("w") as stream:
    stream.write("written through Path\n")
with (view / "raw.bin").open("wb") as stream:
    stream.write(b"raw")
print(writable.namelist(), [p.name for p in view.iterdir()])
writable.close()
os.chdir(home)
