# zipfile writes byte-identical archives: generated members (names, sizes, compressible and
# random contents, stored and deflated at every level), archives on disk written with write()
# from files with fixed mtimes, appended to, streamed to unseekable outputs, forced ZIP64;
# each archive's sha256 is printed, then read back and compared with what went in.
import hashlib
import io
import os
import tempfile
import zipfile

state = 20240611


def next_int(bound):
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state % bound


def noise(size, salt):
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(b"%d-%d" % (salt, counter)).digest()
        counter += 1
    return bytes(out[:size])


WORDS = ["zip", "deflate", "member", "archive", "central", "directory", "é", "ñandú", "\n", "  "]


def prose(size):
    parts = []
    total = 0
    while total < size:
        word = WORDS[next_int(len(WORDS))]
        parts.append(word)
        total += len(word.encode()) + 1
    return " ".join(parts).encode()[:size]


def contents(index):
    kind = next_int(5)
    size = (0, 1, 17, 300, 4000, 70000)[next_int(6)] + next_int(50)
    if kind == 0:
        return noise(size, index)
    if kind == 1:
        return prose(size)
    if kind == 2:
        return bytes([next_int(4) + 65 for _ in range(min(size, 3000))])
    if kind == 3:
        return (b"%05d," % index) * (size // 6)
    return prose(size // 2) + noise(size // 2, index + 1000)


SEGMENTS = ["docs", "src", "a b", "ünï", "deep", "x.y", "data"]


def member_name(index):
    depth = next_int(3)
    parts = [SEGMENTS[next_int(len(SEGMENTS))] for _ in range(depth)]
    return "/".join(parts + ["f%d%s" % (index, (".txt", ".bin", "", ".café")[next_int(4)])])


def stamp():
    return (1980 + next_int(60), 1 + next_int(12), 1 + next_int(28), next_int(24), next_int(60),
            2 * next_int(30))


def digest(data):
    return hashlib.sha256(data).hexdigest()[:24]


def read_back(data, expected):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        ok = archive.namelist() == [name for name, _ in expected]
        for name, payload in expected:
            ok = ok and archive.read(name) == payload
            with archive.open(name) as stream:
                pieces = []
                while True:
                    piece = stream.read(1 + next_int(5000))
                    if not piece:
                        break
                    pieces.append(piece)
                ok = ok and b"".join(pieces) == payload
        return ok and archive.testzip() is None


def generated_archive(round_no):
    methods = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
    default_method = methods[next_int(2)]
    default_level = (None, 0, 1, 5, 9)[next_int(5)]
    buffer = io.BytesIO()
    expected = []
    with zipfile.ZipFile(buffer, "w", default_method, compresslevel=default_level) as archive:
        for index in range(3 + next_int(6)):
            name = member_name(round_no * 100 + index)
            if name in dict(expected):
                continue
            payload = contents(round_no * 100 + index)
            info = zipfile.ZipInfo(name, stamp())
            info.compress_type = default_method
            choice = next_int(4)
            if choice == 0:
                archive.writestr(info, payload)
            elif choice == 1:
                level = next_int(11) - 1
                archive.writestr(info, payload, compress_type=zipfile.ZIP_DEFLATED,
                                 compresslevel=level)
            elif choice == 2:
                archive.writestr(info, payload.decode("latin-1"), compress_type=zipfile.ZIP_STORED)
                payload = payload.decode("latin-1").encode()
            else:
                with archive.open(info, "w") as sink:
                    at = 0
                    while at < len(payload):
                        step = 1 + next_int(9000)
                        sink.write(payload[at:at + step])
                        at += step
            expected.append((name, payload))
        if next_int(2):
            archive.comment = b"round %d" % round_no
    data = buffer.getvalue()
    print(round_no, len(expected), len(data), digest(data), read_back(data, expected))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            print("  ", info.filename, info.compress_type, info.file_size, info.compress_size,
                  "%08x" % info.CRC, info.date_time, info.flag_bits, info.header_offset)


for round_no in range(14):
    generated_archive(round_no)

# Deflate at each level over the same payloads.
for level in (None, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for index, payload in enumerate((prose(5000), noise(3000, 7), b"a" * 100000, b"")):
            archive.writestr(zipfile.ZipInfo("p%d" % index, (2001, 2, 3, 4, 5, 6)), payload)
    print("level", level, len(buffer.getvalue()), digest(buffer.getvalue()))


class Unseekable:
    """An output with write() only: members get data descriptors."""

    def __init__(self):
        self.sink = io.BytesIO()

    def write(self, data):
        return self.sink.write(data)

    def flush(self):
        pass


for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
    out = Unseekable()
    with zipfile.ZipFile(out, "w", method) as archive:
        archive.writestr(zipfile.ZipInfo("one.txt", (2010, 10, 10, 10, 10, 10)), prose(2000))
        with archive.open("two.bin", "w") as sink:
            sink.write(noise(500, 3))
        archive.mkdir("dir")
    data = out.sink.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        print("unseekable", method, len(data), digest(data),
              [(i.filename, i.flag_bits, i.file_size) for i in archive.infolist()],
              archive.read("two.bin") == noise(500, 3))

# ZIP64 records forced on a small member, and refused when not allowed.
buffer = io.BytesIO()
big_payload = prose(3000)
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    with archive.open(zipfile.ZipInfo("big", (2020, 1, 1, 0, 0, 0)), "w", force_zip64=True) as sink:
        sink.write(big_payload)
    archive.writestr(zipfile.ZipInfo("small", (2020, 1, 1, 0, 0, 0)), b"tiny")
data = buffer.getvalue()
with zipfile.ZipFile(io.BytesIO(data)) as archive:
    print("zip64", len(data), digest(data), [(i.filename, i.extract_version, i.create_version, len(i.extra)) for i in archive.infolist()], archive.read("big") == big_payload)
try:
    with zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False) as archive:
        archive.open("x", "w", force_zip64=True)
except Exception as e:
    print(type(e).__name__, e)

# Archives on disk: files with fixed mtimes and modes, directories, arcnames, append.
with tempfile.TemporaryDirectory() as top:
    os.chdir(top)
    os.makedirs("tree/sub/empty")
    files = {"tree/a.txt": prose(1200), "tree/sub/b.bin": noise(9000, 5),
             "tree/sub/c.txt": b"c" * 20000, "tree/zero": b""}
    for offset, (path, payload) in enumerate(sorted(files.items())):
        with open(path, "wb") as handle:
            handle.write(payload)
        os.chmod(path, (0o644, 0o600, 0o755, 0o640)[offset])
        when = 1500000000 + offset * 86461
        os.utime(path, (when, when))
    for offset, directory in enumerate(("tree", "tree/sub", "tree/sub/empty")):
        os.chmod(directory, 0o755)
        os.utime(directory, (1400000000 + offset * 3607, 1400000000 + offset * 3607))
    for method, level in ((zipfile.ZIP_STORED, None), (zipfile.ZIP_DEFLATED, None),
                          (zipfile.ZIP_DEFLATED, 1), (zipfile.ZIP_DEFLATED, 9)):
        with zipfile.ZipFile("disk.zip", "w", method, compresslevel=level) as archive:
            for root, dirs, names in sorted(os.walk("tree")):
                dirs.sort()
                archive.write(root)
                for name in sorted(names):
                    archive.write(os.path.join(root, name))
            archive.write("tree/a.txt", arcname="renamed/../top.txt")
            archive.write("tree/sub/b.bin", "/abs/b.bin", compress_type=zipfile.ZIP_STORED)
        with open("disk.zip", "rb") as handle:
            data = handle.read()
        print("disk", method, level, len(data), digest(data))
        with zipfile.ZipFile("disk.zip") as archive:
            for info in archive.infolist():
                print("  ", info)
            print("  ", all(archive.read(p) == d for p, d in files.items()))
    # Appending keeps the members and rewrites the directory after the new ones.
    with zipfile.ZipFile("disk.zip", "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("appended.txt", (2022, 2, 2, 2, 2, 2)), prose(700))
        archive.comment = b"appended"
    with open("disk.zip", "rb") as handle:
        data = handle.read()
    print("append", len(data), digest(data))
    # Appending to a file that is not an archive puts one after its bytes.
    with open("plain.bin", "wb") as handle:
        handle.write(b"#!stub\n" * 10)
    with zipfile.ZipFile("plain.bin", "a") as archive:
        archive.writestr(zipfile.ZipInfo("inside", (2022, 2, 2, 2, 2, 2)), b"payload")
    with open("plain.bin", "rb") as handle:
        data = handle.read()
    print("stub", len(data), digest(data), data[:7])
    with zipfile.ZipFile("plain.bin") as archive:
        print(archive.namelist(), archive.read("inside"), archive.getinfo("inside").header_offset)
    with zipfile.ZipFile("fresh.zip", "x") as archive:
        archive.writestr(zipfile.ZipInfo("x", (2000, 1, 1, 0, 0, 0)), b"exclusive")
    try:
        zipfile.ZipFile("fresh.zip", "x")
    except Exception as e:
        print(type(e).__name__)
    os.chdir(os.path.dirname(top))

# Reading a member through random mixes of read, read1, readline, peek, seek and tell, on
# intact members and on members whose recorded CRC is wrong (the error comes at the same call).
for trial in range(40):
    size = (0, 5, 600, 5000, 20000, 70000)[next_int(6)]
    kind = next_int(3)
    if kind == 0:
        payload = noise(size, trial)
    elif kind == 1:
        payload = (b"line %d\n" % trial) * (size // 7)
    else:
        payload = noise(size // 2, trial) + b"\n" * (size // 2)
    method = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)[next_int(2)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr(zipfile.ZipInfo("m", (2000, 1, 1, 0, 0, 0)), payload)
    raw = bytearray(buffer.getvalue())
    damaged = next_int(2)
    if damaged:
        raw[raw.index(b"PK\1\2") + 16] ^= 0x55
    log = []
    try:
        with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
            with archive.open("m") as stream:
                for _ in range(12):
                    op = next_int(7)
                    if op == 0:
                        piece = stream.read(next_int(9000))
                        log.append(("read", len(piece), digest(piece)[:6]))
                    elif op == 1:
                        log.append(("read1", len(stream.read1(next_int(9000)))))
                    elif op == 2:
                        log.append(("line", len(stream.readline())))
                    elif op == 3:
                        log.append(("peek", len(stream.peek(next_int(700)))))
                    elif op == 4:
                        log.append(("seek", stream.seek(next_int(size + 10) - 5, next_int(3))))
                    elif op == 5:
                        log.append(("limit", len(stream.readline(next_int(50)))))
                    else:
                        log.append(("tell", stream.tell()))
    except Exception as e:
        log.append((type(e).__name__, str(e)))
    print("stream", trial, size, kind, method, damaged, log)
