# os.walk: onerror hears of directories it cannot list, followlinks enters linked directories,
# and both orders (top-down, bottom-up) with pruning, over a generated tree.
import os
import tempfile

state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


root = tempfile.mkdtemp()
errors = []
print(list(os.walk(os.path.join(root, "missing"), onerror=errors.append)))
print([(type(e).__name__, e.errno, os.path.basename(e.filename)) for e in errors])
print(list(os.walk(os.path.join(root, "missing"))))

# A generated tree of directories and files, with links to some directories.
dirs = [root]
for i in range(14):
    parent = dirs[rand(len(dirs))]
    d = os.path.join(parent, "d%d" % i)
    os.mkdir(d)
    dirs.append(d)
    for j in range(rand(3)):
        with open(os.path.join(d, "f%d_%d.txt" % (i, j)), "w") as f:
            f.write("x")
for k in range(3):
    target = dirs[1 + rand(len(dirs) - 1)]
    place = dirs[rand(len(dirs))]
    link = os.path.join(place, "ln%d" % k)
    if not target.startswith(place + os.sep) and target != place:
        os.symlink(target, link)
os.symlink(os.path.join(root, "nowhere"), os.path.join(root, "dangling"))
with open(os.path.join(root, "top.txt"), "w") as f:
    f.write("t")


def rel(p):
    return os.path.relpath(p, root)


for followlinks in (False, True):
    for topdown in (True, False):
        seen = [(rel(d), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(root, topdown=topdown, followlinks=followlinks)]
        print("followlinks", followlinks, "topdown", topdown, len(seen))
        for row in sorted(seen):
            print("  ", row)

# Pruning in top-down order: only directories whose names end in an even digit are entered.
for d, ds, fs in os.walk(root):
    ds[:] = sorted(x for x in ds if x[-1] in "02468")
    print("pruned", rel(d), ds)

# An unreadable directory reaches onerror (skipped when running as root, who can read it anyway).
locked = os.path.join(root, "locked")
os.mkdir(locked)
os.chmod(locked, 0)
try:
    readable = bool(os.listdir(locked) or True)
except PermissionError:
    readable = False
errors = []
names = [rel(d) for d, ds, fs in os.walk(root, onerror=errors.append)]
print("locked listed" if readable else "locked skipped", "locked" in names)
print(sorted(type(e).__name__ for e in errors) == ([] if readable else ["PermissionError"]))
os.chmod(locked, 0o755)


def stop(e):
    raise RuntimeError("stopped at " + os.path.basename(e.filename))


try:
    list(os.walk(os.path.join(root, "missing", "deeper"), onerror=stop))
except RuntimeError as e:
    print(e)
