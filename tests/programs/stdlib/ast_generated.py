# Generated trees: random expressions and statements (a fixed linear congruential generator),
# written as source and parsed, and built as nodes and unparsed, so that precedence, parentheses
# and layout meet many combinations.
import ast

state = [12345]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def pick(items):
    return items[rand(len(items))]


BINARY = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
COMPARE = ["<", ">", "==", "!=", "<=", ">=", "is", "is not", "in", "not in"]
ATOMS = ["a", "b", "x.y", "f()", "1", "2.5", "'s'", "None", "True", "[1]", "(1, 2)", "{}", "...", "-3", "3j", "b'z'"]


def expression(depth):
    if depth == 0:
        return pick(ATOMS)
    kind = rand(16)
    sub = lambda: expression(depth - 1)
    if kind == 0:
        return "%s %s %s" % (sub(), pick(BINARY), sub())
    if kind == 1:
        return "(%s %s %s)" % (sub(), pick(BINARY), sub())
    if kind == 2:
        return "%s%s" % (pick(["-", "+", "~", "not "]), sub())
    if kind == 3:
        return "%s %s %s" % (sub(), pick(["and", "or"]), sub())
    if kind == 4:
        return "%s %s %s" % (sub(), pick(COMPARE), sub())
    if kind == 5:
        return "%s if %s else %s" % (sub(), sub(), sub())
    if kind == 6:
        return "lambda q, *r: %s" % sub()
    if kind == 7:
        return "g(%s, *%s, k=%s, **%s)" % (sub(), sub(), sub(), sub())
    if kind == 8:
        return "(%s)[%s]" % (sub(), pick([sub(), "1:2", "::%s" % sub(), "%s, %s" % (sub(), sub())]))
    if kind == 9:
        return "[%s for v in %s if %s]" % (sub(), sub(), sub())
    if kind == 10:
        return "{%s: %s, **%s}" % (sub(), sub(), sub())
    if kind == 11:
        return "(%s).attr" % sub()
    if kind == 12:
        return 'f"{ %s!r:>{ %s}} x\\t{ %s}"' % (pick(ATOMS), pick(ATOMS), pick(ATOMS))
    if kind == 13:
        return "(w := %s)" % sub()
    if kind == 14:
        return "(%s, %s)" % (sub(), sub())
    return "await (%s)" % sub()


def statement(depth, indent):
    pad = "    " * indent
    kind = rand(10) if depth > 0 else 0
    if kind <= 2:
        return pad + pick(["v = ", "v += ", "u, w = ", "", "return ", "del v; "]) + expression(2)
    body = statement(depth - 1, indent + 1) + "\n" + statement(depth - 1, indent + 1)
    if kind == 3:
        return "%sif %s:\n%s\n%selse:\n%s" % (pad, expression(1), body, pad, statement(depth - 1, indent + 1))
    if kind == 4:
        return "%sfor i in %s:\n%s" % (pad, expression(1), body)
    if kind == 5:
        return "%swhile %s:\n%s" % (pad, expression(1), body)
    if kind == 6:
        return "%sasync def h(p, *, k=%s):\n%s" % (pad, expression(1), body)
    if kind == 7:
        return "%stry:\n%s\n%sexcept E as e:\n%s" % (pad, body, pad, statement(depth - 1, indent + 1))
    if kind == 8:
        return "%swith %s as m:\n%s" % (pad, expression(1), body)
    return "%sclass K(%s):\n%s" % (pad, expression(1), body)


for index in range(120):
    source = expression(3)
    print(index, source)
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as e:
        # Operators glued without parentheses may not parse: the error must match too.
        print("  ", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        continue
    text = ast.unparse(tree)
    print("  ", text)
    print("  ", ast.dump(tree))
    print("  ", ast.dump(ast.parse(text, mode="eval")) == ast.dump(tree))

for index in range(30):
    source = "async def main():\n" + statement(3, 1)
    print("stmt", index)
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        print("  ", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        continue
    print(ast.unparse(tree))
    print(ast.dump(tree, include_attributes=True))


def built(depth):
    """A random tree made of node objects, with no source behind it."""
    if depth == 0:
        return pick([ast.Name("n", ast.Load()), ast.Constant(rand(50) - 25), ast.Constant(0.5),
                     ast.Constant("t'\""), ast.Constant(None)])
    kind = rand(7)
    sub = lambda: built(depth - 1)
    if kind == 0:
        return ast.BinOp(sub(), pick([ast.Add(), ast.Sub(), ast.Mult(), ast.Pow(), ast.BitOr(), ast.MatMult()]), sub())
    if kind == 1:
        return ast.UnaryOp(pick([ast.USub(), ast.Not(), ast.Invert()]), sub())
    if kind == 2:
        return ast.BoolOp(pick([ast.And(), ast.Or()]), [sub(), sub(), sub()])
    if kind == 3:
        return ast.Compare(sub(), [ast.Lt(), ast.IsNot()], [sub(), sub()])
    if kind == 4:
        return ast.IfExp(sub(), sub(), sub())
    if kind == 5:
        return ast.Tuple([sub(), ast.Starred(sub(), ast.Load())], ast.Load())
    return ast.Call(ast.Attribute(sub(), "m", ast.Load()), [sub()], [ast.keyword("k", sub())])


for index in range(80):
    node = built(3)
    print("built", index, ast.unparse(node))
    print("  ", ast.dump(node))
