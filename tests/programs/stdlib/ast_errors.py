# ast.parse on bad input: the SyntaxError (and its fields) that compile() raises; what parses
# although it would not compile.
import ast

BAD = [
    "x = (1,",
    "def f(:\n    pass",
    "1 +",
    "if x\n    pass",
    "for x in y:\npass",
    "  x = 1",
    "x = 1\n  y = 2",
    "a b",
    "f(**a, *b)",
    "x = 'unterminated",
    "'''never closed",
    "1 = x",
    "f() = 1",
    "del f()",
    "(a, b) += 1",
    "lambda: (yield",
    "print 'hello'",
    "x = $",
    "class C(:\n    pass",
    "match x:\n    case 1 +:\n        pass",
    "import",
    "from x import",
    "f(a for a in b, c)",
    "{1: 2, 3}",
    "a if b",
    "x = [1, 2\ny = 3",
    "é = 1 +",
]
for source in BAD:
    for mode in ("exec", "single"):
        try:
            ast.parse(source, "<test>", mode)
            print(repr(source), mode, "parsed")
        except SyntaxError as e:
            print(repr(source), mode, type(e).__name__, e.msg, e.filename, e.lineno, e.offset,
                  repr(e.text), e.end_lineno, e.end_offset)

for source in ["1 +", "", "a b", "x = 1", "(", "yield"]:
    try:
        print(repr(source), ast.dump(ast.parse(source, mode="eval")))
    except SyntaxError as e:
        print(repr(source), "eval", e.msg, e.lineno, e.offset, repr(e.text))

# Errors found after parsing do not stop ast.parse: it runs no compiler checks.
for source in ["return 1", "break", "continue", "nonlocal x", "await x", "yield x",
               "def f(a, a): pass", "from __future__ import nope", "x = 1\nfrom __future__ import annotations",
               "def f():\n    x = 1\n    global x", "async def f():\n    yield from g()"]:
    tree = ast.parse(source)
    print(repr(source), ast.dump(tree))
    try:
        compile(source, "<test>", "exec")
        print("  compiles")
    except SyntaxError as e:
        print("  compile:", e.msg)
    try:
        compile(tree, "<test>", "exec")
        print("  tree compiles")
    except SyntaxError as e:
        print("  tree compile:", e.msg, e.lineno)

try:
    ast.parse("x\0y")
except Exception as e:
    print(type(e).__name__, e)
try:
    ast.parse(42)
except TypeError as e:
    print("TypeError", e)
print(ast.dump(ast.parse("x = 1", type_comments=False, feature_version=None)))

# 'func_type' mode: signature type comments.
try: compile('(int) -> str', 'f', 'func_type')
except Exception as e: print(type(e).__name__, e)
print(ast.dump(ast.parse('(int, *a, **k) -> str', mode='func_type'), include_attributes=True))
print(ast.dump(ast.parse('() -> None', mode='func_type')))
print(ast.unparse(ast.parse('(int, *a, **k) -> str', mode='func_type')))
for s in ['(int,) -> str', 'int -> str', '(a) -> b\n\n', '(a)', '(*a, b) -> c', '(**a, *b) -> c', '(*a, **b) -> List[int]', '(a, b -> c']:
  try: print(ast.dump(ast.parse(s, mode='func_type')))
  except SyntaxError as e: print(e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
