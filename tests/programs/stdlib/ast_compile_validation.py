# compile() of hand-built or damaged syntax trees: every damage below is applied to every node
# of a set of parsed programs, and compile's verdict (ok, or the error) is printed.
import ast

SOURCES = [
    "x = 1\ny += 2\nz: int = 3\ndel a, b[0]",
    "def f(a, b=1, *c, d, e=2, **g):\n    'doc'\n    return a + b\n",
    "class C(B, metaclass=M):\n    x = 1\n    def m(self): return self.x\n",
    "for i in range(3):\n    if i % 2:\n        continue\n    else:\n        print(i)\nelse:\n    pass\n",
    "while x < 3 and y or not z:\n    x = -x\n",
    "try:\n    f()\nexcept (A, B) as e:\n    raise C from e\nelse:\n    g()\nfinally:\n    h()\n",
    "with open(p) as f, g() as (a, b):\n    data = [c for c in f if c]\n",
    "import os, sys as s\nfrom . import x\nfrom m import y as z\nglobal q\n",
    "lambda a, *b: {k: v for k, v in b}\nt = {1: 2, **d}\nu = {1, 2}\n",
    "v = f(*a, k=1, **b)[1:2:3].attr\nw = x if y else z\nassert x, 'm'\n",
    "s = f'{x!r:>{w}}'\nn = (y := 5)\nc = 1 < 2 <= 3\n",
    "async def g():\n    async for x in y:\n        await z\n    async with a as b:\n        yield x\n",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case C(a, b=c) if c:\n        pass\n    case _:\n        pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
]


def clean(message):
    """An error message without the object address it may hold."""
    text = str(message)
    while " at 0x" in text:
        at = text.index(" at 0x")
        end = at + 6
        while end < len(text) and text[end] in "0123456789abcdef":
            end += 1
        text = text[:at] + text[end:]
    return text


def verdict(tree):
    try:
        compile(tree, "<tree>", "exec")
        return "ok"
    except Exception as e:
        return type(e).__name__ + ": " + clean(e)


def nodes_of(tree):
    """Every node of the tree in a fixed order, with the path to it."""
    out = []

    def visit(node, path):
        out.append((path, node))
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, ast.AST):
                visit(value, path + "." + name)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, ast.AST):
                        visit(item, path + "." + name + "[" + str(i) + "]")

    visit(tree, type(tree).__name__)
    return out


CONTEXTS = [ast.Load, ast.Store, ast.Del]


def damages(node):
    """(description, function that applies it) for each way to damage this node."""
    out = []
    for name in node._fields:
        value = getattr(node, name, None)
        if isinstance(value, ast.expr_context):
            for ctx in CONTEXTS:
                if not isinstance(value, ctx):
                    out.append((name + "=" + ctx.__name__, lambda n=node, f=name, c=ctx: setattr(n, f, c())))
        elif isinstance(value, (ast.operator, ast.unaryop, ast.boolop)):
            out.append((name + "=class", lambda n=node, f=name, v=value: setattr(n, f, type(v))))
        elif isinstance(value, list):
            if value:
                out.append((name + "=[]", lambda n=node, f=name: setattr(n, f, [])))
                out.append((name + "=tuple", lambda n=node, f=name, v=value: setattr(n, f, tuple(v))))
                # CPython 3.11 itself crashes on a None handler, case, pattern or name.
                if name not in ("handlers", "cases", "patterns", "kwd_patterns", "names", "kwd_attrs"):
                    out.append((name + "+None", lambda n=node, f=name, v=value: setattr(n, f, v + [None])))
                if isinstance(value[0], ast.cmpop):
                    out.append((name + "=classes", lambda n=node, f=name, v=value: setattr(n, f, [type(o) for o in v])))
                if isinstance(value[0], ast.expr):
                    out.append((name + "+Pass", lambda n=node, f=name, v=value: setattr(n, f, v + [ast.Pass(lineno=1, col_offset=0)])))
                if isinstance(value[0], ast.stmt):
                    out.append((name + "+Name", lambda n=node, f=name, v=value: setattr(n, f, v + [ast.Name("q", ast.Load(), lineno=1, col_offset=0)])))
                if isinstance(value[0], str):
                    out.append((name + "+int", lambda n=node, f=name, v=value: setattr(n, f, v + [7])))
        elif isinstance(value, str) and name not in ("kind", "type_comment") and not isinstance(node, ast.Constant):
            out.append((name + "=123", lambda n=node, f=name: setattr(n, f, 123)))
            out.append((name + "='None'", lambda n=node, f=name: setattr(n, f, "None")))
        elif isinstance(value, ast.expr):
            out.append((name + "=None", lambda n=node, f=name: setattr(n, f, None)))
            out.append((name + "=Pass", lambda n=node, f=name: setattr(n, f, ast.Pass(lineno=1, col_offset=0))))
            out.append((name + "=5", lambda n=node, f=name: setattr(n, f, 5)))
        elif isinstance(value, int) and not isinstance(value, bool) and name in ("level", "simple"):
            out.append((name + "=-1", lambda n=node, f=name: setattr(n, f, -1)))
    if isinstance(node, ast.Constant):
        for bad in ([1], {1: 2}, {3}, object):
            out.append(("value=" + type(bad).__name__, lambda n=node, b=bad: setattr(n, "value", b)))
    return out


total = 0
counts = {}
for number, source in enumerate(SOURCES):
    print("== program", number)
    base = ast.parse(source)
    print("  intact:", verdict(base))
    for index in range(len(nodes_of(base))):
        probe = ast.parse(source)
        path, node = nodes_of(probe)[index]
        for description, _ in damages(node):
            # An untyped except* handler compiles in CPython 3.11 to code that misbehaves.
            if "except*" in source and isinstance(node, ast.ExceptHandler) and description == "type=None":
                continue
            tree = ast.parse(source)
            target = nodes_of(tree)[index][1]
            for d, apply in damages(target):
                if d == description:
                    apply(target)
            result = verdict(tree)
            total += 1
            kind = result.split(":")[0]
            counts[kind] = counts.get(kind, 0) + 1
            print("  " + path + " " + description + " -> " + result)
print("cases", total, sorted(counts.items()))

# The cases a user meets first.
def t(m):
    ast.fix_missing_locations(m)
    print(verdict(m))

N, L, S, C = ast.Name, ast.Load, ast.Store, ast.Constant
M = lambda *b: ast.Module(list(b), [])
t(M(ast.Assign([N("x", L())], C(1))))
t(M(ast.Expr(N(123, L()))))
t(M(ast.Expr(ast.BinOp(C(1), ast.Add, C(2)))))
t(M(ast.If(C(1), [], [])))
t(M(ast.Expr(ast.Compare(C(1), [ast.Lt], [C(2)]))))
t(M(ast.Expr(ast.Compare(C(1), [], []))))
t(M(ast.Expr(ast.Compare(C(1), [ast.Lt()], [C(2), C(3)]))))
t(M(ast.Expr(ast.BoolOp(ast.And(), [C(1)]))))
t(M(ast.Expr(ast.Dict([C(1)], []))))
t(M(ast.Expr(5)))
t(M(C(5)))
t(ast.Module(5, []))
t(M(ast.Try([ast.Pass()], [], [], [])))
t(M(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
t(M(ast.Raise(None, C(1))))
t(M(ast.With([], [ast.Pass()])))
t(M(ast.Match(C(1), [])))
t(M(ast.Global([])))
t(M(ast.ImportFrom("m", [ast.alias("x")], -1)))
t(M(ast.Expr(ast.ListComp(C(1), []))))
t(M(ast.AnnAssign(ast.Attribute(N("x", L()), "a", S()), N("int", L()), None, 1)))
t(M(ast.Expr(ast.NamedExpr(C(1), C(2)))))
t(M(ast.Expr(N("None", L()))))
t(M(ast.Delete([])))
t(M(ast.Delete([N("x", S())])))
t(M(ast.Expr(ast.Lambda(ast.arguments([], [], None, [ast.arg("k")], [], None, []), C(1)))))
t(M(ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [C(1)]), C(1)))))
t(M(ast.Expr(C([1, 2]))))
t(ast.Expression(N("x", L())))
t(ast.Interactive([ast.Expr(C(1))]))
