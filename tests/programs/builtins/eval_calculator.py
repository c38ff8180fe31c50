# eval() as a calculator: generated arithmetic expressions, evaluated and checked against the
# same arithmetic done directly, plus the values eval gives back for many literal forms.


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state


def make_expr(rand, depth):
    r = next(rand)
    if depth == 0 or r % 4 == 0:
        n = next(rand) % 50
        return str(n) if r % 3 else f"{n}.5"
    ops = ["+", "-", "*", "//", "%", "**", "/", "<<", "&", "|", "^"]
    op = ops[next(rand) % len(ops)]
    left = make_expr(rand, depth - 1)
    right = make_expr(rand, depth - 1)
    if op == "**":
        right = str(next(rand) % 4)
    if op in ("<<", "&", "|", "^"):
        left = str(next(rand) % 100)
        right = str(next(rand) % 8)
    return f"({left} {op} {right})"


rand = lcg(2024)
for i in range(120):
    text = make_expr(rand, 3)
    try:
        value = eval(text)
        print(i, text, "=", repr(value))
    except Exception as e:
        print(i, text, "->", type(e).__name__, e)

literals = ["1_000", "0x1f", "0o17", "0b101", "1e3", "2j", "3+4j", "'abc' * 2", "b'xy' + b'z'",
            "[1, 2, *range(3)]", "{'a': 1, **{'b': 2}}", "{1, 2, 2}", "(1,)", "()", "None", "True and False",
            "not 0", "1 if 0 else 2", "'%s-%d' % ('x', 5)", "f'{6 * 7:>5}'", "'{}+{}'.format(1, 2)",
            "[x * x for x in range(5) if x % 2]", "{k: v for k, v in zip('ab', (1, 2))}",
            "sum(i for i in range(10))", "sorted({3, 1, 2})", "(lambda a, *r, k=3: (a, r, k))(1, 2, k=4)",
            "1 < 2 < 3", "2 ** -1", "-7 // 2", "-7 % 3", "divmod(17, 5)", "abs(-3.5)", "max('hello')",
            "  42", "\t7 * 6", "'multi' \\\n 'line'", "[\n 1,\n 2\n]", "...", "10 ** 20", "type(1.0).__name__"]
for text in literals:
    print(repr(text), "->", repr(eval(text)))

# Names come from the dicts given, then the builtins.
env = {"x": 3, "y": 4, "hyp": lambda a, b: (a * a + b * b) ** 0.5}
for text in ["x + y", "hyp(x, y)", "x * len('abcd')", "[x] * y", "abs(x - y)"]:
    print(text, "=", eval(text, env))
print("local beats global:", eval("x", {"x": 1}, {"x": 2}))
print("global when local missing:", eval("x + z", {"x": 1}, {"z": 10}))
print("builtins shadowed:", eval("len", {"len": "mine"}))
print("no builtins:", eval("x", {"__builtins__": {}, "x": 5}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
print("custom builtins:", eval("double(21)", {"__builtins__": {"double": lambda v: v * 2}}))
g = {}
eval("1", g)
print("inserted:", sorted(g), type(g["__builtins__"]).__name__)
print("int is int:", eval("int") is int, eval("ValueError") is ValueError)
print("bytes source:", eval(b"6 * 7"))


class Lookup:
    """A mapping that makes up a value for every name it is asked for."""

    def __getitem__(self, key):
        if key.startswith("v"):
            return int(key[1:])
        raise KeyError(key)


print("mapping locals:", eval("v10 + v32", {}, Lookup()))
print("mapping falls back:", eval("abs(-v3)", {}, Lookup()))
