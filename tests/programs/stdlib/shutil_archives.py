# shutil.make_archive / unpack_archive for zip, tar and gztar (with root_dir and base_dir),
# the format registries, and disk_usage's shape.
import os
import shutil
import tarfile
import tempfile
import zipfile

base = tempfile.mkdtemp()
tree = os.path.join(base, "tree")
for rel, content in [("a.txt", "alpha\n"), ("sub/b.txt", "beta\n"), ("sub/deeper/c.txt", "gamma\n"),
                     ("sub/empty_dir/", None), ("z.bin", "\x00\x01")]:
    path = os.path.join(tree, rel)
    if content is None:
        os.makedirs(path, exist_ok=True)
        continue
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(content)
for dirpath, dirnames, filenames in os.walk(tree):
    for name in dirnames + filenames:
        os.utime(os.path.join(dirpath, name), (1500000000, 1500000000))
os.utime(tree, (1500000000, 1500000000))

print([name for name, _ in shutil.get_archive_formats() if name in ("zip", "tar", "gztar")])
print([(n, e) for n, e, _ in shutil.get_unpack_formats() if n in ("zip", "tar", "gztar")])

cwd = os.getcwd()
out = os.path.join(base, "archives")
for fmt in ["zip", "tar", "gztar"]:
    for root_dir, base_dir in [(tree, None), (base, "tree"), (tree, "sub")]:
        name = shutil.make_archive(os.path.join(out, fmt + "_" + (base_dir or "dot")), fmt,
                                   root_dir=root_dir, base_dir=base_dir)
        print(fmt, base_dir, os.path.relpath(name, base), os.path.isabs(name))
        if fmt == "zip":
            with zipfile.ZipFile(name) as z:
                print("  ", sorted(z.namelist()))
        else:
            with tarfile.open(name) as t:
                print("  ", sorted(t.getnames()))
                print("  ", sorted((m.name, m.mode, m.size, m.mtime) for m in t.getmembers())[:3])
        dest = os.path.join(base, "unpacked", fmt + "_" + (base_dir or "dot"))
        shutil.unpack_archive(name, dest)
        found = []
        for dirpath, dirnames, filenames in os.walk(dest):
            for f in filenames:
                p = os.path.join(dirpath, f)
                found.append((os.path.relpath(p, dest), open(p).read()))
        print("  ", sorted(found))
os.chdir(tree)
name = shutil.make_archive(os.path.join(base, "fromcwd"), "tar")
print(os.path.relpath(name, base), os.getcwd() == tree)
os.chdir(cwd)
with tarfile.open(name) as t:
    print(sorted(t.getnames()))
name = shutil.make_archive(os.path.join(base, "owned"), "tar", root_dir=tree, owner="root", group="root")
with tarfile.open(name) as t:
    print(sorted({(m.uname, m.gname, m.uid, m.gid) for m in t.getmembers()}))
print(shutil.make_archive(os.path.join(base, "dry"), "zip", root_dir=tree, dry_run=True).endswith("dry.zip"),
      os.path.exists(os.path.join(base, "dry.zip")))

for call in [lambda: shutil.make_archive(os.path.join(base, "x"), "rar"),
             lambda: shutil.make_archive(os.path.join(base, "x"), "zip", root_dir=os.path.join(tree, "a.txt")),
             lambda: shutil.unpack_archive(os.path.join(base, "file.unknown")),
             lambda: shutil.unpack_archive(os.path.join(tree, "a.txt"), base, "tar"),
             lambda: shutil.unpack_archive(os.path.join(tree, "a.txt"), base, "zip"),
             lambda: shutil.unpack_archive(os.path.join(tree, "a.txt"), base, "cab"),
             lambda: shutil.register_archive_format("bad", 5),
             lambda: shutil.register_archive_format("bad", print, "x"),
             lambda: shutil.register_archive_format("bad", print, [("a",)]),
             lambda: shutil.register_unpack_format("dup", [".zip"], print),
             lambda: shutil.register_unpack_format("dup2", [".dup"], 5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))

calls = []


def fake_maker(base_name, base_dir, **kwargs):
    calls.append((os.path.basename(base_name), base_dir, os.getcwd() == tree, sorted(kwargs)))
    return base_name + ".fake"


shutil.register_archive_format("fake", fake_maker, [("extra", 1)], "a fake format")
print([f for f in shutil.get_archive_formats() if f[0] == "fake"])
print(os.path.basename(shutil.make_archive(os.path.join(base, "viafake"), "fake", root_dir=tree)), calls)
print(os.getcwd() == cwd)
shutil.unregister_archive_format("fake")
print("fake" in dict(shutil.get_archive_formats()))


def fake_unpacker(filename, extract_dir, **kwargs):
    print("unpack", os.path.basename(filename), os.path.relpath(extract_dir, base), kwargs)


shutil.register_unpack_format("fk", [".fk"], fake_unpacker, [("k", 2)], "fake")
shutil.unpack_archive(os.path.join(base, "thing.fk"), os.path.join(base, "t"))
shutil.unregister_unpack_format("fk")

usage = shutil.disk_usage(base)
print(type(usage).__name__, usage._fields, usage.total >= usage.used >= 0, usage.free >= 0,
      all(isinstance(v, int) for v in usage))
try:
    shutil.disk_usage(os.path.join(base, "missing"))
except OSError as e:
    print(type(e).__name__, e.errno)
shutil.rmtree(base)
