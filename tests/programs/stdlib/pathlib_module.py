import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath

# Pure path computations.
for s in ["", ".", "a", "a/b", "/a/b/", "//a", "///a", "a//b/./c", "/", "a/../b", "~/x.tar.gz", ".bashrc", "a/b.", "/etc/passwd"]:
    p = PurePath(s)
    print(repr(s), repr(p), str(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.anchor, p.root, p.drive, p.is_absolute(), repr(p.parent))
p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(list(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], len(p.parents), repr(p.parents)[:1])
print(p.with_name("x.txt"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("other"), p.relative_to("/usr"), p.relative_to("/usr/", "local"))
print(p.is_relative_to("/usr"), p.is_relative_to("/etc"), p.match("*.py"), p.match("lib/*/*.py"), p.match("/*.py"), p.match("/usr/*/*/*/*.py"))
print(PurePath("a") / "b" / PurePath("c/d"), "x" / PurePath("y"), PurePath("a") / "/abs", PurePath("a").joinpath("b", "c"), Path("a", "b", "/c", "d"))
print(PurePath("a/b") == PurePath("a//b/"), PurePath("a") == Path("a"), PurePath("a") < PurePath("b"), sorted([Path("b"), Path("a/c"), Path("a")]), hash(PurePath("x")) == hash(PurePath("x/")))
print(PurePath("/a/b").as_posix(), PurePath("/a b/c").as_uri(), bytes(PurePath("/x")), os.fspath(PurePath("q/r")), type(Path("x")).__name__, type(PurePath("x")).__name__, isinstance(Path("x"), PurePath))
print({PurePath("a"): 1}[PurePath("a/")], PurePath("a") == "a", Path("/").parent, Path("/").name, Path(".").parent, Path("..").parent)
for bad in [lambda: PurePath("a").relative_to("b"), lambda: PurePath("/a").relative_to("a"), lambda: PurePath("").with_name("x"), lambda: PurePath("a").with_name("b/c"),
            lambda: PurePath("a").with_suffix("x"), lambda: PurePath("a").with_suffix("."), lambda: PurePath(1), lambda: PurePath("a") / 1, lambda: PurePath("a").as_uri(),
            lambda: PurePath("a").match(""), lambda: PurePath("a").relative_to(), lambda: PurePath("a").parents[5]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# The file system, in a fresh directory.
base = Path("pathlib_module.data.tmp")
if base.exists():
    for p in sorted(base.rglob("*"), reverse=True):
        p.rmdir() if p.is_dir() else p.unlink()
    base.rmdir()
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file(), (base / "nope").exists())
(base / "sub" / "deeper").mkdir(parents=True)
(base / "sub").mkdir(exist_ok=True)
try:
    (base / "sub").mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename)
try:
    (base / "x" / "y").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print((base / "a.txt").write_text("hello\nworld\n"), (base / "b.bin").write_bytes(b"\x00\x01\x02"))
print(repr((base / "a.txt").read_text()), (base / "b.bin").read_bytes(), (base / "a.txt").stat().st_size)
(base / "sub" / "c.py").write_text("print(1)\n")
(base / "sub" / "deeper" / "d.py").write_text("")
(base / ".hidden.py").touch()
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p) for p in base.glob("*.py")), sorted(str(p) for p in base.glob("*")))
print(sorted(str(p) for p in base.rglob("*.py")), sorted(str(p) for p in base.glob("**/*.py")), sorted(str(p) for p in base.glob("sub/*")))
print(sorted(str(p) for p in base.glob("**")), sorted(str(p) for p in base.glob("*/")))
with (base / "a.txt").open() as f:
    print(f.readline().strip())
with open(base / "a.txt") as f:
    print(len(f.read()))
q = (base / "a.txt").rename(base / "renamed.txt")
print(q, q.exists(), (base / "a.txt").exists(), q.is_file(), q.samefile(base / "renamed.txt"))
q.replace(base / "final.txt")
(base / "final.txt").touch()
try:
    (base / "final.txt").touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e)
(base / "final.txt").unlink()
(base / "final.txt").unlink(missing_ok=True)
try:
    (base / "final.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print(base.absolute() == Path.cwd() / base, base.resolve() == Path(os.path.realpath(base)), Path.cwd().is_absolute(), Path("~").expanduser() == Path.home(), Path("x").expanduser())
try:
    (base / "missing").resolve(strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
for p in sorted(base.rglob("*"), reverse=True):
    p.rmdir() if p.is_dir() else p.unlink()
base.rmdir()
print(base.exists())
