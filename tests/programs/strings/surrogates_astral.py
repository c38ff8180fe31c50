# Code-point indexing over strings with astral characters, lone surrogates and characters above
# U+00FF, at the lengths where the runtime switches strategy (up to 8, up to 32, longer).

ASTRAL = "\U0001F600"
LONE_HI = "\ud83d"
LONE_LO = "\ude00"

samples = [
    "",
    "abc",
    "a" + ASTRAL + "b",
    ASTRAL * 3,
    "x" * 7 + ASTRAL,
    "x" * 20 + ASTRAL + "y" * 5,
    "caf\u00e9 na\u00efve \u00ff",
    "\u4e2d\u6587\u5b57\u7b26" * 3,
    "\u4e2d" * 40 + ASTRAL + "\u6587" * 40,
    "long " * 20 + ASTRAL + " tail " * 10,
    "p" * 5000,
    "q" * 4000 + "\u0100" + "r" * 1000,
    "q" * 4000 + ASTRAL + "r" * 1000,
    LONE_HI + "abc",
    "abc" + LONE_LO,
    "z" * 30 + LONE_HI,
]

for s in samples:
    n = len(s)
    print(n, repr(s[:12]), repr(s[-12:]), [ord(c) for c in s[:3]])
    if n:
        print(" ", repr(s[0]), repr(s[-1]), repr(s[n // 2]), repr(s[1:n - 1][:6]), repr(s[::7][:6]), repr(s[::-3][:5]))
    print(" ", s.find(ASTRAL), s.rfind(ASTRAL), s.find("b"), s.rfind("r"), s.count(ASTRAL), s.count("x"))
    print(" ", s.find("y", 3), s.find(ASTRAL, 2, 30), s.rfind("\u6587", 0, 50), s.count("\u4e2d", 5))
    print(" ", s.startswith(LONE_HI), s.endswith(LONE_LO), s.startswith("x" * 7), s.endswith(ASTRAL))
    print(" ", s.startswith(ASTRAL, 1), s.endswith("y", 0, -1), s.startswith(("q", "p", "a")))
    print(" ", ascii(s.upper()[:10]), ascii(s.lower()[-10:]), len(s.upper()), s.upper() == s.upper().upper())

# a match must not split a surrogate pair
pair = ASTRAL + "x"
print(pair.startswith(LONE_HI), pair.startswith(ASTRAL), ("x" + ASTRAL).endswith(LONE_LO))
print(("a" + ASTRAL).endswith(LONE_LO), (LONE_HI + "a").startswith(LONE_HI), (ASTRAL * 20).startswith(ASTRAL * 19 + LONE_HI))
print("abc".startswith(""), "".endswith(""), ASTRAL.endswith(""), "abc".startswith("abcd"))

# Latin-1 case mapping, every character, and outside Latin-1
latin1 = "".join(chr(c) for c in range(256))
print([ord(c) for c in latin1.upper()][-40:])
print([ord(c) for c in latin1.lower()][-40:])
print(latin1.upper() == "".join(c.upper() for c in latin1), len(latin1.upper()))
print("stra\u00dfe".upper(), "\u00b5".upper() == "\u039c", "\u00ff".upper() == "\u0178")
print("\u0130stanbul".lower(), len("\u0130".lower()), "\u03a3\u03a3\u03a3 \u03a3".lower(), "\u1e9e".lower())
print("\u01c5".upper(), "\u01c5".lower(), ("x" * 40 + "\u0149").upper()[-4:], "\ufb01".upper())

# join: small, large (chunked), with astral items, and a bad item deep in a large list
words = ["w%d" % i for i in range(5000)]
big = ",".join(words)
print(len(big), big[:20], big[-20:], big.count(","))
print(len("".join(words)), len("\n".join(words).splitlines()))
print(len(ASTRAL.join(words[:3000])), ASTRAL.join(["a", "b"]), "-".join([ASTRAL] * 3000).count(ASTRAL))
try:
    ",".join(words[:4500] + [45] + words[:10])
except TypeError as e:
    print("TypeError", e)
print(",".join(w for w in words[:2100] if w.endswith("7"))[-30:])
