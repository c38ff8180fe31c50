# Calls of str method names on every kind of receiver: a primitive str (flat, concatenated, sliced,
# literal), a str subclass that overrides some methods, other types that have a method of the same
# name (list.count, bytes.split), None, and an object whose __getattr__ answers them. Arguments
# that are instances of a str subclass are read by their characters, as CPython's str methods do.


class Shout(str):
    def upper(self):
        return "shout:" + str.upper(self)

    def replace(self, old, new, count=-1):
        return "replaced"


class Plain(str):
    pass


class Dyn:
    def __getattr__(self, name):
        return lambda *args: (name, args)


def calls(x, y):
    out = []
    for thunk in (
        lambda: x.upper(),
        lambda: x.lower(),
        lambda: x.replace("a", y),
        lambda: x.startswith(y),
        lambda: x.endswith("c"),
        lambda: x.split(y),
        lambda: x.strip(),
        lambda: x.count(y),
        lambda: x.find(y),
        lambda: x.index(y),
        lambda: x.join(["1", "2"]),
        lambda: x.partition(y),
        lambda: x.zfill(6),
        lambda: x.title(),
        lambda: x.isdigit(),
        lambda: x.encode(),
    ):
        try:
            out.append(thunk())
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


def flat(n):
    return "".join(["a", "b", "c"] * n)


print(calls("abca", "a"))
print(calls(flat(1), "b"))
print(calls("ab" + "c" * 20, "c"))
print(calls(("x" * 30 + "abc")[30:], "b"))
print(calls(Shout("abca"), "a"))
print(calls(Plain("abca"), Plain("b")))
print(calls(["a", "b", "a"], "a"))
print(calls(b"a,b", b","))
print(calls(None, "a"))
print(calls(Dyn(), "q")[:4])
print("{}-{}".format("x", 1), "-".join("abc"), ",".join([Plain("p"), "q"]), "ab".upper())

p = Plain("b")
print("abc".startswith(p), "abc".startswith((p, "z")), "abc".endswith(("z", Plain("c"))))
print("abc".replace(p, Plain("B")), "abcb".split(p), "abcb".rsplit(p, 1), "abc".find(p))
print("abc".count(p), "abc".index(p), p in "abc", "abc".partition(p), "abc".rpartition(p))
print("abc".strip(Plain("ac")), "abc".lstrip(Plain("a")), "abc".rstrip(Plain("c")))
print("abc".removeprefix(Plain("a")), "abc".removesuffix(Plain("c")), "x".center(5, Plain("*")))
print("x".ljust(3, Plain("-")), "x".rjust(3, Plain("-")))
for bad in (lambda: "abc".startswith(1), lambda: "abc".replace(1, "x"), lambda: "-".join(["a", 2]),
            lambda: "abc".split(3), lambda: 4 in "abc", lambda: "x".center(3, 5)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
