# re.split by one repeated character class (what JS's own split runs) over subjects of every
# width, with and without flags, and whitespace under re.ASCII (ASCII's six characters only).
import re

patterns = [r"[\s/?=@]+", r"\s+", r"\S+", r"[a-c]+", r"\d+", r"\D+", r"\w+", r"\W+", r"[^a-z]+",
            r"x+", r"[\]]+", r"[\\]+", r"[\u00e9\u00e8]+", r"[k]+", r"[\x00-\x1f]+", r"[-.]+"]
subjects = ["a b//c?d=e@@f  g", "  lead and trail  ", "", "   ", "abc",
            "caf\u00e9 na\u00efve\xa0x\x85y\x1cz\t\x0b\x0c",
            "xAbCaxyBBz", "a1b22c333d\u0663e\xb2", "caf\u00e9, na\u00efve; \xb5\xaa\xba!",
            "k\u212aKk x\u017fs", "wide \u3000 chars \u2028 here",
            "astral \U0001F600 a\U0001F600b", "lone \ud800 x \udfff",
            "ctl\x00\x01a\x1fb.-c--.d"]
for pat in patterns:
    for flags in (0, re.I, re.A, re.M | re.S):
        got = [re.split(pat, s, flags=flags) for s in subjects]
        print(repr(pat), int(flags), got)
# A compiled pattern used over subjects of different widths in turn
p = re.compile(r"[\s,]+")
for s in ["a, b,c", "\u00e9,\xa0\u00e8", "x\u3000y, z", "a, b,c", "p  q"]:
    print(p.split(s), p.split(s, maxsplit=1))
print(len(re.split(r"\s+", " ".join(str(i) for i in range(10000)))))
# Whitespace under re.ASCII is ASCII's: no-break space and ideographic space are not
print(re.findall(r"\s", "a\xa0b\u3000c d\te", re.A), re.findall(r"\S+", "a\xa0b c", re.A))
print(re.sub(r"\s", "_", "a\xa0b\u3000c\x1cd e", flags=re.A), re.sub(r"\s", "_", "a\xa0b\u3000c\x1cd e"))
print(re.split(r"\s+", "a\xa0b \x85c", flags=re.A), re.split(r"\S+", "a\xa0b \x85c", flags=re.A))
