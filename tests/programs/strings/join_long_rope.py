# Long joins (past 32K characters, or past 1,024 items) and what is asked of their results:
# len, count over the whole string (matches across the joined pieces' boundaries), slices and
# find, for results joined again, joined twice with the same text, with surrogates and astral
# characters, and grown by a join in a loop.

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


def words(count, alphabet, longest):
    return ["".join(alphabet[rand(len(alphabet))] for _ in range(rand(longest + 1))) for _ in range(count)]


SUBS = ["a", "ab", "ba", "aba", "abab", "aa", "bb", "xyz", "\n", "a\nb", "b\na", "caca", "abcabcab",
        "ab" * 16, "\U0001f642", "\ud800", "a\U0001f642"]


def report(label, s):
    print(label, len(s), [s.count(x) for x in SUBS])
    print("  ", s.count("ab", 7), s.count("ab", 3, 9000), s.count(""), repr(s[:12]), repr(s[-12:]))
    print("  ", s.find("abcabc"), s.rfind("ba"), "xyz" in s, s[len(s) // 2:len(s) // 2 + 9] == s[len(s) // 2:][:9])
    for sep in ["\n", "a", "b", "c", "x", "ab", "\udc00"]:
        fields = s.split(sep)
        print("  ", ascii(sep), len(fields), sum(map(len, fields)), ascii(fields[0][:6]), ascii(fields[-1][-6:]),
              ascii(fields[len(fields) // 2][:6]), sep.join(fields) == s)


plain = words(4000, "abc", 30)
report("plain", "".join(plain))
report("sep", "\n".join(plain))
report("long sep", "abab".join(plain))
many = words(5000, "ab", 3)
report("many short", "".join(many))
report("many short sep", "a".join(many))

inner = "".join(plain)
report("nested", "".join(["<head>ab", inner, "ba</tail>"]))
report("nested sep", "ab".join(["x", inner, "b", inner, "a"]))
report("same twice", "".join([inner, inner]))
again = "".join(plain)
report("again", again)
print(again == inner, len(again) == len(inner))
report("after again", inner)

astral = words(3000, "ab\U0001f642", 20)
report("astral", "".join(astral))
lone = words(3000, "ab\udc00", 20)
report("lone", "".join(lone))
report("mixed nest", "".join([inner, "".join(astral), inner]))

short_pieces = ["a", "b", "ab", "", "ba", "bab"] * 6000
report("tiny pieces", "".join(short_pieces))
report("tiny pieces sep", "b".join(short_pieces))

grown = "".join(plain)
for i in range(600):
    grown = "".join([grown, "ab" * (i % 7), "b"])
report("grown", grown)

total = 0
for i in range(30):
    page = "".join(["<p>", "\n".join(plain), "</p>"])
    total += len(page) + page.count("ab") + page.count("\na")
print(total)
