import filecmp
import os
import tempfile

root = tempfile.mkdtemp()
os.chdir(root)

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def write(path, data, mtime=1_600_000_000):
    with open(path, "wb") as fh:
        fh.write(data)
    os.utime(path, (mtime, mtime))


print("== cmp on generated pairs")
for case in range(40):
    size = rand(20000)
    data = bytes(rand(256) for _ in range(min(size, 50))) * (size // 50 + 1)
    other = bytearray(data)
    kind = rand(4)
    if kind == 1 and other:
        other[rand(len(other))] ^= 1
    elif kind == 2:
        other += b"x"
    t1 = 1_600_000_000
    t2 = t1 if rand(2) else t1 + 5
    write("a.bin", data, t1)
    write("b.bin", bytes(other), t2)
    print(case, kind, t1 == t2, filecmp.cmp("a.bin", "b.bin"), filecmp.cmp("a.bin", "b.bin", shallow=False),
          filecmp.cmp("a.bin", "b.bin", False))
filecmp.clear_cache()

# same signature but different content: shallow trusts the signature
write("c1", b"hello", 1_500_000_000)
write("c2", b"jello", 1_500_000_000)
print(filecmp.cmp("c1", "c2"), filecmp.cmp("c1", "c2", shallow=False))
os.mkdir("d1")
print(filecmp.cmp("d1", "c1"), filecmp.cmp("d1", "d1"))
try:
    filecmp.cmp("c1", "nope")
except Exception as e:
    print(type(e).__name__)

print("== cmpfiles")
os.makedirs("L/sub/deep")
os.makedirs("R/sub/deep")
os.makedirs("L/onlyleftdir")
os.makedirs("R/CVS")
os.makedirs("L/.git")
for name, left, right in [("same.txt", b"1234", b"1234"), ("diff.txt", b"1234", b"1235"),
                          ("size.txt", b"12", b"123"), ("sub/x", b"x", b"x"),
                          ("sub/y", b"y", b"Y"), ("sub/deep/z", b"z", b"z"),
                          ("tags", b"t", b"u")]:
    write(os.path.join("L", name), left)
    write(os.path.join("R", name), right)
write("L/left.txt", b"l")
write("R/right.txt", b"r")
write("L/kind", b"file")
os.mkdir("R/kind")
print(filecmp.cmpfiles("L", "R", ["same.txt", "diff.txt", "size.txt", "missing", "kind", "sub"]))
print(filecmp.cmpfiles("L", "R", ["same.txt", "diff.txt"], shallow=False))

print("== dircmp")
d = filecmp.dircmp("L", "R")
print(d.left, d.right, d.hide, d.ignore is filecmp.DEFAULT_IGNORES)
print(d.left_list)
print(d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs["sub"]).__name__)
try:
    d.nonexistent
except AttributeError as e:
    print("AttributeError", e)
d.report()
print("-- partial")
d.report_partial_closure()
print("-- full")
d.report_full_closure()

print("== ignore/hide")
d2 = filecmp.dircmp("L", "R", ignore=["sub"], hide=[".git", "CVS"])
print(d2.left_list, d2.right_list)
d2.report()


class Mine(filecmp.dircmp):
    pass


m = Mine("L", "R", ignore=[])
print(sorted((k, type(v).__name__) for k, v in m.subdirs.items()))
print(m.subdirs["sub"].ignore, m.subdirs["sub"].hide)
m.report_full_closure()
print(filecmp.dircmp[int])

import shutil
os.chdir("/")
shutil.rmtree(root)
print("done")
