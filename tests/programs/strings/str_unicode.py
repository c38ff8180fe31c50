s = "Héllo Wörld ß ﬁ İ"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize())
print(len(s), s[::-1], s[1:5], s.find("ö"), s.index("W"), s.count("l"))
e = "naïve café 😀 ok"
print(len(e), e[11], e[-4:], e.split(), e.encode("utf-8"), len(e.encode()))
print("😀".encode("utf-16-le") if False else "skip", ord("😀"), chr(0x1F600), "\u00e9" == "é")
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".rsplit(",", 1), "abc".partition("b"), "abc".rpartition("x"))
print("  x  ".strip(), "xxhixx".strip("x"), "hello".lstrip("he"), "hello".removeprefix("he"), "hello".removesuffix("lo"))
print("Hello".center(11, "*"), "42".zfill(5), "-42".zfill(5), "abc".ljust(5, "."), "abc".rjust(5))
print("ab".join("xyz"), "".join([]), "-".join(["a"]), "a\tb".expandtabs(4))
print("hello world".replace("o", "0"), "aaa".replace("a", "b", 2), "abc".startswith(("x", "a")), "abc".endswith("bc", 1))
print("ABC".isupper(), "abc1".isalnum(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), " \t".isspace(), "Ab Cd".istitle())
print("ǅ".isupper(), "ǅ".istitle(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True))
print("%s" % "ü", repr("ü\n\t'\""), ascii("ü😀"), repr("\x00\x7f\u200b"))
print(sorted(["b", "A", "a", "B", "é", "e"]), "a" < "B", "Z" < "a", max("hello"))
t = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("{} {!r} {:>5}".format("a", "b", "c"), "{0}{1}{0}".format("x", "y"), "{name}".format(name="n"), "{:{w}}|".format("v", w=4))
print("abc" * 3, 3 * "ab", "a" in "cat", "" in "x", "abc"[5:], "abc"[-10:2])
print("x".join(map(str, range(5))), str(b"bytes"), str(None), str([1, "a"]))
print("hello"[1:4:2], "hello"[::-2], "straße".encode("latin-1"), "ñ".encode("ascii", "replace"), "ñ".encode("ascii", "ignore"))
try:
    "ñ".encode("ascii")
except UnicodeEncodeError as ex:
    print(ex)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as ex:
    print(ex)
print(b"caf\xc3\xa9".decode(), b"\xff".decode("latin-1"), b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
