# Messages of builtin methods given arguments of the wrong type or unknown keywords, in CPython
# 3.11's wording: codec names, strip characters, keyword names, repeat counts, %-format overflow.

def attempt(label, call):
    try:
        result = call()
    except Exception as e:
        print(label, "|", type(e).__name__, e)
        return
    print(label, "->", repr(result))


class Name(str):
    pass


odd_values = [b"utf-8", None, 1, 2.5, [], (), {}, Name("ascii"), "ascii", "no-such-codec", bytearray(b"x")]
for v in odd_values:
    attempt(f"bytes.decode({v!r})", lambda: b"abc".decode(v))
    attempt(f"bytes.decode(errors={v!r})", lambda: b"abc".decode("ascii", v))
    attempt(f"bytearray.decode(encoding={v!r})", lambda: bytearray(b"abc").decode(encoding=v))
    attempt(f"str.encode({v!r})", lambda: "abc".encode(v))
    attempt(f"str.encode(errors={v!r})", lambda: "abc".encode(errors=v))
    attempt(f"str(b, {v!r})", lambda: str(b"abc", v))
    attempt(f"str(b, 'ascii', {v!r})", lambda: str(b"abc", "ascii", v))
    attempt(f"str('10', {v!r})", lambda: str("10", v))
    for m in ("strip", "lstrip", "rstrip", "removeprefix", "removesuffix", "split", "rsplit"):
        attempt(f"str.{m}({v!r})", lambda: getattr("xabcx", m)(v))

receivers = ["a b", b"a b", bytearray(b"a b"), 7, {"k": 1}, [3, 1]]
methods = ["split", "rsplit", "splitlines", "encode", "decode", "hex", "expandtabs", "to_bytes", "get", "pop",
           "setdefault", "upper", "strip", "join", "keys"]
for r in receivers:
    for m in methods:
        f = getattr(r, m, None)
        if f is None:
            continue
        attempt(f"{type(r).__name__}.{m}(bogus=1)", lambda: f(bogus=1))

class SubDict(dict):
    pass

attempt("str.find(x=)", lambda: "ab".find(x=1))
attempt("str.count(x=)", lambda: "ab".count(x=1))
attempt("bytes.startswith(prefix=)", lambda: b"ab".startswith(prefix=b"a"))
attempt("bytearray.endswith(x=)", lambda: bytearray(b"ab").endswith(b"a", x=1))
attempt("bytes.splitlines(keepends=)", lambda: b"a\nb".splitlines(keepends=True))
attempt("bytes.expandtabs(tabsize=)", lambda: b"a\tb".expandtabs(tabsize=2))
attempt("SubDict.get(key=)", lambda: SubDict().get(key=1))
attempt("dict.get unbound", lambda: dict.get({}, key=1))
attempt("split twice", lambda: "a,b".split(",", sep=","))
attempt("bytes split twice", lambda: b"a,b".split(b",", sep=b","))
attempt("to_bytes typo", lambda: (5).to_bytes(lengt=1))
attempt("from_bytes typo", lambda: int.from_bytes(b"a", byteorde="big"))

sequences = ["ab", [1], (1,), b"xy", bytearray(b"xy")]
counts = [b"xy", bytearray(b"q"), "ab", [2], (2,), 1.5, None, 2, True]
for s in sequences:
    for c in counts:
        attempt(f"{s!r} * {c!r}", lambda: s * c)

for fmt in ["%.1f", "%e", "%g", "%d", "%x", "%s"]:
    for v in [10 ** 400, -(10 ** 400), 10 ** 300, 2 ** 1024 - 1, 2 ** 1024]:
        attempt(f"{fmt} % big", lambda: len(fmt % v))
        attempt(f"b{fmt} % big", lambda: len(fmt.encode() % v))

print(UnicodeTranslateError.__mro__[1:3], issubclass(UnicodeTranslateError, ValueError))
import builtins
print(builtins.UnicodeTranslateError is UnicodeTranslateError)
