# os.makedirs creates one component at a time: errors name the component that failed,
# parents exist_ok handling, modes, and no hang on paths under /proc.
import os, pathlib, tempfile
base = tempfile.mkdtemp()
os.chdir(base)
open("ff", "w").close()
cases = [pathlib.Path("ff"), pathlib.Path("ff/x/y"), b"ff/x/y", "ff/", "/proc/nope/x", "a/b/c", "a/b/c", "a/b/./d/", "a//e//f",
         "ff/q", "", "a/b/c/..", "n1/n2/.", b"bb/cc"]
for a in cases:
    for ok in (False, True):
        try:
            os.makedirs(a, exist_ok=ok)
            print(repr(a), ok, "made", os.path.isdir(a))
        except Exception as e:
            print(repr(a), ok, type(e).__name__, e)
for root, dirs, files in sorted(os.walk(".")):
    print(root, sorted(dirs), sorted(files))
os.makedirs("m/n", mode=0o700)
print(oct(os.stat("m/n").st_mode & 0o777), oct(os.stat("m").st_mode & 0o777 | 0o022))
