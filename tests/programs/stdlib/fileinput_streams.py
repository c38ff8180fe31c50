import fileinput
import os
import sys
import tempfile

work = tempfile.mkdtemp()
os.chdir(work)


def make_lines(seed, count):
    # small linear congruential generator so the content is the same everywhere
    out = []
    state = seed
    for k in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append("line%d-%d\n" % (k, state % 1000))
    return out


names = []
for n, count in enumerate([3, 0, 1, 5, 2]):
    name = "f%d.txt" % n
    with open(name, "w") as fh:
        fh.writelines(make_lines(n + 7, count))
    names.append(name)
with open("nolf.txt", "w") as fh:
    fh.write("first\nlast-without-newline")
names.append("nolf.txt")

print("== FileInput over all files")
fi = fileinput.FileInput(names)
print(fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin(), fi.fileno())
for line in fi:
    print(fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), repr(line))
print("after", fi.filename(), fi.lineno(), fi.filelineno(), fi.fileno())
fi.close()
print("closed", fi.filename(), fi.lineno(), fi.readline() == "")

print("== module input()")
for line in fileinput.input(files=names[:4]):
    if fileinput.isfirstline():
        print("start of", fileinput.filename())
    print(fileinput.lineno(), fileinput.filelineno(), line.rstrip())
    if fileinput.filelineno() == 2:
        fileinput.nextfile()
fileinput.close()
try:
    fileinput.lineno()
except Exception as e:
    print(type(e).__name__, e)

fileinput.input(names[:1])
try:
    fileinput.input(names)
    print("second input ok (nothing open yet)")
except Exception as e:
    print(type(e).__name__, e)
fileinput.close()
stream = fileinput.input(names[:1])
print(next(stream).rstrip())
try:
    fileinput.input(names)
except Exception as e:
    print(type(e).__name__, e)
fileinput.close()

print("== str and single name, binary mode")
with fileinput.FileInput("f0.txt", mode="rb") as fb:
    for line in fb:
        print(fb.lineno(), line)
print(list(fileinput.FileInput(files=["f1.txt"])))
with fileinput.FileInput(names, mode="rb") as fb:
    print(len(fb.readline()), fb.filename())

print("== errors")
for kwargs in [dict(mode="w"), dict(mode="rU"), dict(inplace=True, openhook=open),
               dict(openhook=42), dict(mode="r", openhook=None)]:
    try:
        f = fileinput.FileInput(names, **kwargs)
        print("ok", kwargs)
    except Exception as e:
        print(type(e).__name__, e)
try:
    list(fileinput.FileInput(["missing.txt"]))
except Exception as e:
    print(type(e).__name__)

print("== openhooks")
seen = []


def upper_hook(name, mode):
    seen.append((name, mode))
    return open(name, mode)


for line in fileinput.FileInput(names[:3], openhook=upper_hook):
    print(line.upper(), end="")
print(seen)
with open("latin.txt", "wb") as fh:
    fh.write("caf\xe9\n".encode("latin-1"))
print(list(fileinput.FileInput("latin.txt", openhook=fileinput.hook_encoded("latin-1"))))
print(list(fileinput.FileInput("latin.txt", encoding="latin-1")))
print(list(fileinput.FileInput("latin.txt", encoding="utf-8", errors="replace")))

print("== inplace")
with fileinput.input(files=("f0.txt", "f3.txt"), inplace=True) as edit:
    for line in edit:
        print(fileinput.filelineno(), line.strip().replace("line", "L"))
print(sys.stdout is sys.__stdout__)
for name in ("f0.txt", "f3.txt"):
    with open(name) as fh:
        print(name, repr(fh.read()))
print(sorted(os.listdir(".")))

with fileinput.FileInput(["f3.txt"], inplace=True, backup=".orig") as edit:
    for line in edit:
        if edit.filelineno() % 2:
            sys.stdout.write(line[::-1].strip() + "\n")
print(sorted(os.listdir(".")))
with open("f3.txt") as fh:
    print(repr(fh.read()))
with open("f3.txt.orig") as fh:
    print(repr(fh.read()))

print("== generic alias", fileinput.FileInput[str])
for name in sorted(os.listdir(".")):
    os.unlink(name)
os.chdir("/")
os.rmdir(work)
print("done")
