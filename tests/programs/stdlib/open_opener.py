# open(..., opener=...): the flags FileIO passes for each mode, the descriptor it returns owned by the
# file (named by the path), an opener over os.open(dir_fd=...), and what a bad opener result raises.
import os, tempfile
with tempfile.TemporaryDirectory() as td:
    seen = []
    def opener(path, flags):
        seen.append((os.path.basename(path), flags))
        return os.open(path, flags, 0o600)
    p = os.path.join(td, "o.txt")
    with open(p, "w", opener=opener) as f:
        f.write("via opener\n")
        print(f.name == p, f.mode, type(f).__name__)
    print(oct(os.stat(p).st_mode & 0o777))
    with open(p, "a", opener=opener) as f:
        f.write("more\n")
    with open(p, opener=opener) as f:
        print(repr(f.read()))
    with open(p, "r+", opener=opener) as f:
        f.write("VIA"); f.seek(0); print(repr(f.read()))
    with open(p, "rb", opener=opener) as f:
        print(f.read(3), f.name == p)
    try:
        open(p, "x", opener=opener)
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    with open(os.path.join(td, "new"), "x+b", opener=opener) as f:
        f.write(b"n"); f.seek(0); print(f.read())
    with open(os.path.join(td, "w"), "wb", buffering=0, opener=opener) as f:
        f.write(b"raw")
    print(seen)
    d = os.open(td, os.O_RDONLY)
    def in_dir(path, flags):
        return os.open(path, flags, dir_fd=d)
    with open("rel.txt", "w", opener=in_dir) as f:
        f.write("relative to dir_fd")
    with open("rel.txt", opener=in_dir) as f:
        print(f.read(), f.name)
    os.close(d)
    print(sorted(os.listdir(td)))
    for bad in [lambda path, flags: -1, lambda path, flags: "x", lambda path, flags: 1.5]:
        try:
            open(p, opener=bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    fd = os.open(p, os.O_RDONLY)
    with open(fd, opener=lambda a, b: 1/0) as f:
        print(f.read(3))
