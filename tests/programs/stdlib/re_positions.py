# Group positions, class shorthands and word boundaries on ASCII and non-ASCII subjects: the
# ASCII-only translation and the lazily found group positions must agree with CPython's engine.
import re

subjects = [
    "user@host 2024-01-02 id=42 end",
    "naïve café 2024-01-02 ünïcode id=42 Straße",
    "digits ٣٤٥ and 123, tabs\there\x1cfs\x1dgs end",
    "emoji 😀 2024 x😀y id=7",
    "",
]
patterns = [r"\d+", r"\w+", r"\b\w", r"\w\b", r"\s+", r"\S+", r"\D+", r"\W+", r"(\d+)-(\d+)-(\d+)",
            r"(?P<k>\w+)=(?P<v>\d+)", r"(a)|(b)|(\w)", r"\Bs", r"(?i)STRASSE|straße|ID", r"(x)?(y)?",
            r"(?a)\w+", r"^\w+$", r"(?m)^\S+"]
for s in subjects:
    for p in patterns:
        rx = re.compile(p)
        found = [(m.span(), m.group(), m.groups(), m.lastindex) for m in rx.finditer(s)]
        print(repr(p), found[:4], len(found))
    m = re.search(r"(\w+)\s+(\w+)", s)
    if m:
        print(m.start(), m.end(), m.span(1), m.span(2), m.start(2), m.end(1), m.regs if hasattr(m, "regs") else None)
    print(re.sub(r"\d", lambda m: f"<{m.start()}>", s))
    print(re.split(r"\W+", s))
    print(re.findall(r"\b\w{2}\b", s))

m = re.compile(r"(\d+)").search("ab 12 cd 345", 4)
print(m.span(), m.group(1), m.pos, m.endpos)
m = re.compile(r"\d+").match("12345", 1, 3)
print(m.span(), m.group())
print(re.fullmatch(r"\w+", "héllo").span(), re.fullmatch(r"\w+", "hello!"))
m = re.match(r"(?P<a>x)(?P<b>y)?(?P<c>z)", "xz")
print(m.span("a"), m.span("b"), m.span("c"), m.lastindex, m.lastgroup, m.groupdict())
print([m.span() for m in re.finditer(r"", "ab😀")])
print([m.span() for m in re.finditer(r"😀|b", "ab😀c😀")])
