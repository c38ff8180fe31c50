import os
from pathlib import Path

name = "os_paths_times.data.tmp"
with open(Path(name), "w") as f:
    f.write("abc")
os.utime(name, (1000000000, 1200000000.5))
st = os.stat(name)
print(st.st_mtime, st.st_atime, int(st.st_mtime))
os.utime(Path(name))
print(os.stat(name).st_mtime > 1200000001)
os.chmod(name, 0o640)
print(oct(os.stat(name).st_mode & 0o777))
os.chmod(Path(name), 0o600)
print(oct(os.stat(name).st_mode & 0o777))
old = os.umask(0o027)
print(os.umask(old) == 0o027)
print(os.fsencode("caf\u00e9"), os.fsencode(Path("/x/y")), os.fsdecode(b"caf\xc3\xa9"), os.fsdecode(Path("p")), os.fsencode(b"raw"))
with open(Path(name)) as f:
    print(f.read(), f.name)
for bad in [lambda: os.stat(Path("no/such/file")), lambda: os.chmod("no_such.data.tmp", 0o600), lambda: os.utime(Path("no_such.data.tmp")), lambda: open(Path("no/such")),
            lambda: os.utime(name, (1, 2, 3)), lambda: os.fsencode(3), lambda: open(3.5)]:
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "filename", None))
os.remove(name)
print(os.path.exists(name))
