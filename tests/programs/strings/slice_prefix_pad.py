# Prefix slices s[:k] / s[j:k] short of the end, padding to widths around the cached runs of
# spaces and zeros (64), and f-strings of several pieces kept in a list.

ASTRAL = "\U0001F600"
samples = ["", "a", "abcdef", "gadget <pro>", "doohickey & co", "x" * 40,
           ASTRAL + "abc", "ab" + ASTRAL + "cd", "abcd" + ASTRAL, "abc" + ASTRAL + "def" * 12,
           "\ud800abc", "ab\udc00cd", "é€" * 20, "naïve café"]
for s in samples:
    rows = []
    for k in (0, 1, 2, 3, 4, 5, 16, 31, 32, 33, 50):
        rows.append((s[:k], s[1:k], s[3:k], s[k:k], s[6:2], s[40:k]))
    print(ascii(s), [ascii(r) for r in rows])
    print(len(s[:4]), len(s[:32]), s[:4] == s[0:4], s[:-1][:3] == s[:3] if len(s) > 3 else None)


class S(str):
    pass


t = S("abcdefgh" * 5)
print(type(t[:4]).__name__, t[:4], t[2:31], type(t[2:5]).__name__)
print(repr(("abc" + ASTRAL)[:4]), repr(("abc" + ASTRAL + "z")[:4]), repr(("abc" + ASTRAL + "z")[:5]))

for w in (0, 1, 5, 63, 64, 65, 66, 100, 129):
    print(repr(format("ab", f">{w}")), repr(format("ab", f"<{w}")), repr(format("ab", f"^{w}")))
    print(repr(format(42, f"0{w}d")), repr(format(-42, f"0{w}d")), repr(format(-42, f"={w}")))
    print(repr(format(3.25, f"0{w}.2f")), repr(format(-3.25, f"{w}.1e")), repr(format(1234567, f"0{w},d")))
    print(repr(format(7, f"*^{w}")), repr(format("x", f"0<{w}")), repr(format(-7.5, f"0^{w}")))
    print(repr(f"{'ab':{w}}|{12:{w}}|{-1.5:^{w}.3f}|{'q':.<{w}}"))

items = []
for i in range(3000):
    items.append(f"item-{i:05d}:{i * 7 % 13}")
print(len(items), items[0], items[-1], ",".join(items)[:60], sum(len(x) for x in items))
print([p.upper() for p in items[:3]], sum(1 for p in items if p.upper().startswith("ITEM-000")))


class Fmt:
    def __format__(self, spec):
        return S("<" + spec + ">")


parts = [f"{Fmt():x}{Fmt()}", f"a{Fmt():yy}b", f"{Fmt()}"]
print(parts, [type(p).__name__ for p in parts])
print(f"{ASTRAL}{'é'}{1}" * 2, len(f"{ASTRAL}{'é'}{1}"))

# Replacing one character in short and longer strings: at either end, twice, absent, `$` in the
# replacement, a lone surrogate.
for s in ["", "&", "a&", "&a", "a&b&c", "abc", "x" * 15 + "&", "x" * 16 + "&", "&" + "y" * 20, "\ud800&\udc00"]:
    print(ascii(s.replace("&", "&amp;")), ascii(s.replace("&", "$&")), ascii(s.replace("x", "")),
          ascii(s.replace("\ud800", "?")), ascii(s.replace("&", "-", 1)))
