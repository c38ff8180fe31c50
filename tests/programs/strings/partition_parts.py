# str.partition and rpartition: which objects make up the tuple (the receiver itself when the
# separator is absent, the separator argument itself when found, even for str subclasses), empty
# separators, non-ASCII text, surrogates and separators that occur more than once.


class S(str):
    pass


def show(t):
    return [(type(x).__name__, x) for x in t]


for text in ["key: value", "a:b:c", ":", "", "no colon", "caf\u00e9:cr\u00e8me", "\U0001f600:\U0001f601"]:
    print(repr(text), text.partition(":"), text.rpartition(":"))

print(show(S("a:b").partition(":")), show(S("a:b").rpartition(":")))
print(show(S("ab").partition(":")), show(S("ab").rpartition(":")))
print(show("a:b".partition(S(":"))), show("a:b".rpartition(S(":"))))
print(show("ab".partition(S(":"))), show("ab".rpartition(S(":"))))
print(show(S("x=1=2").partition(S("="))), show(S("x=1=2").rpartition(S("="))))
print("a\r\nb\r\nc".partition("\r\n"), "a\r\nb\r\nc".rpartition("\r\n"))
print("\U0001f600x\U0001f600".partition("x"), "\U0001f600x\U0001f600".rpartition("\U0001f600"))
lone = "a\ud800b\udc00c"
print(ascii(lone.partition("\udc00")), ascii(lone.rpartition("\ud800")))
pair = "a\U0001f600b"
print(ascii(pair.partition("\ud83d")), ascii(pair.rpartition("\ude00")))
name, sep, value = "Host: example.com".partition(":")
print(name, repr(sep), repr(value.strip()))
for bad in ["", S("")]:
    for method in ["partition", "rpartition"]:
        try:
            getattr("abc", method)(bad)
        except ValueError as e:
            print(method, type(e).__name__, e)
for arg in [None, 1, b":"]:
    try:
        "a:b".partition(arg)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        "a:b".rpartition(arg)
    except TypeError as e:
        print(type(e).__name__, e)
