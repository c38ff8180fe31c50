# The keyword-only arguments of the os file functions (dir_fd, follow_symlinks, ns, effective_ids,
# src_dir_fd/dst_dir_fd), a descriptor given to stat, os.chown, and the messages of wrong calls.
import os, tempfile, stat
with tempfile.TemporaryDirectory() as td:
    f = os.path.join(td, "f"); open(f, "w").close()
    l = os.path.join(td, "l"); os.symlink(f, l)
    calls = [
        ("stat nofollow", lambda: stat.S_ISLNK(os.stat(l, follow_symlinks=False).st_mode)),
        ("stat follow", lambda: stat.S_ISLNK(os.stat(l, follow_symlinks=True).st_mode)),
        ("stat dir_fd", lambda: os.stat(f, dir_fd=None).st_size),
        ("chmod kw", lambda: os.chmod(path=f, mode=0o600)),
        ("access kw", lambda: os.access(f, os.R_OK, effective_ids=False)),
        ("mkdir kw", lambda: os.mkdir(path=os.path.join(td, "d"), mode=0o755)),
        ("listdir kw", lambda: sorted(os.listdir(path=td))),
        ("remove dir_fd", lambda: os.remove(os.path.join(td, "nofile"), dir_fd=None)),
        ("rename kw", lambda: os.rename(src=f, dst=f + "2")),
        ("rename back", lambda: os.replace(f + "2", f)),
        ("utime nofollow", lambda: os.utime(f, (1, 2), follow_symlinks=True)),
        ("utime ns", lambda: os.utime(f, ns=(1_000_000_000, 2_000_000_000))),
        ("mtime", lambda: (os.stat(f).st_mtime, os.stat(f).st_mtime_ns, os.stat(f).st_atime_ns)),
        ("utime float ns", lambda: os.utime(f, ns=(1_250_000_000, 2_500_000_000))),
        ("mtime again", lambda: (os.stat(f).st_atime, os.stat(f).st_mtime_ns)),
        ("utime both", lambda: os.utime(f, (1, 2), ns=(1, 2))),
        ("utime ns bad", lambda: os.utime(f, ns=(1,))),
        ("utime ns float", lambda: os.utime(f, ns=(1.5, 2))),
        ("utime times list", lambda: os.utime(f, [1, 2])),
        ("utime times str", lambda: os.utime(f, ("a", 2))),
        ("utime none", lambda: os.utime(f, None)),
        ("utime missing", lambda: os.utime(os.path.join(td, "zz"), ns=(1, 2))),
        ("utime bad kw", lambda: os.utime(f, bogus=1)),
        ("readlink kw", lambda: os.path.basename(os.readlink(path=l))),
        ("unlink kw", lambda: os.unlink(path=l)),
        ("lstat gone", lambda: os.lstat(l)),
        ("makedirs kw", lambda: os.makedirs(name=os.path.join(td, "a/b"), mode=0o700, exist_ok=True)),
        ("rmdir kw", lambda: os.rmdir(path=os.path.join(td, "a/b"))),
        ("scandir kw", lambda: sorted(e.name for e in os.scandir(path=td))),
        ("open kw", lambda: os.close(os.open(path=f, flags=os.O_RDONLY))),
        ("chown same", lambda: os.chown(f, -1, -1)),
        ("link", lambda: os.link(f, os.path.join(td, "hard"), follow_symlinks=True)),
        ("nlink", lambda: os.stat(f).st_nlink),
        ("truncate", lambda: os.truncate(f, 3)),
        ("size", lambda: os.path.getsize(f)),
        ("samefile", lambda: os.path.samefile(f, os.path.join(td, "hard"))),
        ("walk kw", lambda: [os.path.relpath(t, td) for t, d, fs in os.walk(top=td)]),
        ("removedirs", lambda: os.removedirs(os.path.join(td, "a"))),
        ("renames", lambda: os.renames(os.path.join(td, "hard"), os.path.join(td, "x/y/hard"))),
        ("listdir after", lambda: sorted(os.listdir(td))),
        ("getsize missing", lambda: os.path.getsize(os.path.join(td, "nn"))),
        ("isdir etc", lambda: (os.path.isdir(td), os.path.isfile(td), os.path.exists(""), os.path.lexists(l), os.path.islink(f))),
        ("expanduser", lambda: os.path.expanduser("~nosuchuser/x")),
        ("stat int path", lambda: os.stat(1.5)),
        ("stat none", lambda: os.stat(None)),
        ("stat empty", lambda: os.stat("")),
        ("listdir bytes", lambda: sorted(os.listdir(td.encode()))),
        ("fsencode", lambda: (os.fsencode("a\udcff"), os.fsdecode(b"a\xff"))),
    ]
    for name, fn in calls:
        try:
            r = fn()
            print(name, "->", r)
        except Exception as e:
            print(name, "!!", type(e).__name__, str(e).replace(td, "TD"))


import os, tempfile
for call in [lambda: os.chown("x"), lambda: os.lchown("x", 1, 2, 3), lambda: os.stat("x", None), lambda: os.utime("x", None, None, None), lambda: os.remove("a", "b"), lambda: os.rename("a"), lambda: os.replace("a", "b", "c"), lambda: os.access("a"), lambda: os.rmdir(path="/nonexistent-q"), lambda: os.unlink(123.5), lambda: os.replace(1.5, "x"), lambda: os.chown(2.5, 1, 1), lambda: os.stat(path=2.5)]:
    try:
        call()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
print(os.chown.__name__, os.unlink.__name__, os.replace.__name__, os.remove.__name__, os.rename.__name__)
with tempfile.TemporaryDirectory() as td:
    d = os.open(td, os.O_RDONLY)
    with open(os.path.join(td, "f"), "w") as f:
        f.write("abc")
    print(os.stat("f", dir_fd=d).st_size, os.access("f", os.R_OK, dir_fd=d))
    os.mkdir("sub", dir_fd=d)
    os.rename("f", "sub/g", src_dir_fd=d, dst_dir_fd=d)
    print(sorted(os.listdir(os.path.join(td, "sub"))))
    os.symlink("sub/g", "lnk", dir_fd=d)
    print(os.readlink("lnk", dir_fd=d), os.stat("lnk", dir_fd=d, follow_symlinks=False).st_size != 3)
    os.unlink("lnk", dir_fd=d)
    os.remove("sub/g", dir_fd=d)
    os.rmdir("sub", dir_fd=d)
    print(os.listdir(td))
    try:
        os.stat("nothing", dir_fd=d)
    except FileNotFoundError as e:
        print(e)
    os.close(d)
    fd = os.open(os.path.join(td, "h"), os.O_CREAT | os.O_WRONLY)
    os.write(fd, b"12345")
    print(os.stat(fd).st_size)
    os.close(fd)
    os.chown(os.path.join(td, "h"), -1, -1)
    os.utime(os.path.join(td, "h"), ns=(1_500_000_000, 2_250_000_000))
    st = os.stat(os.path.join(td, "h"))
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.symlink(os.path.join(td, "h"), os.path.join(td, "l"))
    os.utime(os.path.join(td, "l"), (7, 8), follow_symlinks=False)
    print(os.lstat(os.path.join(td, "l")).st_mtime, os.stat(os.path.join(td, "l")).st_mtime)
    try:
        os.chmod(os.path.join(td, "l"), 0o600, follow_symlinks=False)
    except NotImplementedError as e:
        print("NotImplementedError", e)
