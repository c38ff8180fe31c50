# Chains of replace calls on str, str subclasses and other objects; str(x) with the builtin str
# (called at the site without the type call); isinstance(x, str), which answers a non-object at
# the site.


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ["widget", "gadget <pro>", "doohickey & co", 'thing "max"', "gizmo's", "", "&&<<>>", "&amp;"]:
    print(repr(escape(s)))


class Shout(str):
    def replace(self, old, new, count=-1):
        return Shout(str.replace(self, old, new.upper(), count))


class Quiet(str):
    pass


class Fake:
    def __init__(self):
        self.calls = []

    def replace(self, old, new):
        self.calls.append((old, new))
        return self if len(self.calls) < 2 else "now a str " + old


show("subclass override", lambda: escape(Shout("a & b <c>")))
show("subclass override type", lambda: type(Shout("x").replace("x", "y").replace("y", "z")).__name__)
show("subclass inherited", lambda: escape(Quiet("a & b")))
show("subclass inherited type", lambda: type(Quiet("a").replace("a", "b").replace("b", "c")).__name__)
f = Fake()
show("user object", lambda: f.replace("1", "2").replace("3", "4").replace("5", "6").replace("7", "8"))
print(f.calls)
show("none", lambda: None.replace("a", "b").replace("c", "d"))
show("int", lambda: (5).replace("a", "b"))
show("bytes", lambda: b"abc".replace("a", "b").replace("b", "c"))
show("bytes ok", lambda: b"abc".replace(b"a", b"b").replace(b"b", b"c"))
show("dollar patterns", lambda: "a.b.c".replace(".", "$&").replace("a", "$$").replace("b", "$'").replace("c", "$`"))
show("empty old", lambda: "abc".replace("", "-").replace("b", ""))
show("empty string", lambda: "".replace("", "x").replace("x", "yy"))
show("surrogates", lambda: "\ud83d x \ude00 \ud83d".replace("\ud83d", "H").replace("\ude00", "L"))
show("astral", lambda: "a😀b😀".replace("😀", "!").replace("!", "😀😀"))
show("with count", lambda: "aaaa".replace("a", "b", 2).replace("a", "c"))
show("non literal", lambda: "x-y".replace(*"-+").replace("x", "z"))


class Stringy:
    def __str__(self):
        return "stringy"


class Broken:
    def __str__(self):
        return 42


class Reprs:
    def __repr__(self):
        return "Reprs()"


for v in [0, -7, 2**53 + 1, -(2**70), 1.0, -0.0, 2.5, 1e100, float("nan"), True, None, "s", b"b", [1, "2"], (3,), {4: "5"},
          Stringy(), Reprs(), Quiet("q"), Shout("sh"), str, len]:
    print(str(v), isinstance(v, str), type(str(v)).__name__)
show("broken", lambda: str(Broken()))
show("no args", lambda: str())
show("two args", lambda: str(b"\xc3\xa9", "utf-8"))
show("keyword", lambda: str(object=5))
show("too many", lambda: str(1, 2, 3, 4))

s = ""
for i in range(25):
    s += str(i % 10)
print(s)


def local_shadow():
    str = repr
    return str("x")


print(local_shadow())
print(isinstance(Quiet("q"), str), isinstance(Quiet, str), isinstance(escape, str), isinstance(None, str), isinstance(1.5, str))
