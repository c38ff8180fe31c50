# A path with a NUL inside is refused before any system call: ValueError from the functions that
# act on it, False from the ones that only ask (os.path.exists and friends).
import os
import os.path
import pathlib

for name, f in [("stat", os.stat), ("lstat", os.lstat), ("listdir", os.listdir), ("remove", os.remove),
                ("mkdir", os.mkdir), ("rmdir", os.rmdir), ("chdir", os.chdir), ("scandir", os.scandir),
                ("exists", os.path.exists), ("isfile", os.path.isfile), ("isdir", os.path.isdir),
                ("islink", os.path.islink), ("getsize", os.path.getsize)]:
    for path in ("a\0b", b"a\0b", pathlib.Path("dir") / "x\0y"):
        try:
            print(name, f(path))
        except Exception as e:
            print(name, type(e).__name__, e)
print(pathlib.Path("a\0b").exists(), pathlib.Path("a\0b").is_file())
