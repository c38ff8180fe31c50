# PureWindowsPath: drives, UNC shares, extended prefixes, joining, case-insensitive
# comparison, and the pure operations, over generated path strings.
from pathlib import PurePath, PurePosixPath, PureWindowsPath


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % (1 << 31)
        return (self.state >> 8) % n

    def pick(self, seq):
        return seq[self.below(len(seq))]


PIECES = ["C:", "c:", "d:", "\\", "/", "\\\\", "//", "server", "Share", "dir", "Dir", "file.txt",
          "a.tar.gz", ".", "..", "x", "\\\\?\\", "UNC", "CON", "nul.txt", "com1", "lpt9 ", "a b",
          ".hidden", "name.", "X:\\", "\\\\srv\\shr", "Z:"]


def make(rng):
    return "".join(rng.pick(PIECES) for _ in range(rng.below(6)))


def show(label, fn):
    try:
        value = fn()
    except Exception as e:
        value = type(e).__name__ + ": " + str(e)
    print("  " + label, repr(value))


rng = Lcg(424242)
for case in range(260):
    text = make(rng)
    p = PureWindowsPath(text)
    print(case, repr(text), repr(p), str(p))
    print("  ", p.drive, p.root, p.anchor, p.parts, p.name, p.suffix, p.suffixes, p.stem)
    print("  ", p.as_posix(), p.is_absolute(), p.is_reserved(), p.parent, len(p.parents))
    other = make(rng)
    show("join", lambda: p.joinpath(other))
    show("div", lambda: p / other / "tail")
    show("rdiv", lambda: other / p)
    show("rel", lambda: p.relative_to(other))
    show("isrel", lambda: p.is_relative_to(other))
    show("eq", lambda: (p == PureWindowsPath(other), p == PureWindowsPath(text.upper()),
                        hash(p) == hash(PureWindowsPath(text.swapcase()))))
    show("lt", lambda: p < PureWindowsPath(other))
    show("with_name", lambda: p.with_name(rng.pick(["new.txt", "", "a/b", "c:", "ok"])))
    show("with_suffix", lambda: p.with_suffix(rng.pick([".py", "", ".", "x", ".a\\b", ".a/b"])))
    show("with_stem", lambda: p.with_stem("stem"))
    show("match", lambda: p.match(rng.pick(["*.txt", "*", "C:\\*", "dir\\*", "**", "*/FILE.TXT", "c:/*/*"])))
    show("uri", lambda: p.as_uri())
    show("fspath", lambda: __import__("os").fspath(p))

print(PureWindowsPath("c:/Users", "Alice", "Docs/report.TXT"))
print(PureWindowsPath("C:", "/", "a"), PureWindowsPath("C:/a", "D:b"), PureWindowsPath("c:/a", "C:b"))
print(PureWindowsPath("//server/share/dir/f.txt").parents[0], PureWindowsPath("//server/share").parts)
print(PureWindowsPath("\\\\?\\C:\\a\\b").drive, PureWindowsPath("\\\\?\\UNC\\srv\\shr\\f").drive)
print(PureWindowsPath("C:/a") == PurePosixPath("C:/a"), PureWindowsPath("a") == "a")
try:
    PureWindowsPath("a") < PurePosixPath("b")
except TypeError as e:
    print("TypeError", e)
print(sorted([PureWindowsPath("b"), PureWindowsPath("A"), PureWindowsPath("c:/z")]))
print({PureWindowsPath("C:/Foo"): 1}.get(PureWindowsPath("c:/foo")))
print(PureWindowsPath(PurePosixPath("/etc/hosts")), PurePosixPath(PureWindowsPath("c:/x")))
print(PureWindowsPath("c:\\a\\b").relative_to("C:/A"), PureWindowsPath("c:\\a\\b").relative_to("c:"))
print(type(PurePath("x")).__name__)
