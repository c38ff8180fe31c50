# Low-level file descriptors: os.open/read/write/lseek/close/fstat, O_* flags, truncate, kill,
# renames, and os.path.samefile/sameopenfile/samestat.
import os, tempfile
base = tempfile.mkdtemp()
os.chdir(base)
flags = ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT", "O_EXCL", "O_TRUNC", "O_ACCMODE",
         "O_NONBLOCK", "O_CLOEXEC", "O_DIRECTORY", "O_NOFOLLOW", "O_SYNC", "O_DSYNC", "O_NOCTTY"]
print({f: getattr(os, f) for f in flags})
fd = os.open("a.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"more")), os.write(fd, memoryview(b"!!")))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 6, os.SEEK_SET))
os.write(fd, b"WORLD")
os.close(fd)
print(open("a.bin", "rb").read())
fd = os.open("a.bin", os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 3), os.lseek(fd, -4, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 2, os.SEEK_SET), os.read(fd, 2), os.lseek(fd, 1, os.SEEK_CUR), os.read(fd, 2))
print(os.fstat(fd).st_size, os.path.sameopenfile(fd, fd))
os.close(fd)
fd = os.open("a.bin", os.O_WRONLY | os.O_APPEND)
os.write(fd, b"<tail>")
print(os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
print(open("a.bin", "rb").read())
fd = os.open("a.bin", os.O_RDWR)
os.write(fd, b"HE")
print(os.read(fd, 3))
os.close(fd)
print(open("a.bin", "rb").read())
for f in [lambda: os.open("nope/x", os.O_RDONLY), lambda: os.open("a.bin", os.O_CREAT | os.O_EXCL | os.O_WRONLY),
          lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.write(fd, b"x"), lambda: os.write(1, "str"),
          lambda: os.lseek(fd, 0, 0), lambda: os.fstat(fd), lambda: os.read(0, -1) if False else None,
          lambda: os.kill(os.getpid(), 0), lambda: os.kill(2**22 + 12345, 0), lambda: os.truncate("nope", 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
os.truncate("a.bin", 4)
print(open("a.bin", "rb").read())
print("before direct write", flush=False)
os.write(1, b"direct write\n")
print("after direct write")
os.makedirs("old/deep")
open("old/deep/f.txt", "w").write("x")
os.renames("old/deep/f.txt", "new/dir/g.txt")
print(sorted(os.listdir(".")), os.listdir("new/dir"))
open("b.txt", "w").close()
os.link("b.txt", "c.txt")
os.symlink("b.txt", "d.txt")
print(os.path.samefile("b.txt", "c.txt"), os.path.samefile("b.txt", "d.txt"), os.path.samefile("b.txt", "a.bin"))
print(os.path.samestat(os.stat("b.txt"), os.lstat("c.txt")), os.path.samestat(os.stat("b.txt"), os.lstat("d.txt")))
try:
    os.path.samefile("b.txt", "zzz")
except Exception as e:
    print(type(e).__name__, e)
print(os.defpath, os.DirEntry, os.isatty(987), os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}))
os.environ["PATH"] = "/x:/y"
print(os.get_exec_path())
with os.scandir(".") as it:
    print(sorted(type(e).__name__ for e in it), all(isinstance(e, os.DirEntry) for e in os.scandir(".")))
