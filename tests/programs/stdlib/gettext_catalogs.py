import builtins
import gettext
import os
import struct
import tempfile

seed = 99


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def mo_bytes(entries, big_endian=False, version=0):
    """A .mo file for a dict {msgid bytes: msgstr bytes}, written the way msgfmt lays it out."""
    order = ">" if big_endian else "<"
    keys = sorted(entries)
    header_size = 7 * 4
    originals_at = header_size
    translations_at = originals_at + 8 * len(keys)
    data_at = translations_at + 8 * len(keys)
    originals = b""
    translations = b""
    o_table = []
    t_table = []
    for k in keys:
        o_table.append((len(k), len(originals)))
        originals += k + b"\0"
    for k in keys:
        v = entries[k]
        t_table.append((len(v), len(translations)))
        translations += v + b"\0"
    out = struct.pack(order + "7I", 0x950412de, version << 16, len(keys), originals_at,
                      translations_at, 0, 0)
    for length, off in o_table:
        out += struct.pack(order + "II", length, data_at + off)
    for length, off in t_table:
        out += struct.pack(order + "II", length, data_at + len(originals) + off)
    return out + originals + translations


root = tempfile.mkdtemp()
os.chdir(root)

header = (b"Project-Id-Version: demo 1.0\n"
          b"#-#-#-#-#  merged  #-#-#-#-#\n"
          b"Content-Type: text/plain; charset=UTF-8\n"
          b"Long-Field: first part\n"
          b"  continued here\n"
          b"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n")
entries = {
    b"": header,
    b"Hello": "Witaj".encode(),
    b"file\0files": b"plik\0pliki\0plik\xc3\xb3w",
    b"menu\x04Open": b"Otw\xc3\xb3rz",
    b"menu\x04item\0items": b"pozycja\0pozycje\0pozycji",
    b"only plural\0only plurals": b"jeden\0kilka\0wiele",
}
os.makedirs("locale/pl/LC_MESSAGES")
os.makedirs("locale/de/LC_MESSAGES")
with open("locale/pl/LC_MESSAGES/demo.mo", "wb") as fh:
    fh.write(mo_bytes(entries))
with open("locale/de/LC_MESSAGES/demo.mo", "wb") as fh:
    fh.write(mo_bytes({b"": b"Content-Type: text/plain; charset=latin-1\n",
                       b"Hello": b"Hallo", b"Bye": b"Tsch\xfc\xdf",
                       b"file\0files": b"Datei\0Dateien"}, big_endian=True))

print("== translation objects")
pl = gettext.translation("demo", "locale", languages=["pl"])
print(type(pl).__name__, pl.charset())
for k, v in sorted(pl.info().items()):
    print(" ", repr(k), repr(v))
print(pl.gettext("Hello"), pl.gettext("Missing"), pl.gettext("only plural"))
for n in [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 1000]:
    print(n, pl.ngettext("file", "files", n), pl.npgettext("menu", "item", "items", n),
          pl.ngettext("dog", "dogs", n), pl.plural(n))
print(pl.pgettext("menu", "Open"), pl.pgettext("other", "Open"), pl.pgettext("menu", "Close"))

both = gettext.translation("demo", "locale", languages=["pl", "de"])
print(both.gettext("Bye"), both.gettext("Hello"), both.ngettext("file", "files", 1))
de = gettext.translation("demo", localedir="locale", languages=["de"])
print(de.charset(), de.gettext("Bye"), de.ngettext("file", "files", 1), de.ngettext("file", "files", 7))
print(gettext.find("demo", "locale", ["xx", "de", "pl"]).replace(os.sep, "/"))
print([p.replace(os.sep, "/") for p in gettext.find("demo", "locale", ["de", "pl"], all=True)])
print(gettext.find("demo", "locale", ["xx"]), gettext.find("demo", "locale", ["xx"], all=True))
print(gettext.find("demo", "locale", ["C", "pl"]))

try:
    gettext.translation("demo", "locale", languages=["fr"])
except Exception as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
null = gettext.translation("demo", "locale", languages=["fr"], fallback=True)
print(type(null).__name__, null.gettext("Hello"), null.ngettext("a", "b", 1), null.ngettext("a", "b", 2),
      null.pgettext("c", "m"), null.npgettext("c", "a", "b", 3), null.info(), null.charset())

print("== fallbacks")
chain = gettext.NullTranslations()
chain.add_fallback(de)
chain.add_fallback(pl)
print(chain.gettext("Hello"), chain.ngettext("file", "files", 5), chain.pgettext("menu", "Open"))


class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


pl2 = gettext.translation("demo", "locale", languages=["pl"])
pl2.add_fallback(Upper())
print(pl2.gettext("Hello"), pl2.gettext("unknown"))
print(gettext.translation("demo", "locale", languages=["pl"]).gettext("unknown"))

print("== install")
pl.install()
print(_("Hello"))
pl.install(names=["ngettext", "pgettext", "bogus"])
print(builtins.ngettext("file", "files", 3), builtins.pgettext("menu", "Open"), hasattr(builtins, "bogus"))
gettext.install("demo", "locale")
print(_("Hello"))
del builtins._, builtins.ngettext, builtins.pgettext

print("== domain functions")
print(gettext.textdomain(), gettext.gettext("Hello"), gettext.ngettext("x", "y", 2))
gettext.bindtextdomain("demo", "locale")
print(gettext.bindtextdomain("demo").replace(os.sep, "/"))
os.environ["LANGUAGE"] = "pl"
print(gettext.textdomain("demo"))
print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 22), gettext.pgettext("menu", "Open"),
      gettext.npgettext("menu", "item", "items", 5))
print(gettext.dgettext("nothing", "Hello"), gettext.dngettext("nothing", "a", "b", 1),
      gettext.dpgettext("nothing", "c", "m"), gettext.dnpgettext("nothing", "c", "a", "b", 0))
os.environ["LANGUAGE"] = "de:pl"
print(gettext.gettext("Hello"), gettext.gettext("only plural"))
del os.environ["LANGUAGE"]
print(gettext.Catalog is gettext.translation)

print("== bad files")
for name, data in [("bad_magic.mo", b"\x00" * 28), ("bad_version.mo", mo_bytes({b"a": b"b"}, version=3)),
                   ("corrupt.mo", mo_bytes({b"a": b"b"})[:-4]), ("be.mo", mo_bytes({b"a": b"b"}, True, 1))]:
    with open(name, "wb") as fh:
        fh.write(data)
    try:
        with open(name, "rb") as fh:
            t = gettext.GNUTranslations(fh)
        print(name, "ok", t.gettext("a"))
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.strerror, e.filename)

print("== plural expressions")
exprs = ["n != 1", "n>1", "0", "n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2",
         "(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2", "n==1 ? 0 : n==2 ? 1 : n<7 ? 2 : n<11 ? 3 : 4",
         "n % 100 == 1 ? 0 : n % 100 == 2 ? 1 : n % 100 == 3 || n % 100 == 4 ? 2 : 3",
         "!n", "!!n", "!n == 0", "n && 5", "n || 7", "1 < n < 5", "n / 3 + n * 2 - 1",
         "(n)", "((n > 2))", "n ? n : 9", "n == 1 == 1", "n - 2 - 1", "n / 0",
         "n +", "n )", "(n", "n ? 1", "n @ 2", "n2", "x", "n = 1", "n & 1", "", "2 3", "! ",
         "n ? 1 : 2 : 3", "n >= 2 != 1", "n % 0"]
for expr in exprs:
    try:
        f = gettext.c2py(expr)
    except ValueError as e:
        print(repr(expr), "ValueError", e)
        continue
    values = []
    for n in [0, 1, 2, 3, 5, 11, 22, 101, 104]:
        try:
            values.append(f(n))
        except ZeroDivisionError as e:
            values.append("ZeroDivisionError")
    print(repr(expr), values)

# generated expressions
ops = ["==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "%", "/", "&&", "||"]


def gen(depth):
    r = rnd(6 if depth < 3 else 2)
    if r == 0:
        return "n"
    if r == 1:
        return str(rnd(12))
    if r == 2:
        return "(" + gen(depth + 1) + ")"
    if r == 3:
        return gen(depth + 1) + " ? " + gen(depth + 1) + " : " + gen(depth + 1)
    return gen(depth + 1) + " " + ops[rnd(len(ops))] + " " + gen(depth + 1)


for k in range(120):
    expr = gen(0)
    try:
        f = gettext.c2py(expr)
    except ValueError as e:
        print(k, repr(expr), "ValueError", e)
        continue
    out = []
    for n in range(8):
        try:
            out.append(f(n))
        except ZeroDivisionError:
            out.append("Z")
    print(k, repr(expr), out)

try:
    gettext.c2py("n" + " + n" * 400)
except ValueError as e:
    print("ValueError", e)
try:
    pl.ngettext("file", "files", "3")
except TypeError as e:
    print("TypeError", e)
try:
    gettext.c2py("n != 1")(None)
except TypeError as e:
    print("TypeError", e)

import shutil
os.chdir("/")
shutil.rmtree(root)
