# Argument-count errors of set, frozenset, bytes and bytearray methods: every method is called
# with zero to five arguments and the outcome (or the error's type and message) is printed.

def attempt(label, call):
    try:
        result = call()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    if isinstance(result, (set, frozenset)):
        result = sorted(result)
    print(label, "->", repr(result))


def public(tp):
    return sorted(m for m in dir(tp) if not m.startswith("_"))


for tp, make in ((set, lambda: {1, 2}), (frozenset, lambda: frozenset({1, 2}))):
    for name in public(tp):
        for n in range(4):
            args = [[2, 3]] * n if name not in ("add", "discard", "remove") else [2] * n
            attempt(f"{tp.__name__}.{name}/{n}", lambda: getattr(make(), name)(*args))

for tp in (bytes, bytearray):
    for name in public(tp):
        if name in ("fromhex", "maketrans"):
            continue
        for n in range(6):
            args = [b"b"] * n
            if name in ("center", "ljust", "rjust", "zfill", "expandtabs", "pop", "insert", "append"):
                args = [1] + [b"x"] * (n - 1) if n else []
            if name == "hex" and n:
                args = ["-"] + [1] * (n - 1)
            if name == "decode" and n:
                args = ["ascii", "strict"] + ["x"] * (n - 2) if n >= 2 else ["ascii"]
            attempt(f"{tp.__name__}.{name}/{n}", lambda: getattr(tp(b"abcb"), name)(*args))


class MySet(set):
    pass


class MyBytes(bytes):
    pass


attempt("subclass set.add", lambda: MySet().add(1, 2))
attempt("subclass set.copy", lambda: MySet().copy(1))
attempt("subclass bytes.upper", lambda: MyBytes(b"a").upper(1))
attempt("subclass bytes.join", lambda: MyBytes(b"a").join())
attempt("unbound set.add", lambda: set.add({1}))
attempt("unbound bytes.count", lambda: bytes.count(b"a"))
attempt("unbound frozenset.issubset", lambda: frozenset.issubset(frozenset(), [], []))
s = {1}
attempt("add twice", lambda: s.add(2, 3))
print(sorted(s))
