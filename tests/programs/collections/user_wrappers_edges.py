# UserString/UserList/UserDict edges: argument errors and keyword calls of the str methods,
# method names, which arguments are unwrapped, __rmod__, comparisons with foreign types,
# copies of subclasses carrying extra attributes.
from collections import UserDict, UserList, UserString
import copy


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


class S(UserString):
    pass


s = S("  Hello, World  ")
attempt("upper", lambda: (s.upper(), type(s.upper()).__name__))
attempt("upper extra", lambda: s.upper(1))
attempt("center none", lambda: s.center())
attempt("center kw", lambda: s.center(width=20))
attempt("center fill", lambda: s.center(20, "*"))
attempt("strip kw", lambda: s.strip(chars=" H"))
attempt("lstrip", lambda: (s.lstrip(), type(s.rstrip()).__name__))
attempt("isdigit", lambda: (S("12").isdigit(), S("x").isidentifier(), S("").isspace()))
attempt("isdigit extra", lambda: S("12").isdigit(3))
attempt("names", lambda: (UserString.upper.__name__, UserString.upper.__qualname__,
                          UserString.ljust.__qualname__, UserString.isascii.__qualname__,
                          UserString.__eq__.__qualname__, UserList.__lt__.__name__,
                          UserString.__iter__.__qualname__))
attempt("find kw", lambda: s.find(sub="o"))
attempt("find wrapped", lambda: (s.find(S("o")), s.rfind(S("o")), s.count(S("l"))))
attempt("index wrapped", lambda: s.index(S("o")))
attempt("startswith wrapped", lambda: s.startswith(S("  ")))
attempt("replace", lambda: s.replace(S("l"), S("L"), 2))
attempt("removeprefix", lambda: (S("abc").removeprefix(S("a")), S("abc").removesuffix("c")))
attempt("contains", lambda: (S("o") in s, "W" in s))
attempt("contains list", lambda: UserList(["a"]) in s)
attempt("rmod", lambda: ("%s|%r" % S("x"), "<%s>" % S("y"), type("%s" % S("z")).__name__))
attempt("rmod tuple", lambda: "%s-%s" % (S("a"), S("b")))
attempt("mod", lambda: (S("%d+%d") % (1, 2), type(S("%s") % "q").__name__))
attempt("cmp", lambda: (S("a") < S("b"), S("a") <= "a", S("b") > "a", S("a") == S("a"), S("a") != "a"))
attempt("cmp int", lambda: S("a") < 1)
attempt("eq int", lambda: S("1") == 1)
attempt("add", lambda: (S("a") + 1, 2 + S("b"), S("a") + S("c"), type("x" + S("y")).__name__))
attempt("mul", lambda: (S("ab") * 2, 3 * S("c")))
attempt("iter", lambda: [type(c).__name__ for c in S("ab")] + list(reversed(S("xyz"))))
attempt("encode", lambda: (S("é").encode(None, None), S("é").encode("latin-1")))
attempt("split", lambda: (s.split(maxsplit=1), s.rsplit(",", 1), S("a\nb").splitlines(True)))
attempt("numbers", lambda: (int(S("12")), float(S("1.5")), complex(S("1+2j")), hash(S("k")) == hash("k")))
attempt("init", lambda: (S(S("w")).data, S(12).data, S(None).data))

L = UserList


class Tagged(UserList):
    def __init__(self, items=None):
        super().__init__(items)
        self.tag = "t"


t = Tagged([3, 1, 2])
attempt("list cmp", lambda: (L([1]) < L([2]), L([1]) == [1], L([1, 2]) >= (1, 2)))
attempt("list lt tuple", lambda: L([1]) < (1,))
attempt("list lt int", lambda: L([1]) < 5)
attempt("list add", lambda: (L([1]) + (2, 3), (0,) + L([1]), [9] + L([1]), L([1]) + L([2])))
attempt("list add types", lambda: (type(t + [1]).__name__, type([1] + t).__name__, type(t[:1]).__name__))
attempt("list add int", lambda: L([1]) + 5)


def add_in_place():
    u = L([1])
    u += (x for x in range(2))
    u += L([7])
    u *= 2
    u.extend(L([8]))
    u.extend("ab")
    return u


attempt("list iadd", add_in_place)
attempt("list copy", lambda: (t.copy(), type(t.copy()).__name__, t.copy().tag))
attempt("list __copy__", lambda: (copy.copy(t).tag, copy.copy(t).data is t.data, copy.copy(t) == t))
attempt("list sort", lambda: (t.sort(reverse=True), t)[1])
attempt("list index", lambda: (t.index(1), L("abcb").index("b", 2), L("ab").count("a")))
attempt("list index missing", lambda: L([1]).index(5))
attempt("list iter", lambda: (list(reversed(t)), [x for x in t], 2 in t))
attempt("list hash", lambda: hash(L()))
attempt("list init", lambda: (L(L([1])).data, L("ab").data, L((1,)).data, L().data))


class Counting(UserDict):
    popped = 0

    def popitem(self):
        Counting.popped += 1
        return super().popitem()


c = Counting(a=1, b=2)
c.clear()
attempt("dict clear", lambda: (c, Counting.popped))
attempt("dict or", lambda: (UserDict(a=1) | UserDict(b=2), {"x": 0} | UserDict(a=1)))
attempt("dict or bad", lambda: UserDict() | [("a", 1)])
attempt("dict ror bad", lambda: [("a", 1)] | UserDict())


def ior_pairs():
    d = UserDict(a=1)
    d |= [("b", 2)]
    d |= UserDict(c=3)
    return d


attempt("dict ior pairs", ior_pairs)


class Extra(UserDict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.note = "n"


e = Extra({"k": 1})
attempt("dict copy", lambda: (e.copy(), type(e.copy()).__name__, e.copy().note, e.copy().data is e.data))
attempt("dict __copy__", lambda: (copy.copy(e).note, copy.copy(e).data is e.data))
attempt("dict update keys", lambda: (lambda d: (d.update(type("K", (), {"keys": lambda self: ["q"], "__getitem__": lambda self, k: k * 2})()), d)[1])(UserDict()))
attempt("dict update bad", lambda: UserDict().update([1]))
attempt("dict eq", lambda: (UserDict(a=1) == {"a": 1}, UserDict() == [], UserDict(a=1) != UserDict(a=2)))
attempt("dict setdefault", lambda: (lambda d: (d.setdefault("a"), d.setdefault("a", 3), d))(UserDict()))
attempt("dict fromkeys", lambda: (Extra.fromkeys([1, 2]), type(Extra.fromkeys("a")).__name__))
attempt("dict reversed", lambda: reversed(UserDict(a=1)))
