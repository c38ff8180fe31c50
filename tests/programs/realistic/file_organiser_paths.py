# A script that sorts the files of a temporary tree by suffix: pathlib, os.walk, shutil, and the
# errors of missing, existing and non-empty paths.
import os, shutil, tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as td:
    root = Path(td)
    files = {"a.txt": "alpha\n", "b.TXT": "beta", "c.csv": "x,y\n1,2\n", "d.tar.gz": "", "notes/e.md": "# e\n", "notes/deep/f.py": "print(1)\n", ".hidden": "h"}
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    for p in sorted(root.rglob("*")):
        r = p.relative_to(root)
        print(r, p.is_dir(), p.is_file(), p.suffix, p.suffixes, p.stem, p.name, r.parts, r.parent)
    by_ext = {}
    for p in sorted(root.rglob("*")):
        if p.is_file():
            by_ext.setdefault(p.suffix.lower() or "<none>", []).append(p.relative_to(root).as_posix())
    print(by_ext)
    for ext, names in sorted(by_ext.items()):
        d = root / "sorted" / ext.lstrip(".")
        d.mkdir(parents=True, exist_ok=True)
        for n in names:
            shutil.copy(root / n, d / Path(n).name)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        print(os.path.relpath(dirpath, root), sorted(filenames))
    print(sorted(x.name for x in (root / "sorted").iterdir()))
    print(sorted(str(x.relative_to(root)) for x in root.glob("**/*.txt")))
    print(sorted(str(x.relative_to(root)) for x in root.glob("*/*")))
    print([p.stat().st_size for p in sorted(root.glob("*.*"))])
    print((root / "a.txt").read_bytes(), (root / "a.txt").read_text())
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        (root / "notes").read_text()
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(root / "notes")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.rmdir(root / "notes")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.rename(root / "zz", root / "yy")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename), os.path.basename(e.filename2))
        print(str(e).replace(td, "TD"))
    shutil.move(str(root / "notes"), str(root / "moved"))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*")))
    shutil.rmtree(root / "sorted")
    print(sorted(os.listdir(root)))
    p = root / "a.txt"
    print(p.with_suffix(".md").name, p.with_name("z.q").name, p.with_stem("new").name)
    p.rename(root / "a2.txt")
    print(p.exists(), (root / "a2.txt").exists())
    os.replace(root / "a2.txt", root / "b.TXT")
    print((root / "b.TXT").read_text())
    (root / "b.TXT").unlink()
    try:
        (root / "b.TXT").unlink()
    except FileNotFoundError as e:
        print(str(e).replace(td, "TD"))
    (root / "b.TXT").unlink(missing_ok=True)
    print(sorted(os.listdir(td)))
