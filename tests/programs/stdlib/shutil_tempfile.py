import os, shutil, tempfile
from pathlib import Path

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix(), tempfile.TMP_MAX)
d = tempfile.mkdtemp(prefix="memtest-", suffix=".d")
print(os.path.isdir(d), os.path.basename(d).startswith("memtest-"), d.endswith(".d"), len(os.path.basename(d)), oct(os.stat(d).st_mode & 0o777))
with tempfile.NamedTemporaryFile(dir=d, suffix=".bin") as f:
    print(os.path.exists(f.name), f.name.endswith(".bin"), os.path.dirname(f.name) == d, f.write(b"hello"), f.seek(0), f.read(), f.closed)
    name = f.name
print(os.path.exists(name), f.closed)
with tempfile.NamedTemporaryFile("w+", dir=d, delete=False, prefix="keep") as f:
    f.write("text\n")
    f.seek(0)
    print(repr(f.read()), os.path.basename(f.name)[:4])
print(os.path.exists(f.name), open(f.name).read() == "text\n", oct(os.stat(f.name).st_mode & 0o777))
with tempfile.TemporaryDirectory(dir=d) as td:
    print(os.path.isdir(td), td.startswith(d))
    Path(td, "sub").mkdir()
    Path(td, "sub", "f.txt").write_text("x")
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=d)
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
m = tempfile.mktemp(dir=d)
print(os.path.exists(m), os.path.dirname(m) == d)

# shutil
src = Path(d, "src")
(src / "a" / "b").mkdir(parents=True)
(src / "top.txt").write_text("top\n")
(src / "a" / "mid.py").write_text("mid\n")
(src / "a" / "b" / "low.log").write_text("low\n")
os.chmod(src / "top.txt", 0o640)
os.utime(src / "top.txt", (1000000000, 1100000000))
print(shutil.copyfile(src / "top.txt", Path(d, "copy1.txt")) == Path(d, "copy1.txt"), oct(os.stat(Path(d, "copy1.txt")).st_mode & 0o777) != "0o640" or True)
print(shutil.copy(src / "top.txt", d) == os.path.join(d, "top.txt"), oct(os.stat(Path(d, "top.txt")).st_mode & 0o777), os.stat(Path(d, "top.txt")).st_mtime == 1100000000)
os.remove(Path(d, "top.txt"))
print(shutil.copy2(str(src / "top.txt"), d) == os.path.join(d, "top.txt"), os.stat(Path(d, "top.txt")).st_mtime)
dst = shutil.copytree(src, Path(d, "dst"), ignore=shutil.ignore_patterns("*.log"))
print(dst == Path(d, "dst"), sorted(str(p.relative_to(d)) for p in Path(d, "dst").rglob("*")))
try:
    shutil.copytree(src, Path(d, "dst"))
except FileExistsError as e:
    print("FileExistsError", e.errno, os.path.basename(e.filename))
shutil.copytree(src, Path(d, "dst"), dirs_exist_ok=True)
print(sorted(str(p.relative_to(d)) for p in Path(d, "dst").rglob("*.log")))
try:
    shutil.copyfile(src / "top.txt", src / "top.txt")
except shutil.SameFileError as e:
    print("SameFileError", isinstance(e, OSError), str(e).endswith("are the same file"))
print(os.path.basename(shutil.move(Path(d, "copy1.txt"), Path(d, "moved.txt"))), os.path.exists(Path(d, "copy1.txt")))
print(os.path.relpath(shutil.move(str(Path(d, "moved.txt")), str(src)), d))
try:
    shutil.move(str(Path(d, "top.txt")), str(src))
except shutil.Error as e:
    print("Error", str(e).startswith("Destination path"))
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-program-xyz"), shutil.which("sh", path=""), shutil.which("/bin/sh"))
shutil.rmtree(Path(d, "dst"))
print(os.path.exists(Path(d, "dst")))
try:
    shutil.rmtree(Path(d, "nope"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
shutil.rmtree(Path(d, "nope"), ignore_errors=True)
errs = []
shutil.rmtree(Path(d, "nope"), onerror=lambda f, p, ei: errs.append((f.__name__, os.path.basename(p), ei[0].__name__)))
print(errs)
shutil.rmtree(d)
print(os.path.exists(d))
buf = []
class W:
    def write(self, b):
        buf.append(b)
import io
shutil.copyfileobj(io.BytesIO(b"x" * 100000), W(), 30000)
print([len(b) for b in buf])
