# keyword's lists and tests; stat's file-type tests, permission bits and filemode on real files.
import keyword, stat, os, tempfile
print(keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), len(keyword.kwlist), keyword.kwlist[:5])
for mode in [0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o20620, 0o60660, 0o10600, 0o140755, 0o102644, 0o100000, 0, 0o7777]:
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
open(p, "w").close()
os.chmod(p, 0o640)
st = os.stat(p)
print(stat.filemode(st.st_mode), stat.S_ISREG(st[stat.ST_MODE]), oct(stat.S_IMODE(st.st_mode)), bool(st.st_mode & stat.S_IRUSR), bool(st.st_mode & stat.S_IXOTH))
print(stat.filemode(os.stat(d).st_mode)[0], stat.S_ISDIR(os.lstat(d).st_mode))
os.remove(p); os.rmdir(d)
print(stat.S_IRWXU | stat.S_IRGRP, stat.ST_SIZE, stat.UF_HIDDEN, stat.FILE_ATTRIBUTE_DIRECTORY)
