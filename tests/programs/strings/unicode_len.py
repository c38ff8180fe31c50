samples = ["ascii", "café", "naïve", "日本語テキスト", "emoji 😀😃", "mixed ✓ and 𝔘", "\U0001F600"]
for s in samples:
    print(repr(s), len(s), s.upper(), s[::-1], s[1:3])
print("😀" in "a😀b", "a😀b".index("b"), "a😀b".find("😀"))
print("😀b😀".split("b"), "x😀y".replace("😀", "-"))
print("%s|%5s|" % ("😀", "😀"), f"{'😀':>4}|")
print("ÄÖÜ".lower(), "äöü".upper(), "ß".upper())
print(sorted(["é", "e", "f", "😀", "z"]))
print([hex(ord(c)) for c in "a😀"])
print("😀".encode("utf-8"), len("😀".encode()))
print(str(b"\xf0\x9f\x98\x80", "utf-8"))
