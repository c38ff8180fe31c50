# difflib.HtmlDiff: make_table and make_file, byte for byte, over generated pairs of texts
# (context views with several numlines, wrapped columns, tabs, markup characters, blank sides).
import difflib

seed = 777


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


WORDS = ["alpha", "beta", "gamma", "x", "", "  indented", "\ttab\there", "a<b>&c", "déjà vu",
         "the quick brown fox", "jumps over", "λ", "line with trailing  ", "#", "1234567890" * 3]


def text(n):
    return [WORDS[rand(len(WORDS))] + ("\n" if rand(4) else "") for _ in range(n)]


def mutate(lines):
    out = list(lines)
    for _ in range(rand(5)):
        op = rand(4)
        at = rand(len(out) + 1)
        if op == 0 and out:
            del out[min(at, len(out) - 1)]
        elif op == 1:
            out.insert(at, WORDS[rand(len(WORDS))] + "\n")
        elif op == 2 and out:
            i = min(at, len(out) - 1)
            s = out[i]
            j = rand(len(s) + 1)
            out[i] = s[:j] + "XY"[rand(2)] + s[j:]
        elif op == 3 and out:
            i = min(at, len(out) - 1)
            out[i] = out[i].upper()
    return out


a = ["one\n", "two\n", "three\n"]
b = ["one\n", "TWO\n", "three\n", "four\n"]
print(difflib.HtmlDiff().make_table(a, b))
print(difflib.HtmlDiff().make_table(a, b, "old", "new", context=True, numlines=0))
print(difflib.HtmlDiff().make_table([], []))
print(difflib.HtmlDiff().make_table(a, a, context=True))
print(difflib.HtmlDiff(wrapcolumn=5).make_table(["abcdefghijklmnop\n"], ["abcdXefghijklmnopqrstu\n"]))
print(difflib.HtmlDiff(tabsize=4).make_file(["\ta b\n", "x"], ["\ta  b\n"], "from <a>", "to"))
print(difflib.HtmlDiff().make_file(["é€\n"], ["e€\n"], charset="ascii"))
print(difflib.HtmlDiff().make_file(["é€\n"], ["e€\n"], charset="latin-1", context=True))
print("HtmlDiff" in difflib.__all__)

for case in range(150):
    old = text(rand(9))
    new = mutate(old) if rand(5) else text(rand(9))
    wrap = [None, None, 4, 10, 25][rand(5)]
    tabs = [8, 8, 2, 4][rand(4)]
    differ = difflib.HtmlDiff(tabsize=tabs, wrapcolumn=wrap)
    context = rand(2) == 0
    numlines = rand(4)
    descs = [("", ""), ("a.txt", "b.txt"), ("", "right")][rand(3)]
    print("case", case, wrap, tabs, context, numlines)
    if rand(6) == 0:
        print(differ.make_file(old, new, *descs, context=context, numlines=numlines))
    else:
        print(differ.make_table(old, new, *descs, context=context, numlines=numlines))
    if rand(4) == 0:
        print(list(difflib._mdiff(old, new, 1 if context else None)))
