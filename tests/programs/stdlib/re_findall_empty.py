# findall without groups over empty matches, astral characters, anchors and pos/endpos: each empty
# match steps past one code point.
import re
for pat, s in [(r"", "abc"), (r"x*", "axxb"), (r"\b", "ab cd"), (r"(?=a)", "aaa"), (r".", "a😀b"), (r"", "😀😀"), (r"\w+", "héllo wörld 42"), (r"^", "a\nb", ), (r"(?m)^", "a\nb\n"), (r"$", "a\nb\n"), (r"(?m)$", "a\nb\n"), (r"\d+", "no digits"), (r"[😀-😂]", "a😁b😀"), (r"(?:ab)+", "ababxab")]:
    print(repr(pat), re.findall(pat, s), re.compile(pat).findall(s, 1), re.compile(pat).findall(s, 0, 2))
