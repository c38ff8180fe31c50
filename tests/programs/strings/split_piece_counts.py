# str.split with an explicit separator, for every count of pieces from one to many and every
# maxsplit: the results of up to four pieces are built at their size, longer ones grow.


class Text(str):
    pass


class Sep(str):
    pass


def show(s, sep, maxsplit=None):
    if maxsplit is None:
        parts = s.split(sep)
    else:
        parts = s.split(sep, maxsplit)
    print(repr(s), repr(sep), maxsplit, parts, len(parts), [type(p).__name__ for p in parts])


samples = [
    "", ",", ",,", ",,,", ",,,,", "a", "a,b", "a,b,c", "a,b,c,d", "a,b,c,d,e", "a,b,c,d,e,f,g",
    ",a", "a,", ",a,", "a,,b", "ab,cd,ef,gh,ij,kl,mn,op,qr,st,uv,wx,yz",
]
for s in samples:
    for maxsplit in (None, -1, 0, 1, 2, 3, 4, 5, 10):
        show(s, ",", maxsplit)

# Separators of several characters, overlapping runs, separators longer than the text.
for s in ["a::b::c", "::::", ":::", "a:::b", "x\r\ny\r\nz\r\n", "\r\n\r\n", "ab"]:
    for sep in ["::", "\r\n", "abc", ":"]:
        for maxsplit in (None, 1, 3, 4):
            show(s, sep, maxsplit)

# Non-ASCII and astral characters around and inside separators.
for s in ["é,ü,ß", "😀,😀😀,😀,😀,😀", "a😀b😀c😀d😀e", "ä\u00e4,\u4e2d\u6587,x"]:
    for sep in [",", "😀", "\u4e2d", "\u00e4"]:
        for maxsplit in (None, 0, 2, 4):
            show(s, sep, maxsplit)

# A separator that is half of a surrogate pair never splits the pair.
astral = "x😀y😀z"
for sep in ["\ud83d", "\ude00", "😀"]:
    show(astral, sep)
    show(astral, sep, 1)
lone = "a\ud800b\ud800c"
show(lone, "\ud800")
show(lone, "\ud800", 1)

# str subclass receivers and separators: the pieces are exact str.
for s in [Text(""), Text("a"), Text("a,b"), Text("a,b,c,d,e")]:
    show(s, ",")
    show(s, Sep(","))
    show("a,b,c", Sep(","), 1)

# Long strings: past the length where the native split takes over, with few and many pieces.
long_few = "x" * 600 + "," + "y" * 600
long_many = ",".join(str(i) for i in range(400))
for s in [long_few, long_many]:
    parts = s.split(",")
    print(len(parts), parts[:3], parts[-2:], sum(len(p) for p in parts))
    parts = s.split(",", 3)
    print(len(parts), [len(p) for p in parts])

# Request-shaped input, as a parser meets it.
head = "GET /users/12?q=a&b=c HTTP/1.1\r\nHost: example.com\r\nCookie: a=1; b=2; c=3\r\n"
for line in head.split("\r\n"):
    print(line.split(" "), line.split(": ", 1), line.split(";"), line.split("&"), line.split("="))

# Errors keep their messages.
for bad in ["", None]:
    try:
        print("a,b".split(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print("a,b".split(1))
except TypeError as e:
    print(type(e).__name__, e)

# maxsplit as a bool, by keyword, and past what fits a C ssize_t.
print("a,b,c,d,e,f".split(",", True), "a,b,c,d,e,f".split(",", False))
print("a,b,c,d,e,f".split(sep=",", maxsplit=4), "a,b,c,d,e,f".split(maxsplit=2, sep=","))
for big in (10**30, -10**30):
    try:
        print("a,b,c".split(",", big))
    except OverflowError as e:
        print("OverflowError", e)
