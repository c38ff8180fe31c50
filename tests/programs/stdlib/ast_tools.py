# The ast helpers over parsed and hand-built trees: visitors, transformers, walk, locations,
# docstrings, source segments, node construction and errors.
import ast

SOURCE = '''\
"""Module doc."""
import math

def area(r, scale=2):
    """Area of a circle.

        Indented detail.
    """
    return math.pi * r * r * scale

class Shape:
    """Shape."""
    def name(self):
        return "shape" + str(1 + 2)

total = area(3) + area(4.5) - 7
print(f"{total:.2f}", [x * 2 for x in range(3)])
'''

tree = ast.parse(SOURCE)


class NameCounter(ast.NodeVisitor):
    def __init__(self):
        self.names = {}
        self.constants = []

    def visit_Name(self, node):
        self.names[node.id] = self.names.get(node.id, 0) + 1
        self.generic_visit(node)

    def visit_Constant(self, node):
        self.constants.append(node.value)


counter = NameCounter()
counter.visit(tree)
print("names", sorted(counter.names.items()))
print("constants", counter.constants)


class Doubler(ast.NodeTransformer):
    """Doubles int constants, drops pass statements, splits `del a, b`."""

    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Pass(self, node):
        return None

    def visit_Delete(self, node):
        return [ast.Delete(targets=[t]) for t in node.targets]


changed = Doubler().visit(ast.parse("x = 1 + 2\nif x:\n    pass\n    y = [3, 'a', 4.0]\ndel a, b\n"))
ast.fix_missing_locations(changed)
print(ast.unparse(changed))
print(ast.dump(changed, include_attributes=True))
print(ast.unparse(Doubler().visit(ast.parse("print(10, 20)"))))


class RenameArgs(ast.NodeTransformer):
    def visit_arg(self, node):
        node.arg = node.arg.upper()
        return node

    def visit_Name(self, node):
        return ast.Name(id=node.id.upper(), ctx=node.ctx)


renamed = RenameArgs().visit(ast.parse("def f(a, b):\n    return a + b"))
print(ast.unparse(renamed))

print("walk", [type(n).__name__ for n in ast.walk(ast.parse("a = f(b, c[1])"))])
expr_tree = ast.parse("a + b * c", mode="eval")
print("fields", [(name, type(value).__name__) for name, value in ast.iter_fields(expr_tree.body)])
print("children", [type(n).__name__ for n in ast.iter_child_nodes(expr_tree.body)])

print("module doc", repr(ast.get_docstring(tree)))
print("function doc", repr(ast.get_docstring(tree.body[2])))
print("raw doc", repr(ast.get_docstring(tree.body[2], clean=False)))
print("class doc", repr(ast.get_docstring(tree.body[3])))
print("method doc", ast.get_docstring(tree.body[3].body[1]))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print("TypeError", e)

for node in ast.walk(tree):
    if isinstance(node, (ast.Call, ast.BinOp, ast.FunctionDef, ast.JoinedStr)):
        print(type(node).__name__, repr(ast.get_source_segment(SOURCE, node)))
print(ast.get_source_segment(SOURCE, tree.body[3], padded=True))
print(ast.get_source_segment(SOURCE, tree.body[3].body[1], padded=True))
print(ast.get_source_segment(SOURCE, ast.Name("x")))
text = "x = 'é' + yé\n"
target = ast.parse(text).body[0].value
print(repr(ast.get_source_segment(text, target)), target.col_offset, target.end_col_offset)
print(repr(ast.get_source_segment(text, target.right)), target.right.col_offset)

moved = ast.increment_lineno(ast.parse("a\nb"), 3)
print([(n.lineno, n.end_lineno) for n in moved.body])

# Hand-built trees.
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))))
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(ast.dump(ast.Name("x")))
print(ast.dump(ast.Name(id="x", ctx=ast.Load()), annotate_fields=False))
print(ast.dump(ast.List(elts=[], ctx=ast.Load())))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.Constant(value=None, kind="u")))
print(ast.dump(ast.FunctionDef(name="f", body=[ast.Pass()], decorator_list=[])))
print(ast.dump(ast.alias("os")), ast.dump(ast.ImportFrom(names=[ast.alias("x")], level=0)))
print(ast.dump(ast.Call(func=ast.Name("f", ast.Load()), args=[ast.Constant(1)], keywords=[]), indent=2))
print(ast.dump(ast.Expression(body=ast.Tuple([ast.Constant(1)], ast.Load())), indent=""))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name("a"), ast.Add(), ast.Name("b")), ast.Mult(), ast.Constant(3))))
print(ast.unparse(ast.fix_missing_locations(ast.Module(body=[ast.Assign(targets=[ast.Name("x")], value=ast.Constant(1))], type_ignores=[]))))
print(ast.unparse(ast.Constant((1, 2.5, "a"))), ast.unparse(ast.Constant(float("inf"))), ast.unparse(ast.Constant(1e400j)))
node = ast.Name("x", ast.Load(), lineno=4, col_offset=2)
print(node.lineno, node.col_offset, node.end_lineno, node._fields, node._attributes)
print(ast.Constant(5).kind, ast.Constant(5).n, ast.Constant("s").s)
for attempt in [lambda: ast.Name().id, lambda: ast.Name(1, 2, 3), lambda: ast.Pass(1),
                lambda: ast.Expr(1, 2), lambda: ast.dump("x"), lambda: ast.dump([ast.Name("x")])]:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)

print("isinstance", isinstance(ast.Name("x"), ast.expr), isinstance(ast.Add(), ast.operator),
      isinstance(ast.Load(), ast.expr_context), isinstance(ast.Pass(), ast.stmt),
      issubclass(ast.Module, ast.mod), issubclass(ast.arguments, ast.AST),
      isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Num),
      isinstance(ast.Constant("s"), ast.Str), isinstance(ast.Constant(True), ast.Num))
print([c.__name__ for c in ast.Name.__mro__], ast.Name.__match_args__, ast.Name.__module__)
print(ast.Num(5).value, type(ast.Str("s")).__name__)
print(ast.arguments._fields, ast.comprehension._attributes, ast.AST._fields)

match ast.parse("f(1)", mode="eval").body:
    case ast.Call(ast.Name(name), [ast.Constant(value)]):
        print("matched", name, value)

# literal_eval of strings and nodes
for text in ["1", "-2.5", "1+2j", "[1, (2, 3), {'a': {4}}]", "{1: b'x'}", "set()", "(None, True, ...)",
             "'a' 'b'", "  7", "x", "1 + x", "{**a}", "f(1)", "1 +", "[1, 2"]:
    try:
        print(repr(text), repr(ast.literal_eval(text)))
    except Exception as e:
        print(repr(text), type(e).__name__, str(e).split(":")[0])
print(ast.literal_eval(ast.parse("[1, -2, 3+4j]", mode="eval")))
print(ast.literal_eval(ast.parse("{'k': (1, 2)}", mode="eval").body))
print(ast.literal_eval(ast.Constant(7)), ast.literal_eval(ast.UnaryOp(ast.USub(), ast.Constant(3))))
try:
    ast.literal_eval(ast.parse("a + 1", mode="eval"))
except ValueError as e:
    print("ValueError", str(e).split(":")[0])

# compile() of trees
code = compile(ast.parse("result = 6 * 7"), "<ast>", "exec")
space = {}
exec(code, space)
print("compiled", space["result"])
print("eval tree", eval(compile(ast.parse("2 ** 10", mode="eval"), "<ast>", "eval")))
changed = Doubler().visit(ast.parse("value = 1 + 2 * 3"))
space = {}
exec(compile(ast.fix_missing_locations(changed), "<ast>", "exec"), space)
print("transformed", space["value"])
built = ast.Module(body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built")], []))], type_ignores=[])
exec(compile(ast.fix_missing_locations(built), "<ast>", "exec"))
print(compile(ast.parse("x"), "f", "exec", ast.PyCF_ONLY_AST).__class__.__name__)
for bad in [lambda: compile(ast.Module(body=[ast.Expr(ast.Name("x", ast.Load()))], type_ignores=[]), "f", "exec"),
            lambda: compile(ast.Expression(body=ast.Name("x", ast.Load())), "f", "exec"),
            lambda: compile(ast.parse("x"), "f", "bad"),
            lambda: compile("x", "f", "bad", ast.PyCF_ONLY_AST)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# Retired classes, copying and pickling.
import copy
import pickle
print(ast.dump(ast.Index(ast.Constant(1))), ast.dump(ast.ExtSlice([ast.Constant(1), ast.Constant(2)])))
print(ast.dump(ast.Ellipsis()), ast.dump(ast.Num(5)), ast.dump(ast.Str(s="x")), ast.Tuple([ast.Name("a")]).dims[0].id)
t = ast.parse("x = [1, (2, 3)]\nf(y)")
c = copy.deepcopy(t)
print(ast.dump(c, include_attributes=True) == ast.dump(t, include_attributes=True), c.body[0] is not t.body[0])
print(ast.dump(copy.copy(t.body[1])))
print(ast.dump(pickle.loads(pickle.dumps(t))) == ast.dump(t))
print(ast.Suite.__mro__[1].__name__, issubclass(ast.Param, ast.expr_context))
print(ast.dump(ast.parse("a[1:2, 3]")))
print(sorted(vars(ast.parse("x").body[0].value)))
print(sorted(vars(ast.parse("return").body[0])))
print(ast.parse("x").body[0].value.ctx.__class__.__name__, ast.Load()._fields, ast.Load._attributes)

# More trees through compile(): private names, 'single' mode, every constant kind.
mangled = ast.parse("class A:\n    __p = 1\n    def g(self):\n        return self.__p\nprint(A().g(), A._A__p)")
exec(compile(mangled, "<m>", "exec"))
exec(compile(ast.parse("y = 7", mode="single"), "<s>", "single"))
print(y)
exec(compile(ast.parse("y", mode="single"), "<s>", "single"))
try:
    compile(ast.parse("return 5"), "<r>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(eval(compile(ast.parse("b'\\xff' + bytes([1]), 1.5, 10**30, 3j, ..., None, -0.0, 'é'", mode="eval"), "<c>", "eval")))
replaced = ast.parse("x = 1")
replaced.body[0].value = ast.Constant(value="s", lineno=1, col_offset=4, end_lineno=1, end_col_offset=7)
exec(compile(replaced, "<v>", "exec"))
print(x)
try:
    compile(ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(100), lineno=1, col_offset=0)), "<e>", "eval")
except TypeError as e:
    print("TypeError", e)
folded = ast.Expression(ast.Constant((1, ("a", 2.5), ())))
print(eval(compile(ast.fix_missing_locations(folded), "<t>", "eval")))
for value in [[1], {1: 2}, object]:
    try:
        compile(ast.fix_missing_locations(ast.Expression(ast.Constant(value))), "<t>", "eval")
    except TypeError as e:
        print("TypeError", e)

from ast import *
print(Name, Add, dump(parse("a + 1")), NodeVisitor.__name__, literal_eval("(1,)"), PyCF_ONLY_AST)
