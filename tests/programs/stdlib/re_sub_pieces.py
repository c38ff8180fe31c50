# re.sub and subn: long outputs joined in chunks, a function returning None (adds nothing), a
# non-str piece (TypeError naming its place in the list, raised after every match was replaced),
# str subclasses as template, piece and subject, empty matches, count.
import re
big = "\n".join("line %d id=%d x" % (i, i * 3) for i in range(5000))
print(len(re.sub(r"id=(\d+)", lambda m: "ID" + m.group(1), big)), re.subn(r"\d+", "#", big)[1])
out = re.sub(r"id=(\d+)", lambda m: None if int(m.group(1)) % 2 else "even", big)
print(len(out), out[:80])
calls = []
def bad(m):
    calls.append(m.group())
    return 5 if m.group() == "3" else m.group()
for text in ["a1b2c3d4e5", "x" * 3000 + "1", "1" * 3000, "3" + "-1" * 2000]:
    calls.clear()
    try:
        print(re.sub(r"\d", bad, text)[:50])
    except TypeError as e:
        print("TypeError", e, len(calls))
class S(str):
    pass
print(repr(re.sub("a", S("b"), "aaa")), repr(re.sub("a", lambda m: S("c"), "aXa")), repr(re.sub("z", "y", S("abc"))), type(re.sub("z", "y", S("abc"))).__name__)
print(re.subn("", "-", "abc"), re.sub("x*", "-", "abxd"), re.subn("a", "b", "aaaa", count=2), re.subn("q", "b", "aaaa"))
