# str subclass instances (str-mixin enums, StrEnum, plain subclasses) as file system paths.
import os, os.path, tempfile
from enum import Enum, StrEnum
class Dir(str, Enum):
    DATA = "données"
class Name(StrEnum):
    REPORT = "report.txt"
class P(str):
    pass
base = tempfile.mkdtemp()
os.chdir(base)
print(os.path.join(Dir.DATA, Name.REPORT), os.path.join("a", P("b"), Dir.DATA))
print(os.path.basename(P("x/y.txt")), os.path.splitext(Name.REPORT), os.path.dirname(P("a/b/c")))
os.mkdir(Dir.DATA)
with open(os.path.join(Dir.DATA, Name.REPORT), "w") as f:
    f.write("hello")
print(os.path.exists(P(os.path.join(Dir.DATA, Name.REPORT))), os.path.isdir(Dir.DATA))
with open(P(Dir.DATA + "/" + Name.REPORT)) as f:
    print(f.read())
print(sorted(os.listdir(Dir.DATA)), os.path.getsize(P(os.path.join(Dir.DATA, Name.REPORT))))
print(os.fspath(Name.REPORT) == "report.txt", os.stat(Dir.DATA).st_size >= 0)
for bad in (3, None):
    try: os.path.join(P("a"), bad)
    except TypeError as e: print(e)
import sys, io
class T(str):
    pass
sys.stdout.write(T("one\n"))
print("a", "b", sep=T("-"), end=T("!\n"))
buf = io.StringIO(); buf.write(T("x")); print(buf.getvalue())
import tempfile, os
d = tempfile.mkdtemp()
with open(os.path.join(d, "f"), "w") as f:
    print(f.write(T("héllo")))
print(open(os.path.join(d, "f")).read())
