# os.path.realpath over missing parts, dangling links, link loops and '..' after a link (resolved
# where the link leads), with strict=True's errors; Path.chmod/lchmod with follow_symlinks.
import os, tempfile
with tempfile.TemporaryDirectory() as td:
    base = os.path.realpath(td)
    os.chdir(td)
    os.makedirs("a/b")
    os.symlink("a/b", "lb")
    os.symlink("nowhere/deeper", "dangling")
    os.symlink("loop2", "loop1"); os.symlink("loop1", "loop2")
    os.symlink("../..", "a/b/up")
    os.symlink(os.path.join(td, "a"), "absa")
    for p in ["lb", "lb/x/y", "dangling", "dangling/z", "loop1", "loop1/q", "a/b/up", "a/b/up/a/b/../missing", "absa/b/c", "missing/../a", "./a/./b/", "..", "lb/..", "dangling/.."]:
        print(p, os.path.relpath(os.path.realpath(p), base))
    for p in ["lb", "dangling", "loop1", "missing/x"]:
        try:
            print(p, os.path.relpath(os.path.realpath(p, strict=True), base))
        except OSError as e:
            print(p, type(e).__name__, e.errno, str(e).replace(base, "TD").replace(td, "TD"))
    os.chdir("/")

import os, tempfile, shutil, stat
from pathlib import Path
with tempfile.TemporaryDirectory() as td:
    t = Path(td)
    (t / "f").write_text("x")
    (t / "l").symlink_to(t / "f")
    (t / "dangling").symlink_to(t / "nowhere")
    print(stat.S_ISLNK((t / "l").stat(follow_symlinks=False).st_mode), (t / "dangling").exists(), (t / "dangling").is_symlink())
    (t / "l").chmod(0o600)
    print(oct((t / "f").stat().st_mode & 0o777))
    try:
        (t / "l").lchmod(0o600)
    except NotImplementedError as e:
        print("NotImplementedError", e)
    for e in sorted(os.scandir(td), key=lambda e: e.name):
        print(e.name, e.is_file(), e.is_file(follow_symlinks=False), e.is_symlink(), stat.S_ISLNK(e.stat(follow_symlinks=False).st_mode))
        try:
            e.stat()
        except FileNotFoundError as err:
            print("FileNotFoundError", os.path.basename(err.filename))
    print(os.path.relpath(os.path.realpath(t / "l"), os.path.realpath(td)), os.path.relpath(os.path.realpath(t / "dangling"), os.path.realpath(td)))
    shutil.copy(t / "l", t / "copied", follow_symlinks=False)
    print(os.path.islink(t / "copied"))
    shutil.copystat(t / "l", t / "copied", follow_symlinks=False)
    print(os.access(t / "f", os.W_OK, follow_symlinks=False), os.access(t / "dangling", os.F_OK))
    os.utime(t / "f", ns=(10**9, 3 * 10**9))
    print(os.stat(t / "f").st_mtime, os.path.getmtime(t / "l"))
    os.chmod(t / "f", stat.S_IRUSR)
    print(stat.filemode(os.stat(t / "f").st_mode))
