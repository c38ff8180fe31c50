# What str methods return for a str subclass instance when nothing changes: an exact str, except
# partition/rpartition (the instance itself).


class Markup(str):
    def __repr__(self):
        return f"Markup({str.__repr__(self)})"


class Other(str):
    pass


def show(name, fn, *objs):
    for o in objs:
        try:
            r = fn(o)
        except Exception as e:
            print(name, type(e).__name__, e)
            continue
        first = r[0] if isinstance(r, (list, tuple)) else r
        print(name, repr(o), type(first).__name__, first is o, repr(first))


samples = [Markup("x"), Markup(""), Markup("  pad  "), Other("a\tb"), Markup("+12"), Markup("\U0001f600")]
cases = [
    ("strip", lambda o: o.strip()), ("lstrip", lambda o: o.lstrip()), ("rstrip", lambda o: o.rstrip()),
    ("strip_q", lambda o: o.strip("q")), ("lstrip_q", lambda o: o.lstrip("q")), ("rstrip_q", lambda o: o.rstrip("q")),
    ("replace", lambda o: o.replace("q", "z")), ("replace0", lambda o: o.replace("x", "y", 0)),
    ("center", lambda o: o.center(1)), ("ljust", lambda o: o.ljust(0)), ("rjust", lambda o: o.rjust(1, "*")),
    ("zfill", lambda o: o.zfill(1)), ("expandtabs", lambda o: o.expandtabs()),
    ("removeprefix", lambda o: o.removeprefix("q")), ("removesuffix", lambda o: o.removesuffix("q")),
    ("partition", lambda o: o.partition("q")), ("rpartition", lambda o: o.rpartition("q")[2:]),
    ("split", lambda o: o.split("q")), ("rsplit", lambda o: o.rsplit("q")), ("splitlines", lambda o: o.splitlines() or [""]),
    ("lower", lambda o: o.lower()), ("upper", lambda o: o.upper()), ("title", lambda o: o.title()),
    ("swapcase", lambda o: o.swapcase()), ("casefold", lambda o: o.casefold()), ("capitalize", lambda o: o.capitalize()),
    ("translate", lambda o: o.translate({})), ("mul", lambda o: o * 1), ("add", lambda o: o + ""),
    ("slice", lambda o: o[:]), ("join", lambda o: "".join([o])), ("str", lambda o: str(o)),
    ("format", lambda o: format(o)), ("fstring", lambda o: f"{o}"), ("percent", lambda o: "%s" % o),
    ("center_wide", lambda o: o.center(9, "-")), ("strip_changed", lambda o: o.strip(" +")),
    ("split_long_sep", lambda o: o.split("qqqqqqqq")), ("rsplit_long_sep", lambda o: o.rsplit("qqqqqqqq", 0)),
    ("split_sep0", lambda o: o.split("q", 0)), ("split_none0", lambda o: o.split(None, 0) or [""]),
]
for name, fn in cases:
    show(name, fn, *samples)
