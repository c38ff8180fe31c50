# findall, split, sub and subn over whole strings: groups, empty matches, counts, positions,
# astral characters, and what sub() does with each kind of replacement.
import re

# findall: no group, one group, several (unmatched ones are '')
print(re.findall(r"\d+", "a1 b22 c333"))
print(re.findall(r"(\d)(\d)?", "1 23 4"))
print(re.findall(r"([a-z])=(\d)?", "a=1 b= c=3"))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"", "abc"))
print(re.findall(r"\b\w", "hello big world"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"\w+$", "one\ntwo\nthree\n"))

# findall with pos and endpos, and over astral characters
p = re.compile(r"\w")
print(p.findall("abcdef", 2), p.findall("abcdef", 1, 4), p.findall("abcdef", 4, 2), p.findall("abc", -5, 99))
s = "\U0001F600a\U0001F600bc\U0001F600"
print(ascii(re.findall(r".", s)), re.findall(r"[a-z]", s))
print(ascii(re.compile(r".").findall(s, 1, 4)))
print(ascii(re.findall(r"", "\U0001F600\U0001F601")))

# split: groups go into the result, None for an unmatched one
print(re.split(r"[\s,]+", "a, b  c,d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r",", "a,b,c,d", 1))
print(re.split(r",", ",a,,b,"))
print(re.split(r"x*", "axbc"))
print(re.split(r"", "abc"))
print(re.split(r"\b", "hi there"))
print(re.split(r"(?=b)", "abab"))
print(re.split(r"\d", ""))
print(ascii(re.split(r"\s", "\U0001F600 x \U0001F601")))
print(re.compile(r"-").split("1-2-3", maxsplit=0))
print(re.split(r"[\s/?=@]+", "GET /a/b?q=1 user@host id=7"))

# sub with templates
print(re.sub(r"(\d\d):(\d\d)", r"\2:\1", "at 12:34 and 56:78"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1 b=2"))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"o", "0", "foo boo", count=2))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"z", "0", "foo"), re.subn(r"o", "0", "foo", 1))
print(re.sub(r"\s+", r"\n", "a b  c"))
print(re.sub(r"(\w+)", r"<\g<0>>", "hi you"))
print(ascii(re.sub(r".", "*", "\U0001F600x")))

# sub with a function: Match objects with positions
def show(m):
    return "%s@%d-%d" % (m.group(0), m.start(), m.end())
print(re.sub(r"\d+", show, "a1bb22ccc333"))
print(re.sub(r"\d+", show, "\U0001F600 12 \U0001F600 3"))
print(re.sub(r"x*", lambda m: "[%d]" % m.start(), "axb"))
print(re.subn(r"(\w)(\d)?", lambda m: m.group(2) or "_", "a1bc2"))
n = [0]
def counting(m):
    n[0] += 1
    return str(n[0])
print(re.sub(r"o", counting, "ooooo", count=3), n[0])
# A function may search again with the same pattern
pat = re.compile(r"\w+")
print(pat.sub(lambda m: str(len(pat.findall(m.group(0) + " x"))), "ab cd"))

# What sub() does with a replacement that is neither str nor callable
for repl in (5, None, 2.5):
    for text in ("abc", "axc"):
        try:
            print(re.sub("x", repl, text))
        except TypeError as e:
            print(type(e).__name__, e)
try:
    re.sub("x", lambda m: 5, "axc")
except TypeError as e:
    print(type(e).__name__, e)
class Template(str):
    pass
print(re.sub(r"(b)", Template(r"<\1>"), "abc"))
class Callable:
    def __call__(self, m):
        return m.group(0).upper()
print(re.sub(r"[a-c]", Callable(), "abcd"))

# finditer still yields Match objects
print([(m.group(), m.span()) for m in re.finditer(r"\d", "a1\U0001F6002")])
print(re.sub("x", lambda m: None, "axbxc"))
calls = []
try:
    re.sub("x", lambda m: calls.append(1) or 5, "axbxc")
except TypeError as e:
    print(type(e).__name__, e, len(calls))
try:
    re.sub("x", lambda m: 5, "xbxc")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(re.sub("x", lambda m: Template("q"), "axb")), type(re.sub("x", "y", Template("abc"))).__name__)

# `.` stops only at a newline (not at \r, U+2028 or U+2029), unless DOTALL
print(ascii(re.findall(".", "a\rb\u2028c\u2029d\ne")))
print(re.findall("a.b", "a\rb a\nb"), re.findall("a.b", "a\nb", re.S), re.findall("(?s)a.b", "a\nb"))
print(ascii(re.findall(r"^.*$", "x\ry\u2028w\nz", re.M)), re.findall(r"[.]", "a.b"), re.findall(r"\.", "a.b"))

# Negative count and maxsplit allow nothing
print(re.sub("a", "b", "aaa", count=-1), re.split(",", "a,b,c", maxsplit=-1), re.subn("a", "b", "aaa", -2))
print(re.sub("a", lambda m: "x", "aaa", count=-1), re.split("(,)", "a,b", -5))
