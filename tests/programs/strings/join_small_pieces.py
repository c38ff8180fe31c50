# sep.join of a few pieces (up to about ten) and of more: separators empty, long, non-ASCII and
# str subclasses; pieces that are str subclasses, astral characters and surrogates; wrong item
# types at every position; the results used as dict keys and compared with the same text built
# another way.


class S(str):
    pass


state = 2024


def next_int(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


WORDS = ["", "a", "bc", "caf\u00e9", "\U0001f600", "\ud83d", "x" * 20, " ", "=", "%2F"]
SEPS = ["", ",", ", ", "\u00e9", "\U0001f601", "--sep--", S("|"), S("")]

seen = {}
for round_no in range(400):
    n = next_int(12)
    items = [WORDS[next_int(len(WORDS))] for _ in range(n)]
    sep = SEPS[next_int(len(SEPS))]
    joined = sep.join(items)
    built = ""
    for i, item in enumerate(items):
        if i > 0:
            built += sep
        built += item
    if joined != built or type(joined) is not str or len(joined) != len(built):
        print("MISMATCH", ascii(sep), ascii(items), ascii(joined), ascii(built))
    seen[joined] = seen.get(joined, 0) + 1
    if round_no % 40 == 0:
        print(round_no, n, ascii(sep), ascii(joined), len(joined))

print(len(seen), sum(seen.values()))
print(sorted(seen.items(), key=lambda kv: (-kv[1], ascii(kv[0])))[:5])

for items in [[], ["only"], [S("only")], ["a", S("b")], [S("x"), S("y"), S("z")], ("t", "u", "p"),
              iter(["it", "er"]), (w for w in ["gen", "exp"]), {"k1": 1, "k2": 2}]:
    result = "-".join(items)
    print(ascii(result), type(result).__name__)

for position in range(6):
    items = ["p"] * 5
    items.insert(position, [1, b"b", None, 2.5, ("t",), S("s")][position])
    try:
        print(position, ascii(", ".join(items)))
    except TypeError as e:
        print(position, type(e).__name__, e)

for n in range(0, 12):
    pieces = [str(i) for i in range(n)]
    print(n, "+".join(pieces), "".join(pieces), len(S("::").join(pieces)))

# Joins of 9 to 40 pieces (concatenated up to 32, Array#join past it), kept in a list that is
# joined again and used as dict keys, with a wrong item at the last and the middle position.
rows = []
for n in range(9, 41):
    items = [WORDS[next_int(len(WORDS))] + str(k) for k in range(n)]
    sep = SEPS[next_int(len(SEPS))]
    joined = sep.join(items)
    built = ""
    for i, item in enumerate(items):
        built += (sep if i else "") + item
    if joined != built or len(joined) != len(built):
        print("MISMATCH", n, ascii(sep))
    rows.append(joined)
    seen[joined] = n
    if n % 8 == 1:
        print(n, ascii(joined[:60]), len(joined))
page = "\n".join(rows)
print(len(page), page.count("\n"), len(seen), ascii(page[-40:]))
print(ascii("".join(rows[:3])[:50]), [seen[r] for r in rows[:4]])
for n in (9, 20, 32, 33):
    for position in (n // 2, n - 1):
        items = ["q"] * n
        items[position] = S("s") if n == 20 else 7
        try:
            print(n, position, ascii("/".join(items)[-12:]))
        except TypeError as e:
            print(n, position, type(e).__name__, e)
