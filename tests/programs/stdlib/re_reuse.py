# A pattern's match, fullmatch and search called again and again, also from inside a callback of
# the same pattern and while a finditer of it is open, on ASCII and non-ASCII subjects in turn, with
# pos and endpos: each call must start afresh.
import re

p = re.compile(r"(\w+)-(\d+)")
subjects = ["ab-12 cd-34", "é-5 x-6", "zz-9", "no match", "q-1 é-22", "-3"]
for s in subjects * 2:
    m = p.match(s)
    f = p.fullmatch(s)
    r = p.search(s, 1)
    print(repr(s), m and m.groups(), f and f.span(), r and (r.group(), r.span(), r.pos, r.endpos))
print(p.match("ab-12", 0, 4), p.match("ab-12", 3), p.fullmatch("ab-12x", 0, 5).group(), p.search("é-5 x-6", 2, 7).span())


def inner(m):
    # the same compiled pattern, used while sub is still scanning
    again = p.match(m.group(1) + "-0")
    deep = p.search("k-7 " + m.group())
    return "<%s|%s|%s>" % (again and again.group(), deep and deep.group(), p.fullmatch(m.group()) is not None)


print(p.sub(inner, "ab-12 cd-34 é-5"))
it = p.finditer("a-1 b-2 c-3 é-4")
first = next(it)
print(first.group(), p.match("z-9").group(), next(it).group(), p.search("y-8 w-7", 3).group(), [m.span() for m in it])
for s in ["a-1", "é-1", "a-1", "é-1"]:
    print(re.match(r"\w-\d", s) is not None, re.fullmatch(r"\w-\d", s) is not None, re.search(r"\d", s).start())
q = re.compile(r"x*")
print([q.match("xxa", i).span() for i in range(4)], [q.fullmatch("xx", 0, i) and q.fullmatch("xx", 0, i).span() for i in range(3)])
print(re.match(r"(?i)É", "é"), re.match(r"a|b", "b").group(), re.fullmatch(r"a|ab", "ab").group())
