# tarfile: archives written in ustar, GNU and pax formats (long names, non-ASCII names,
# links, directories, big numbers, float times) are byte-identical to CPython's; reading
# back, extractfile, extract/extractall with filters, gzip compression, append mode,
# is_tarfile, errors.
import hashlib
import io
import os
import shutil
import tarfile
import tempfile


def digest(data):
    return hashlib.sha256(data).hexdigest()[:20]


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1) % (1 << 64)
        return (self.state >> 35) % n


rng = Lcg(9)
NAME_PARTS = ["a", "dir", "x" * 40, "é", "日本", "long" * 30, "sub", "f.txt"]


def random_member(i):
    parts = [NAME_PARTS[rng.below(len(NAME_PARTS))] for _ in range(1 + rng.below(4))]
    info = tarfile.TarInfo("/".join(parts) + str(i))
    kind = rng.below(6)
    data = b""
    if kind == 0:
        info.type = tarfile.DIRTYPE
        info.mode = 0o755
    elif kind == 1:
        info.type = tarfile.SYMTYPE
        info.linkname = "target" * (1 + rng.below(30))
    elif kind == 2:
        info.type = tarfile.LNKTYPE
        info.linkname = "a0"
    else:
        data = bytes(rng.below(256) for _ in range(rng.below(1500)))
        info.size = len(data)
        info.mode = [0o644, 0o600, 0o4755, 0o777][rng.below(4)]
    info.mtime = [0, 1234567890, 8 ** 11, 1700000000.25, 2 ** 40][rng.below(5)]
    info.uid = [0, 1000, 8 ** 7, 2 ** 30][rng.below(4)]
    info.gid = [0, 50][rng.below(2)]
    info.uname = ["", "alice", "bob" * 12, "zoë"][rng.below(4)]
    info.gname = ["", "staff"][rng.below(2)]
    return info, data


for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as archive:
        for i in range(25):
            info, data = random_member(i)
            try:
                archive.addfile(info, io.BytesIO(data) if data or info.isreg() else None)
                print(fmt, i, "added", info.name[:24], info.type)
            except Exception as e:
                print(fmt, i, type(e).__name__, e)
    raw = buf.getvalue()
    print("format", fmt, len(raw), digest(raw))
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r") as archive:
        for member in archive:
            print("  ", member.name[:40], member.size, member.mtime, member.mode, member.uid,
                  member.uname, member.type, member.linkname[:20], member.isdir(), member.isreg(),
                  member.issym(), member.islnk(), sorted(member.pax_headers)[:4])
        names = archive.getnames()
        print("  names", len(names), names[:3])
        first_file = next((m for m in archive.getmembers() if m.isreg()), None)
        if first_file is not None:
            f = archive.extractfile(first_file)
            print("  data", digest(f.read()), f.name, f.readable(), f.seekable())

# the header fields one by one
ti = tarfile.TarInfo("plain.txt")
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    print(fmt, ti.tobuf(fmt)[:160], digest(ti.tobuf(fmt)))
print(tarfile.TarInfo("d").get_info())
print(repr(tarfile.itn(7)), repr(tarfile.itn(-1, 8, tarfile.GNU_FORMAT)), repr(tarfile.itn(8 ** 8, 8, tarfile.GNU_FORMAT)))
print(tarfile.nti(tarfile.itn(12345)), tarfile.nti(tarfile.itn(-5, 8, tarfile.GNU_FORMAT)), tarfile.nti(b"0000017 \0"))
attempt("itn overflow", lambda: tarfile.itn(8 ** 8))
attempt("none mode", lambda: tarfile.TarInfo("x").replace(mode=None).tobuf())
attempt("bad format", lambda: tarfile.TarInfo("x").tobuf(7))
attempt("replace", lambda: (ti.replace(name="new", mtime=5).name, ti.name, ti.replace(uid=3, deep=False).uid))
print(ti.path, ti.linkpath == ti.linkname, ti.isfile(), ti.isdev(), ti.issparse())

# files on disk: add, gettarinfo, extract, extractall with filters
base = tempfile.mkdtemp()
src = os.path.join(base, "src")
os.makedirs(os.path.join(src, "inner", "deep"))
for rel, content in [("top.txt", b"top\n"), ("inner/a.bin", bytes(range(256)) * 3),
                     ("inner/deep/z.txt", b"zzz"), ("inner/empty", b"")]:
    with open(os.path.join(src, rel), "wb") as f:
        f.write(content)
os.symlink("top.txt", os.path.join(src, "link-to-top"))
os.link(os.path.join(src, "top.txt"), os.path.join(src, "hard-top"))
for dirpath, dirnames, filenames in os.walk(src):
    for name in dirnames + filenames:
        os.utime(os.path.join(dirpath, name), (1600000000, 1600000000), follow_symlinks=False) if False else None
        if not os.path.islink(os.path.join(dirpath, name)):
            os.utime(os.path.join(dirpath, name), (1600000000, 1600000000))
os.utime(src, (1600000000, 1600000000))
os.chmod(os.path.join(src, "inner", "a.bin"), 0o640)

tar_path = os.path.join(base, "out.tar")
with tarfile.open(tar_path, "w") as archive:
    archive.add(src, arcname="pkg", filter=lambda t: None if t.name.endswith("empty") else t.replace(uid=0, gid=0, uname="root", gname="root", deep=False))
    info = archive.gettarinfo(os.path.join(src, "top.txt"), arcname="renamed.txt")
    print("gettarinfo", info.name, info.size, info.mode, info.type, info.mtime)
with open(tar_path, "rb") as f:
    raw = f.read()
print("disk archive", len(raw), tarfile.is_tarfile(tar_path))
with tarfile.open(tar_path) as archive:
    for m in archive.getmembers():
        print("  ", m.name, m.type, m.size, m.mode, None if m.issym() else m.mtime, m.linkname, m.uname)
    print("  hard", archive.extractfile("pkg/hard-top").read(), archive.extractfile("pkg/link-to-top").read())
    print("  dir", archive.extractfile("pkg/inner"))
    attempt("  missing", lambda: archive.getmember("nope"))
    dest = os.path.join(base, "dest")
    archive.extractall(dest)
    archive.extract("pkg/top.txt", os.path.join(base, "single"))
    for dirpath, dirnames, filenames in sorted(os.walk(dest)):
        rel = os.path.relpath(dirpath, dest)
        print("  tree", rel, sorted(dirnames), sorted(filenames),
              oct(os.stat(dirpath).st_mode & 0o777))
    print("  read", open(os.path.join(dest, "pkg", "inner", "deep", "z.txt"), "rb").read(),
          os.readlink(os.path.join(dest, "pkg", "link-to-top")),
          oct(os.stat(os.path.join(dest, "pkg", "inner", "a.bin")).st_mode & 0o777),
          os.stat(os.path.join(dest, "pkg", "top.txt")).st_mtime,
          os.path.exists(os.path.join(base, "single", "pkg", "top.txt")))

# filters
evil = io.BytesIO()
with tarfile.open(fileobj=evil, mode="w") as archive:
    for name, kind, link in [("ok.txt", tarfile.REGTYPE, ""), ("/abs.txt", tarfile.REGTYPE, ""),
                             ("../up.txt", tarfile.REGTYPE, ""), ("dev", tarfile.CHRTYPE, ""),
                             ("sl", tarfile.SYMTYPE, "/etc/passwd"), ("sl2", tarfile.SYMTYPE, "../../x"),
                             ("suid", tarfile.REGTYPE, "")]:
        t = tarfile.TarInfo(name)
        t.type = kind
        t.linkname = link
        t.mode = 0o4777 if name == "suid" else 0o644
        archive.addfile(t, io.BytesIO(b"") if kind == tarfile.REGTYPE else None)
for filter_name in ["data", "tar", "fully_trusted"]:
    evil.seek(0)
    with tarfile.open(fileobj=evil) as archive:
        for member in archive.getmembers():
            fn = {"data": tarfile.data_filter, "tar": tarfile.tar_filter,
                  "fully_trusted": tarfile.fully_trusted_filter}[filter_name]
            try:
                out = fn(member, os.path.join(base, "filtered"))
                print(filter_name, member.name, out.name, out.mode, out.uid, out.uname)
            except tarfile.FilterError as e:
                print(filter_name, member.name, type(e).__name__, str(e).replace(base, "BASE"))
    attempt("bad filter", lambda: tarfile.open(fileobj=io.BytesIO(evil.getvalue())).extractall(base, filter="nope"))
evil.seek(0)
with tarfile.open(fileobj=evil) as archive:
    target = os.path.join(base, "safe")
    try:
        archive.extractall(target, filter="data")
    except tarfile.FilterError as e:
        print("extractall data", type(e).__name__, str(e).replace(base, "BASE"))
    print(sorted(os.listdir(target)))

# gzip and the mode strings
gz_path = os.path.join(base, "out.tar.gz")
with tarfile.open(gz_path, "w:gz") as archive:
    archive.add(os.path.join(src, "top.txt"), arcname="top.txt")
print("gz", tarfile.is_tarfile(gz_path), open(gz_path, "rb").read(3))
for mode in ["r", "r:*", "r:gz"]:
    with tarfile.open(gz_path, mode) as archive:
        print(mode, archive.getnames(), archive.extractfile("top.txt").read())
attempt("r: on gz", lambda: tarfile.open(gz_path, "r:"))
attempt("r:gz on plain", lambda: tarfile.open(tar_path, "r:gz"))
attempt("unknown comp", lambda: tarfile.open(tar_path, "r:zz"))
attempt("bad mode", lambda: tarfile.open(tar_path, "q"))
attempt("nothing", lambda: tarfile.open())
attempt("not tar", lambda: tarfile.open(fileobj=io.BytesIO(b"hello" * 200)))
attempt("empty", lambda: tarfile.open(fileobj=io.BytesIO(b"")))
attempt("is_tarfile bytes", lambda: tarfile.is_tarfile(io.BytesIO(b"x" * 1024)))
try:
    tarfile.open(tar_path, "x")
except FileExistsError as e:
    print("x exists", e.errno, e.filename == tar_path)
attempt("a:gz", lambda: tarfile.open(gz_path, "a:gz"))

# append
app = os.path.join(base, "app.tar")
with tarfile.open(app, "a") as archive:
    t = tarfile.TarInfo("one")
    archive.addfile(t)
with tarfile.open(app, "a") as archive:
    t = tarfile.TarInfo("two")
    archive.addfile(t)
with tarfile.open(app) as archive:
    print("append", archive.getnames(), os.path.getsize(app))
    attempt("write on read", lambda: archive.addfile(tarfile.TarInfo("x")))
archive = tarfile.open(app)
archive.close()
attempt("closed", lambda: archive.getmembers())

# byte-identical archives from in-memory members
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    out = io.BytesIO()
    archive = tarfile.open(fileobj=out, mode="w", format=fmt, pax_headers={"comment": "hi"})
    for i in range(5):
        t = tarfile.TarInfo(f"file{i}.txt")
        t.size = i * 100
        t.mtime = 1000000000 + i
        archive.addfile(t, io.BytesIO(b"q" * t.size))
    archive.close()
    print("memory", fmt, len(out.getvalue()), digest(out.getvalue()))
shutil.rmtree(base)

# list(), next(), iteration while reading, and leaving a with block by an exception
listing = io.BytesIO()
with tarfile.open(fileobj=listing, mode="w") as archive:
    for name, kind in [("dir", tarfile.DIRTYPE), ("dir/file.txt", tarfile.REGTYPE),
                       ("dir/sym", tarfile.SYMTYPE), ("dir/hard", tarfile.LNKTYPE),
                       ("dev", tarfile.CHRTYPE)]:
        t = tarfile.TarInfo(name)
        t.type = kind
        t.mtime = 86400 * 365
        t.uname, t.gname = "me", "us"
        t.linkname = "file.txt" if kind == tarfile.SYMTYPE else ("dir/file.txt" if kind == tarfile.LNKTYPE else "")
        t.devmajor, t.devminor = 4, 7
        data = b"text" if kind == tarfile.REGTYPE else b""
        t.size = len(data)
        archive.addfile(t, io.BytesIO(data) if data else None)
listing.seek(0)
with tarfile.open(fileobj=listing) as archive:
    archive.list(verbose=False)
    archive.list()
    print([m.name for m in archive.getmembers()[1:3]])
    print(archive.extractfile("dir/sym").read(), archive.extractfile("dir/hard").read())
listing.seek(0)
archive = tarfile.open(fileobj=listing)
seen = []
while True:
    member = archive.next()
    if member is None:
        break
    seen.append(member.name)
print(seen, archive.next())
archive.close()
sink = io.BytesIO()
try:
    with tarfile.open(fileobj=sink, mode="w") as archive:
        archive.addfile(tarfile.TarInfo("kept"))
        raise RuntimeError("stop")
except RuntimeError as e:
    print("error", e, len(sink.getvalue()), archive.closed)
