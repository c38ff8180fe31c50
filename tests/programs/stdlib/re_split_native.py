# re.split with patterns that cannot match the empty string (split by the engine) and others,
# maxsplit, flags, classes with escapes and astral characters, and Python's Unicode \s (str.isspace).
import re
cases = [(r"[\s/?=@]+", "a b/c?d=e@f  g"), (r"[\s/?=@]+", " lead and trail "), (r"[\s/?=@]+", ""), (r"[\s/?=@]+", "   "),
         (r"\s+", "x  y\tz\u3000w\u2028v"), (r"\d+", "a1b22c333"), (r"\W+", "héllo, wörld! ok"), (r",+", ",a,,b,"), (r"x+", "xxx"),
         (r"[^a-z]+", "abc123DEF456ghi"), (r"[a-c]+", "ABCabcxyz"), (r"(?i)[a-c]+", "ABCabcxyz"), (r"\S+", "a b"),
         (r"[😀-😂]+", "a😀😁b😂c"), (r"[\]]+", "a]]b"), (r"[]a]+", "x]a]y"), (r"[\d.]+", "v1.2.3x"), (r"-+", "a--b-c"),
         (r"[x]+", "axxbxc"), (r"\b+" if False else r"b+", "abbbc")]
for pat, s in cases:
    print(repr(pat), re.split(pat, s), re.compile(pat).split(s, 1), re.split(pat, s, maxsplit=2))
print(re.split(r"[ab]+", "xaybz", flags=re.I), re.split(r"[AB]+", "xaybz", flags=re.I), re.split(r"\s+", "a  b", flags=re.A), re.split(r"[ ]+", "a  b c", flags=re.X))
print(re.split(r" +", "a  b c"), re.split(r"[\s]+", "a\u00a0b\u0085c", flags=re.A), re.split(r"[\s]+", "a\u00a0b\u0085c"))
ws = "".join(chr(c) for c in range(0x3001))
print([hex(ord(c)) for c in re.findall(r"\s", ws)] == [hex(ord(c)) for c in ws if c.isspace()], len(re.findall(r"\S", ws)), len(re.findall(r"[^\s]", ws)), len(re.findall(r"[\s\d]", ws)))
print(re.split(r"\s+", "a\ufeffb\u0085c"), re.findall(r"\s", "\ufeff\u200b\u180e"), re.sub(r"\s", "_", "a\x85b\xa0c\u3000d"))
