# compile()'s optimize argument: level 1 drops asserts and makes __debug__ False, level 2 also
# drops docstrings; -1 and 0 keep everything. Source strings and syntax trees alike.
import ast

PROGRAM = '''"""module doc"""
log = []
def f(x):
    """f doc"""
    assert x > 0, "x must be positive"
    log.append(("f", x, __debug__))
    return x
class C:
    """class doc"""
    def m(self):
        "method doc"
        return __debug__
    async def a(self):
        """async doc"""
if __debug__:
    log.append("debug on")
else:
    log.append("debug off")
def only_doc():
    """nothing else"""
def only_assert():
    assert False
try:
    assert 1 == 2, "never"
    log.append("assert skipped")
except AssertionError as e:
    log.append(("assert", str(e)))
lam = lambda: __debug__
'''


def attempt(fn, *args):
    try:
        return fn(*args)
    except AssertionError as e:
        return "AssertionError " + str(e)


def run(code):
    ns = {}
    exec(code, ns)
    out = [ns.get("__doc__"), ns["f"].__doc__, ns["C"].__doc__, ns["C"].m.__doc__, ns["C"].a.__doc__,
           ns["only_doc"].__doc__, ns["only_doc"](), attempt(ns["only_assert"]), ns["C"]().m(), ns["lam"]()]
    out.append(attempt(ns["f"], -1))
    out.append(ns["log"])
    return out


for level in (-1, 0, 1, 2):
    print("source, optimize", level, run(compile(PROGRAM, "<p>", "exec", optimize=level)))
    print("tree, optimize", level, run(compile(ast.parse(PROGRAM), "<p>", "exec", optimize=level)))
    print("keyword order", level, run(compile(PROGRAM, "<p>", "exec", 0, False, level)))

# eval and single modes: a lone string is no docstring there.
for level in (0, 1, 2):
    print("eval", level, eval(compile("'text' if __debug__ else 'plain'", "<e>", "eval", optimize=level)))
    exec(compile("'shown'\n", "<s>", "single", optimize=level))
    exec(compile("print(__debug__)\n", "<s>", "single", optimize=level))

# Generated: each statement kind with an assert inside, at each level.
BLOCKS = [
    "if c:\n    assert c, 'if'\n",
    "for i in range(c):\n    assert i < 0, 'for'\n",
    "while c:\n    c -= 1\n    assert c > 5, 'while'\n",
    "try:\n    assert c is None, 'try'\nfinally:\n    pass\n",
    "with ctx:\n    assert not c, 'with'\n",
    "def g():\n    assert c == 0, 'def'\ng()\n",
    "class K:\n    assert c == 0, 'class'\n",
    "match c:\n    case 3:\n        assert c == 4, 'match'\n",
    "x = [__debug__ for _ in range(2)]\nassert not x[0], ('comp', x)\n",
]


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


for block in BLOCKS:
    for level in (0, 1, 2):
        ns = {"c": 3, "ctx": Ctx()}
        try:
            exec(compile(block, "<b>", "exec", optimize=level), ns)
            print(level, "passed", block.split(":")[0].split("\n")[0])
        except AssertionError as e:
            print(level, "AssertionError", e)

# Bad levels.
for bad in (3, -2, 100, None, 1.0, "1", True, False):
    try:
        compile("1", "<v>", "exec", optimize=bad)
        print("accepted", repr(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
