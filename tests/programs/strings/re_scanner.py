# re.Scanner as a small tokenizer: actions that are callables, constants and None.
import re


def ident(scanner, text):
    return ("ID", text, scanner.match.span())


scanner = re.Scanner([
    (r"[a-z_]\w*", ident),
    (r"\d+\.\d+", lambda s, t: ("FLOAT", float(t))),
    (r"\d+", lambda s, t: ("INT", int(t))),
    (r"[+\-*/()=]", lambda s, t: ("OP", t)),
    (r"\s+", None),
    ("#.*", "COMMENT"),
])
for source in ["x = 3.25 * (y + 42) # done", "a = $b", "", "   ", "abc def1 2.5.6", "\u00e9t\u00e9 = 1"]:
    print(repr(source), scanner.scan(source))

print(re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None)]).scan("1 22 x"))
print(re.Scanner([(r"a*", "A")]).scan("bbb"))
print(re.Scanner([(r"a*", "A"), (r"b", "B")]).scan("aabab"))
print(re.Scanner([(r"ab", "X"), (r"a", "Y")], re.I).scan("ABaAb"))
print(re.Scanner([(rb"\d+", lambda s, t: t), (rb",", None)]).scan(b"1,2,3;"))
print(re.Scanner([(r"""\d+  # digits""", "N"), (r"\s", None)], re.X).scan("12 3"))
print(re.Scanner(lexicon=[(r"\w", str.upper.__name__)], flags=0).scan("ab!"))
print(re.Scanner([(r"\U0001f600+", "SMILE"), (r".", lambda s, t: t * 2)]).scan("\U0001f600\U0001f600x\U0001f600"))

# A long input, token by token.
words = " ".join(f"w{i} {i}" for i in range(300))
tokens, rest = re.Scanner([(r"w\d+", lambda s, t: t[1:]), (r"\d+", lambda s, t: int(t)), (r" ", None)]).scan(words)
print(len(tokens), tokens[:6], tokens[-4:], repr(rest))

sc = re.Scanner([(r"x", "X")])
print(type(sc).__name__, len(sc.lexicon), type(sc.scanner).__name__)
try:
    re.Scanner([("(", None)])
except re.error as e:
    print("error", e)
