# os.statvfs / os.fstatvfs and shutil.disk_usage built on them. Free counts change while the
# program runs, so only their relations are printed.
import os
import shutil
import tempfile

work = tempfile.mkdtemp()
target = os.path.join(work, "f.bin")
with open(target, "wb") as f:
    f.write(b"x" * 100)

st = os.statvfs(work)
print(type(st).__name__, type(st).__module__, len(st), isinstance(st, tuple))
fields = ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
          "f_favail", "f_flag", "f_namemax"]
for i, name in enumerate(fields):
    value = getattr(st, name)
    print(name, type(value).__name__, value == st[i], value >= 0)
print("namemax", st.f_namemax)
print("bfree <= blocks", st.f_bfree <= st.f_blocks, "bavail <= bfree", st.f_bavail <= st.f_bfree)
print("ffree <= files", st.f_ffree <= st.f_files, "favail <= ffree", st.f_favail <= st.f_ffree)
print("frsize power of two", st.f_frsize & (st.f_frsize - 1) == 0)
print("read-only", bool(st.f_flag & os.ST_RDONLY))
print("repr", repr(st).startswith("os.statvfs_result(f_bsize="))
print("fsid int", isinstance(st.f_fsid, int))

same = [os.statvfs(target), os.statvfs(os.fsencode(work)), os.statvfs(os.path.join(work, "."))]
for other in same:
    print("same fs", other.f_blocks == st.f_blocks, other.f_bsize == st.f_bsize)

fd = os.open(target, os.O_RDONLY)
fst = os.fstatvfs(fd)
print("fstatvfs", type(fst).__name__, fst.f_blocks == st.f_blocks, fst.f_namemax == st.f_namemax)
print("statvfs(fd)", os.statvfs(fd).f_blocks == st.f_blocks)
with open(target, "rb") as f:
    print("fstatvfs(fileno)", os.fstatvfs(f.fileno()).f_frsize == st.f_frsize)
os.close(fd)

for bad in [os.path.join(work, "missing"), os.path.join(work, "missing", "deeper")]:
    try:
        os.statvfs(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == bad)
for bad in [99999, -5]:
    try:
        os.fstatvfs(bad)
    except OSError as e:
        print("fstatvfs", bad, type(e).__name__, e)
try:
    os.statvfs(1.5)
except TypeError as e:
    print("TypeError", e)

usage = shutil.disk_usage(work)
print(type(usage).__name__, usage._fields)
st = os.statvfs(work)
print("total", usage.total == st.f_blocks * st.f_frsize)
print("used+free <= total", usage.used + usage.free <= usage.total, usage.used >= 0)
print("path-like", shutil.disk_usage(os.fsencode(work)).total == usage.total)
try:
    shutil.disk_usage(os.path.join(work, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

os.unlink(target)
os.rmdir(work)
import os
for f in (os.statvfs, os.fstatvfs, os.fdopen):
    try: f()
    except TypeError as e: print(e)
try: os.statvfs("/", 1)
except TypeError as e: print(e)
