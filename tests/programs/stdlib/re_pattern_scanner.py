# Pattern.scanner(string, pos, endpos): match() and search() share one position, advanced past
# each match; an empty match may not follow an empty match at the same place; after a failed
# call every later call returns None.
import re

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


ATOMS = ["a", "b", "ab", "a*", "b?", "x*", "\\b", "\\B", "^", "$", "(a)", "(b)*", "[ab]+?",
         "\\w", "\\W*", "(?=a)", "(?!b)", "(?<=a)", ".", "\\d+", "\\s*", "(a|)", "(?:ab)*"]
TEXTS = ["", "a", "ab", "aab ab", "ba\nab", "  a1 b22 ", "abba", "bbb", "a b c", "xyz"]


def pattern():
    parts = [ATOMS[rand(len(ATOMS))] for _ in range(1 + rand(3))]
    if rand(4) == 0:
        return "|".join(parts)
    return "".join(parts)


def show(m):
    if m is None:
        return None
    return (m.span(), m.group(), m.groups(), m.lastindex)


def drive(p, text, plan, pos=None, endpos=None):
    if pos is None:
        sc = p.scanner(text)
    elif endpos is None:
        sc = p.scanner(text, pos)
    else:
        sc = p.scanner(text, pos, endpos)
    out = []
    for step in plan:
        out.append(step[0] + str(show(sc.match() if step == "m" else sc.search())))
    return " ".join(out)


# The tokenizer idiom.
tok = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
for src in ["x = 12 + y3", "  foo(bar, 7)", "", "a  ", "1+2*3"]:
    print(repr(src), [m.lastindex and m.group(m.lastindex) for m in iter(tok.scanner(src).match, None)])
    print(repr(src), [m.group() for m in iter(re.compile(r"\w+").scanner(src).search, None)])

sc = re.compile("a").scanner("aa")
print(type(sc).__name__, sc.pattern, sc.match(), sc.match(), sc.match(), sc.search())
print([m.span() for m in iter(re.compile(rb"\w+|\W").scanner(b"hi, you").match, None)])
print([m.span() for m in iter(re.compile(r"\w+").scanner(string="ab cd", pos=1, endpos=4).search, None)])

for case in range(400):
    pat = pattern()
    try:
        p = re.compile(pat)
    except re.error as e:
        print(case, repr(pat), "error", e)
        continue
    text = TEXTS[rand(len(TEXTS))]
    plan = "".join("ms"[rand(2)] for _ in range(1 + rand(6)))
    kind = rand(3)
    if kind == 0:
        result = drive(p, text, plan)
    elif kind == 1:
        result = drive(p, text, plan, rand(len(text) + 2))
    else:
        a = rand(len(text) + 1)
        result = drive(p, text, plan, a, a + rand(len(text) + 1))
    print(case, repr(pat), repr(text), plan, result)
    # search() alone walks the same matches as finditer().
    all_search = [show(m) for m in iter(p.scanner(text).search, None)]
    assert all_search == [show(m) for m in p.finditer(text)], (pat, text)
print("done")
