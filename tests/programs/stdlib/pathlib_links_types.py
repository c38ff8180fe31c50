# pathlib.Path: symlink_to, readlink, hardlink_to, owner/group, the is_*() file type
# tests, and resolve(strict=True) errors naming the path as given.
import os
import pathlib
import tempfile

base = pathlib.Path(tempfile.mkdtemp())
os.chdir(base)
target = pathlib.Path("target.txt")
target.write_text("hello")
link = pathlib.Path("link.txt")
link.symlink_to("target.txt")
print(link.is_symlink(), link.readlink(), type(link.readlink()).__name__, link.read_text())
dlink = pathlib.Path("dlink")
pathlib.Path("realdir").mkdir()
dlink.symlink_to("realdir", target_is_directory=True)
print(dlink.is_dir(), dlink.is_symlink(), dlink.readlink())
hard = pathlib.Path("hard.txt")
hard.hardlink_to(target)
print(hard.read_text(), hard.stat().st_nlink, target.samefile(hard), hard.is_symlink())
for p in [target, link, dlink, hard, pathlib.Path("missing"), pathlib.Path("/dev/null"),
          pathlib.Path("target.txt/sub"), pathlib.Path("realdir")]:
    print(p, p.is_fifo(), p.is_socket(), p.is_block_device(), p.is_char_device(), p.is_file(), p.is_dir())
try:
    pathlib.Path("target.txt").readlink()
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    pathlib.Path("nolink").readlink()
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    link.symlink_to("elsewhere")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e.filename2)
try:
    pathlib.Path("hard2").hardlink_to("nothing-here")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e.filename2)
print(target.owner() == pathlib.Path("/").owner() or isinstance(target.owner(), str), isinstance(target.group(), str))
print(pathlib.Path("/").owner(), pathlib.Path("/").group())
try:
    pathlib.Path("missing").owner()
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)

for text in ["nonexist", "realdir/missing", "realdir/../nope", "missing/deeper/x", "./a/..",
             "target.txt", "realdir", "realdir/..", "link.txt", "dlink/inner"]:
    try:
        r = pathlib.Path(text).resolve(strict=True)
        print(text, "->", r.relative_to(base.resolve()))
    except OSError as e:
        print(text, type(e).__name__, e.errno, e.filename, str(e))
print(pathlib.Path("nonexist").resolve().name, pathlib.Path("nonexist").resolve(strict=False).is_absolute())
os.chdir("/")
import shutil
shutil.rmtree(base)
