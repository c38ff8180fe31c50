"""Abstract syntax trees: Python source as a tree of node objects, and back.

parse() hands the source to the compiler's own front end (the one eval, exec and compile use,
so a program that imports this module carries it) and gets the tree back as instances of the
node classes below, with CPython 3.11's names, fields and positions. literal_eval of a string
does not need it: it reads the string with a small expression parser of its own."""

import sys
import _ast_literal

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


# -- the node classes ---------------------------------------------------------------------------

class AST:
    """The base of every syntax tree node."""

    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        names = type(self)._fields
        if len(args) > len(names):
            count = len(names)
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, count, "" if count == 1 else "s"))
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(vars(self))


_POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")

# One line per abstract category: "category[+]: Node field field* field? | Node ...".
# A "+" gives the category's nodes source positions; a field ending in "*" holds a list and
# one ending in "?" may be None (the class answers None for it when it is not set).
_GRAMMAR = """
mod: Module body* type_ignores* | Interactive body* | Expression body | FunctionType argtypes* returns
stmt+: FunctionDef name args body* decorator_list* returns? type_comment?
 | AsyncFunctionDef name args body* decorator_list* returns? type_comment?
 | ClassDef name bases* keywords* body* decorator_list* | Return value? | Delete targets*
 | Assign targets* value type_comment? | AugAssign target op value
 | AnnAssign target annotation value? simple
 | For target iter body* orelse* type_comment? | AsyncFor target iter body* orelse* type_comment?
 | While test body* orelse* | If test body* orelse* | With items* body* type_comment?
 | AsyncWith items* body* type_comment? | Match subject cases* | Raise exc? cause?
 | Try body* handlers* orelse* finalbody* | TryStar body* handlers* orelse* finalbody*
 | Assert test msg? | Import names* | ImportFrom module? names* level? | Global names*
 | Nonlocal names* | Expr value | Pass | Break | Continue
expr+: BoolOp op values* | NamedExpr target value | BinOp left op right | UnaryOp op operand
 | Lambda args body | IfExp test body orelse | Dict keys* values* | Set elts*
 | ListComp elt generators* | SetComp elt generators* | DictComp key value generators*
 | GeneratorExp elt generators* | Await value | Yield value? | YieldFrom value
 | Compare left ops* comparators* | Call func args* keywords*
 | FormattedValue value conversion format_spec? | JoinedStr values* | Constant value kind?
 | Attribute value attr ctx | Subscript value slice ctx | Starred value ctx | Name id ctx
 | List elts* ctx | Tuple elts* ctx | Slice lower? upper? step?
expr_context: Load | Store | Del
boolop: And | Or
operator: Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop: Invert | Not | UAdd | USub
cmpop: Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
excepthandler+: ExceptHandler type? name? body*
pattern+: MatchValue value | MatchSingleton value | MatchSequence patterns*
 | MatchMapping keys* patterns* rest? | MatchClass cls patterns* kwd_attrs* kwd_patterns*
 | MatchStar name? | MatchAs pattern? name? | MatchOr patterns*
type_ignore: TypeIgnore lineno tag
=comprehension: target iter ifs* is_async
=arguments: posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*
=arg+: arg annotation? type_comment?
=keyword+: arg? value
=alias+: name asname?
=withitem: context_expr optional_vars?
=match_case: pattern guard? body*
"""


def _make_node_class(name, base, spec, placed):
    """A node class from its field specs (see _GRAMMAR)."""
    fields = tuple(field.rstrip("*?") for field in spec)
    namespace = {"_fields": fields, "__match_args__": fields, "__module__": "ast"}
    for field in spec:
        if field.endswith("?"):
            namespace[field[:-1]] = None
    if placed:
        namespace["_attributes"] = _POSITIONS
        namespace["end_lineno"] = None
        namespace["end_col_offset"] = None
    return type(name, (base,), namespace)


def _node_classes(grammar):
    """Every category and node class of `grammar`, in the order it names them."""
    made = []
    for line in grammar.replace("\n |", " |").strip().splitlines():
        head, _, rest = line.partition(": ")
        placed = head.endswith("+")
        head = head.rstrip("+")
        if head.startswith("="):
            # A product type: the category is the node itself.
            made.append(_make_node_class(head[1:], AST, rest.split(), placed))
            continue
        category = type(head, (AST,), {"__module__": "ast"})
        if placed:
            category._attributes = _POSITIONS
            category.end_lineno = None
            category.end_col_offset = None
        made.append(category)
        for alternative in rest.split(" | "):
            name, *spec = alternative.split()
            made.append(_make_node_class(name, category, spec, placed))
    return made


(mod, Module, Interactive, Expression, FunctionType, stmt, FunctionDef, AsyncFunctionDef,
 ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, AsyncFor, While, If, With,
 AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom, Global, Nonlocal, Expr,
 Pass, Break, Continue, expr, BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set,
 ListComp, SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call,
 FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice,
 expr_context, Load, Store, Del, boolop, And, Or, operator, Add, Sub, Mult, MatMult, Div, Mod,
 Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv, unaryop, Invert, Not, UAdd, USub, cmpop,
 Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn, excepthandler, ExceptHandler, pattern,
 MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs,
 MatchOr, type_ignore, TypeIgnore, comprehension, arguments, arg, keyword, alias, withitem,
 match_case) = _node_classes(_GRAMMAR)


def _value_alias():
    def read(self):
        return self.value

    def write(self, value):
        self.value = value
    return property(read, write)


# Aliases of Constant.value kept from the node classes Python 3.8 replaced.
Constant.n = _value_alias()
Constant.s = _value_alias()


class _ConstantKind(type):
    """Makes isinstance(Constant(...), Num) look at the value, as the retired classes did."""

    def __instancecheck__(cls, instance):
        if not isinstance(instance, Constant):
            return False
        kinds = _RETIRED_KINDS.get(cls.__name__)
        if kinds is None:
            return type.__instancecheck__(cls, instance)
        value = instance.value
        if cls.__name__ == "Num" and isinstance(value, bool):
            return False
        if cls.__name__ == "Ellipsis":
            return value is ...
        return isinstance(value, kinds)


_RETIRED_KINDS = {"Num": (int, float, complex), "Str": (str,), "Bytes": (bytes,),
                  "NameConstant": (type(None), bool), "Ellipsis": ()}


def _retired_constant(name, field):
    def make(cls, *args, **kwargs):
        if field in kwargs:
            kwargs["value"] = kwargs.pop(field)
        node = Constant(*args, **kwargs)
        return node
    return _ConstantKind(name, (Constant,), {"__new__": make, "_fields": (field,),
                                            "__module__": "ast"})


Num = _retired_constant("Num", "n")
Str = _retired_constant("Str", "s")
Bytes = _retired_constant("Bytes", "s")
NameConstant = _retired_constant("NameConstant", "value")


def _make_ellipsis(cls, *args, **kwargs):
    return Constant(..., *args, **kwargs)


Ellipsis = _ConstantKind("Ellipsis", (Constant,), {"__new__": _make_ellipsis, "_fields": (),
                                                  "__module__": "ast"})


# Classes of older trees that 3.9 retired: an Index is its value, an ExtSlice a Tuple.
class slice(AST):
    """Retired base of the subscript node classes."""


class Index(slice):
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Retired; never produced."""


class AugLoad(expr_context):
    """Retired; never produced."""


class AugStore(expr_context):
    """Retired; never produced."""


class Param(expr_context):
    """Retired; never produced."""


def _elements(self):
    return self.elts


def _set_elements(self, value):
    self.elts = value


# ExtSlice's field name, on the Tuple that stands for it.
Tuple.dims = property(_elements, _set_elements)


# -- parsing ------------------------------------------------------------------------------------

def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """The syntax tree of `source` (str or bytes); SyntaxError as compile() raises it.

    The front end keeps no comments, so type_comments=True finds no type comments, and every
    feature_version parses the 3.11 grammar."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    return compile(source, filename, mode, flags)


# -- dumping ------------------------------------------------------------------------------------

def _is_unset(node, name, value):
    """A None that the class itself answers: an optional field left out of the dump."""
    return value is None and getattr(type(node), name, ...) is None


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text, one call per node, in CPython's format."""
    if not isinstance(node, AST):
        raise TypeError("expected AST, got %r" % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def layout(depth):
        if indent is None:
            return "", ", "
        pad = "\n" + indent * depth
        return pad, "," + pad

    def show(value, depth):
        """(text, simple): simple values let their parent stay on one line."""
        if isinstance(value, list):
            if not value:
                return "[]", True
            opening, between = layout(depth + 1)
            return "[%s%s]" % (opening, between.join(show(x, depth + 1)[0] for x in value)), False
        if not isinstance(value, AST):
            return repr(value), True
        opening, between = layout(depth + 1)
        parts = []
        simple = True
        named = annotate_fields
        for name in value._fields:
            try:
                item = getattr(value, name)
            except AttributeError:
                named = True
                continue
            if _is_unset(value, name, item):
                named = True
                continue
            text, flat = show(item, depth + 1)
            simple = simple and flat
            parts.append(name + "=" + text if named else text)
        if include_attributes:
            for name in value._attributes:
                try:
                    item = getattr(value, name)
                except AttributeError:
                    continue
                if _is_unset(value, name, item):
                    continue
                text, flat = show(item, depth + 1)
                simple = simple and flat
                parts.append(name + "=" + text)
        kind = type(value).__name__
        if simple and len(parts) <= 3:
            return "%s(%s)" % (kind, ", ".join(parts)), not parts
        return "%s(%s%s)" % (kind, opening, between.join(parts)), False

    return show(node, 0)[0]


# -- walking and editing ------------------------------------------------------------------------

def iter_fields(node):
    """(name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under `node`, in field order."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node under `node` (itself first), breadth first."""
    # A list read from the front: appending keeps the breadth-first order.
    pending = [node]
    at = 0
    while at < len(pending):
        current = pending[at]
        pending[at] = None
        at += 1
        pending.extend(iter_child_nodes(current))
        yield current


def copy_location(new_node, old_node):
    """Gives `new_node` the positions of `old_node` (where both kinds have positions)."""
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        value = getattr(old_node, name, None)
        if value is not None or (name.startswith("end_") and hasattr(old_node, name)):
            setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Fills in missing positions from the nearest enclosing node (1, 0 at the top)."""
    def fill(current, lineno, col, end_lineno, end_col):
        owned = current._attributes
        if "lineno" in owned:
            if hasattr(current, "lineno"):
                lineno = current.lineno
            else:
                current.lineno = lineno
        if "end_lineno" in owned:
            if getattr(current, "end_lineno", None) is None:
                current.end_lineno = end_lineno
            else:
                end_lineno = current.end_lineno
        if "col_offset" in owned:
            if hasattr(current, "col_offset"):
                col = current.col_offset
            else:
                current.col_offset = col
        if "end_col_offset" in owned:
            if getattr(current, "end_col_offset", None) is None:
                current.end_col_offset = end_col
            else:
                end_col = current.end_col_offset
        for child in iter_child_nodes(current):
            fill(child, lineno, col, end_lineno, end_col)
    fill(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves every line number in the tree down by `n`."""
    for child in walk(node):
        # A TypeIgnore's line is a field, not a position.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes:
            end = getattr(child, "end_lineno", 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def _clean_docstring(text):
    """Tabs expanded, the common indentation of the lines after the first removed, and blank
    lines at both ends dropped."""
    lines = text.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _docstring_node(node):
    """The Constant of the docstring of a module, class or function, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
        return None
    first = node.body[0]
    if not isinstance(first, Expr):
        return None
    value = first.value
    if isinstance(value, Constant) and isinstance(value.value, str):
        return value
    return None


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    found = _docstring_node(node)
    if found is None:
        return None
    return _clean_docstring(found.value) if clean else found.value


def _source_lines(source):
    """The lines of `source` with their ends; only \\r\\n, \\n and \\r end a line."""
    lines = []
    start = 0
    i = 0
    size = len(source)
    while i < size:
        ch = source[i]
        if ch == "\r" or ch == "\n":
            if ch == "\r" and i + 1 < size and source[i + 1] == "\n":
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < size:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` was parsed from, or None without positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    head = lines[first_line].encode()
    pad = ""
    if padded:
        pad = "".join(ch if ch in "\f\t" else " " for ch in head[:start].decode())
    pieces = [pad + head[start:].decode()]
    pieces.extend(lines[first_line + 1:last_line])
    pieces.append(lines[last_line].encode()[:end].decode())
    return "".join(pieces)


class NodeVisitor:
    """Calls visit_<NodeClass>(node) for each node it is given, generic_visit when there is none."""

    def visit(self, node):
        handler = getattr(self, "visit_" + type(node).__name__, None)
        if handler is None:
            return self.generic_visit(node)
        return handler(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # Visitors written for the retired classes (visit_Num, ...) still see constants.
        for kind, types in _RETIRED_VISITS:
            if isinstance(node.value, types):
                handler = getattr(self, "visit_" + kind, None)
                if handler is not None:
                    import warnings
                    warnings.warn("visit_%s is deprecated; add visit_Constant" % kind,
                                  DeprecationWarning, 2)
                    return handler(node)
                break
        return self.generic_visit(node)


_RETIRED_VISITS = (("NameConstant", (bool, type(None))), ("Num", (int, float, complex)),
                   ("Str", (str,)), ("Bytes", (bytes,)), ("Ellipsis", (type(...),)))


class NodeTransformer(NodeVisitor):
    """A visitor whose visit_ methods return the replacement of a node: None removes it, and
    a list in a list field is spliced in."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                kept = []
                for item in value:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                value[:] = kept
            elif isinstance(value, AST):
                replacement = self.visit(value)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


# -- literal_eval -------------------------------------------------------------------------------

_ast_literal.accept_nodes(
    {"Constant": Constant, "Name": Name, "Tuple": Tuple, "List": List, "Set": Set, "Dict": Dict,
     "Call": Call, "BinOp": BinOp, "UnaryOp": UnaryOp},
    {UAdd: "+", USub: "-", Add: "+", Sub: "-"})


def literal_eval(node_or_string):
    """The value of a Python literal or container display, given as a string or a node.

    Accepted: strings, bytes, numbers (with +/- and the complex forms a+bj / a-bj), tuples,
    lists, dicts, sets, set(), True, False, None and Ellipsis, nested freely."""
    if isinstance(node_or_string, str):
        return _ast_literal.literal_eval_text(node_or_string)
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _ast_literal.value_of(node_or_string)


# -- unparse ------------------------------------------------------------------------------------

# Binding strength, loosest first: a subexpression is parenthesized when the place it is written
# asks for a tighter one than its own.
(_P_NAMED, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP, _P_BOR, _P_BXOR,
 _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER, _P_AWAIT, _P_ATOM) = range(1, 19)


def _tighter(level):
    return min(level + 1, _P_ATOM)


_BINARY = {"Add": ("+", _P_ARITH), "Sub": ("-", _P_ARITH), "Mult": ("*", _P_TERM),
           "MatMult": ("@", _P_TERM), "Div": ("/", _P_TERM), "Mod": ("%", _P_TERM),
           "FloorDiv": ("//", _P_TERM), "LShift": ("<<", _P_SHIFT), "RShift": (">>", _P_SHIFT),
           "BitOr": ("|", _P_BOR), "BitXor": ("^", _P_BXOR), "BitAnd": ("&", _P_BAND),
           "Pow": ("**", _P_POWER)}
_UNARY = {"Invert": ("~", _P_FACTOR), "Not": ("not", _P_NOT), "UAdd": ("+", _P_FACTOR),
          "USub": ("-", _P_FACTOR)}
_COMPARE = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
            "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOLEAN = {"And": ("and", _P_AND), "Or": ("or", _P_OR)}

_ONE_LINE_QUOTES = ("'", '"')
_LONG_QUOTES = ('"""', "'''")
_EVERY_QUOTE = _ONE_LINE_QUOTES + _LONG_QUOTES
# A float too large to be finite: how unparse writes infinity.
_HUGE = "1e" + repr(sys.float_info.max_10_exp + 1)


def _quoted_body(text, quotes, escape_whitespace=False):
    """(body, usable quotes): `text` escaped for a literal with as few backslashes as the quotes
    it may use allow; the first usable quote is the one to write."""
    pieces = []
    for ch in text:
        if ch in "\n\t" and not escape_whitespace:
            pieces.append(ch)
        elif ch == "\\" or not ch.isprintable():
            pieces.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            pieces.append(ch)
    body = "".join(pieces)
    usable = [q for q in quotes if "\n" not in body or q in _LONG_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        # No quote fits around it as it is: repr() escapes, with a quote of ours if it can.
        shown = repr(text)
        for q in quotes:
            if shown[0] in q:
                return shown[1:-1], [q]
        return shown[1:-1], [shown[0]]
    if body:
        # Prefer a quote whose character does not end the text; a long quote that must sit
        # next to its own character gets that character escaped.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, usable


class _SourceWriter:
    """Writes a tree back as Python source, the way CPython's ast.unparse lays it out."""

    def __init__(self, in_fstring=False):
        self.out = []
        self.levels = {}
        self.ignores = {}
        self.depth = 0
        self.in_fstring = in_fstring
        self.star_handlers = False

    def text_of(self, node):
        self.out = []
        self.emit(node)
        return "".join(self.out)

    # -- plumbing

    def emit(self, node):
        if isinstance(node, list):
            for item in node:
                self.emit(item)
            return
        handler = getattr(self, "_" + type(node).__name__, None)
        if handler is None:
            # Roots without a layout of their own (Expression, Interactive): their parts, each
            # written afresh, the last one kept.
            for _, value in iter_fields(node):
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, AST):
                        self.text_of(item)
            return
        handler(node)

    def put(self, *texts):
        self.out.extend(texts)

    def newline(self, text=""):
        if self.out:
            self.put("\n")
        self.put("    " * self.depth + text)

    def suite(self, body, header_tail=None):
        self.put(":")
        if header_tail:
            self.put(header_tail)
        self.depth += 1
        self.emit(body)
        self.depth -= 1

    def joined(self, separator, write, items):
        first = True
        for item in items:
            if not first:
                self.put(separator)
            first = False
            write(item)

    def level_of(self, node):
        return self.levels.get(id(node), (None, _P_TEST))[1]

    def place(self, level, *nodes):
        for node in nodes:
            # Keyed by identity; the node is kept so that its id stays its own.
            self.levels[id(node)] = (node, level)

    def wrapped(self, opening, closing, inside, when=True):
        if when:
            self.put(opening)
        inside()
        if when:
            self.put(closing)

    def parens_if_looser(self, level, node, inside):
        self.wrapped("(", ")", inside, self.level_of(node) > level)

    def items(self, write, elements):
        if len(elements) == 1:
            write(elements[0])
            self.put(",")
        else:
            self.joined(", ", write, elements)

    def type_comment(self, node):
        comment = self.ignores.get(node.lineno) or node.type_comment
        return None if comment is None else " # type: " + comment

    # -- modules and statements

    def body_with_docstring(self, node):
        doc = _docstring_node(node)
        if doc is None:
            self.emit(node.body)
            return
        self.newline()
        if doc.kind == "u":
            self.put("u")
        self.quoted(doc.value, _LONG_QUOTES)
        self.emit(node.body[1:])

    def _Module(self, node):
        self.ignores = {ignore.lineno: "ignore" + ignore.tag for ignore in node.type_ignores}
        self.body_with_docstring(node)
        self.ignores = {}

    def _FunctionType(self, node):
        self.wrapped("(", ")", lambda: self.joined(", ", self.emit, node.argtypes))
        self.put(" -> ")
        self.emit(node.returns)

    def _Expr(self, node):
        self.newline()
        self.place(_P_YIELD, node.value)
        self.emit(node.value)

    def _Import(self, node):
        self.newline("import ")
        self.joined(", ", self.emit, node.names)

    def _ImportFrom(self, node):
        self.newline("from ")
        self.put("." * (node.level or 0))
        if node.module:
            self.put(node.module)
        self.put(" import ")
        self.joined(", ", self.emit, node.names)

    def _Assign(self, node):
        self.newline()
        for target in node.targets:
            self.place(_P_TUPLE, target)
            self.emit(target)
            self.put(" = ")
        self.emit(node.value)
        comment = self.type_comment(node)
        if comment:
            self.put(comment)

    def _AugAssign(self, node):
        self.newline()
        self.emit(node.target)
        self.put(" " + _BINARY[type(node.op).__name__][0] + "= ")
        self.emit(node.value)

    def _AnnAssign(self, node):
        self.newline()

        def target():
            self.emit(node.target)
        self.wrapped("(", ")", target, not node.simple and isinstance(node.target, Name))
        self.put(": ")
        self.emit(node.annotation)
        if node.value:
            self.put(" = ")
            self.emit(node.value)

    def _Return(self, node):
        self.newline("return")
        if node.value:
            self.put(" ")
            self.emit(node.value)

    def _Pass(self, node):
        self.newline("pass")

    def _Break(self, node):
        self.newline("break")

    def _Continue(self, node):
        self.newline("continue")

    def _Delete(self, node):
        self.newline("del ")
        self.joined(", ", self.emit, node.targets)

    def _Assert(self, node):
        self.newline("assert ")
        self.emit(node.test)
        if node.msg:
            self.put(", ")
            self.emit(node.msg)

    def _Global(self, node):
        self.newline("global ")
        self.joined(", ", self.put, node.names)

    def _Nonlocal(self, node):
        self.newline("nonlocal ")
        self.joined(", ", self.put, node.names)

    def _Raise(self, node):
        self.newline("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.put(" ")
        self.emit(node.exc)
        if node.cause:
            self.put(" from ")
            self.emit(node.cause)

    def try_statement(self, node, star):
        outer = self.star_handlers
        self.star_handlers = star
        try:
            self.newline("try")
            self.suite(node.body)
            self.emit(node.handlers)
            if node.orelse:
                self.newline("else")
                self.suite(node.orelse)
            if node.finalbody:
                self.newline("finally")
                self.suite(node.finalbody)
        finally:
            self.star_handlers = outer

    def _Try(self, node):
        self.try_statement(node, False)

    def _TryStar(self, node):
        self.try_statement(node, True)

    def _ExceptHandler(self, node):
        self.newline("except*" if self.star_handlers else "except")
        if node.type:
            self.put(" ")
            self.emit(node.type)
        if node.name:
            self.put(" as ", node.name)
        self.suite(node.body)

    def decorators(self, node):
        self.newline_if_any()
        for decorator in node.decorator_list:
            self.newline("@")
            self.emit(decorator)

    def newline_if_any(self):
        if self.out:
            self.put("\n")

    def _ClassDef(self, node):
        self.decorators(node)
        self.newline("class " + node.name)

        def bases():
            self.joined(", ", self.emit, list(node.bases) + list(node.keywords))
        self.wrapped("(", ")", bases, bool(node.bases or node.keywords))
        self.suite_with_docstring(node, None)

    def suite_with_docstring(self, node, header_tail):
        self.put(":")
        if header_tail:
            self.put(header_tail)
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.newline(keyword + " " + node.name)
        self.wrapped("(", ")", lambda: self.emit(node.args))
        if node.returns:
            self.put(" -> ")
            self.emit(node.returns)
        self.suite_with_docstring(node, self.type_comment(node))

    def _FunctionDef(self, node):
        self.function(node, "def")

    def _AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def loop(self, node, keyword):
        self.newline(keyword)
        self.place(_P_TUPLE, node.target)
        self.emit(node.target)
        self.put(" in ")
        self.emit(node.iter)
        self.suite(node.body, self.type_comment(node))
        if node.orelse:
            self.newline("else")
            self.suite(node.orelse)

    def _For(self, node):
        self.loop(node, "for ")

    def _AsyncFor(self, node):
        self.loop(node, "async for ")

    def _If(self, node):
        self.newline("if ")
        self.emit(node.test)
        self.suite(node.body)
        # An else holding a lone if reads back as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.newline("elif ")
            self.emit(node.test)
            self.suite(node.body)
        if node.orelse:
            self.newline("else")
            self.suite(node.orelse)

    def _While(self, node):
        self.newline("while ")
        self.emit(node.test)
        self.suite(node.body)
        if node.orelse:
            self.newline("else")
            self.suite(node.orelse)

    def with_statement(self, node, keyword):
        self.newline(keyword)
        self.joined(", ", self.emit, node.items)
        self.suite(node.body, self.type_comment(node))

    def _With(self, node):
        self.with_statement(node, "with ")

    def _AsyncWith(self, node):
        self.with_statement(node, "async with ")

    def _withitem(self, node):
        self.emit(node.context_expr)
        if node.optional_vars:
            self.put(" as ")
            self.emit(node.optional_vars)

    def _Match(self, node):
        self.newline("match ")
        self.emit(node.subject)
        self.suite(node.cases)

    def _match_case(self, node):
        self.newline("case ")
        self.emit(node.pattern)
        if node.guard:
            self.put(" if ")
            self.emit(node.guard)
        self.suite(node.body)

    def _alias(self, node):
        self.put(node.name)
        if node.asname:
            self.put(" as " + node.asname)

    # -- strings

    def quoted(self, text, quotes=_EVERY_QUOTE):
        body, usable = _quoted_body(text, quotes)
        self.put(usable[0], body, usable[0])

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.put(repr(value).replace("inf", _HUGE).replace("nan", "(%s-%s)" % (_HUGE, _HUGE)))
        elif self.in_fstring and isinstance(value, str):
            self.quoted(value)
        else:
            self.put(repr(value))

    def _Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.wrapped("(", ")", lambda: self.items(self.constant, value))
        elif value is ...:
            self.put("...")
        else:
            if node.kind == "u":
                self.put("u")
            self.constant(value)

    def fstring_parts(self, node):
        """The text between an f-string's quotes, before escaping."""
        saved = self.out
        self.out = []
        try:
            self.fstring_piece(node)
            return "".join(self.out)
        finally:
            self.out = saved

    def fstring_piece(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_piece(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.put(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, FormattedValue):
            self._FormattedValue(node)
        else:
            raise ValueError("Unexpected node inside JoinedStr, %r" % (node,))

    def _JoinedStr(self, node):
        self.put("f")
        if self.in_fstring:
            self.quoted(self.fstring_parts(node))
            return
        # Literal text may keep escapes such as \n; the replacement fields may not.
        quotes = list(_EVERY_QUOTE)
        bodies = []
        for value in node.values:
            body, quotes = _quoted_body(self.fstring_parts(value), quotes,
                                        escape_whitespace=isinstance(value, Constant))
            bodies.append(body)
        self.put(quotes[0], "".join(bodies), quotes[0])

    def _FormattedValue(self, node):
        inner = _SourceWriter(in_fstring=True)
        inner.place(_tighter(_P_TEST), node.value)
        text = inner.text_of(node.value)
        if "\\" in text:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        self.put("{")
        if text.startswith("{"):
            self.put(" ")
        self.put(text)
        if node.conversion != -1:
            self.put("!" + chr(node.conversion))
        if node.format_spec:
            self.put(":")
            self.fstring_piece(node.format_spec)
        self.put("}")

    # -- expressions

    def _Name(self, node):
        self.put(node.id)

    def _NamedExpr(self, node):
        def inside():
            self.place(_P_ATOM, node.target, node.value)
            self.emit(node.target)
            self.put(" := ")
            self.emit(node.value)
        self.parens_if_looser(_P_TUPLE, node, inside)

    def _Await(self, node):
        def inside():
            self.put("await")
            if node.value:
                self.put(" ")
                self.place(_P_ATOM, node.value)
                self.emit(node.value)
        self.parens_if_looser(_P_AWAIT, node, inside)

    def _Yield(self, node):
        def inside():
            self.put("yield")
            if node.value:
                self.put(" ")
                self.place(_P_ATOM, node.value)
                self.emit(node.value)
        self.parens_if_looser(_P_YIELD, node, inside)

    def _YieldFrom(self, node):
        def inside():
            self.put("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.place(_P_ATOM, node.value)
            self.emit(node.value)
        self.parens_if_looser(_P_YIELD, node, inside)

    def _List(self, node):
        self.wrapped("[", "]", lambda: self.joined(", ", self.emit, node.elts))

    def comprehension_display(self, opening, closing, head, node):
        def inside():
            head()
            self.emit(node.generators)
        self.wrapped(opening, closing, inside)

    def _ListComp(self, node):
        self.comprehension_display("[", "]", lambda: self.emit(node.elt), node)

    def _GeneratorExp(self, node):
        self.comprehension_display("(", ")", lambda: self.emit(node.elt), node)

    def _SetComp(self, node):
        self.comprehension_display("{", "}", lambda: self.emit(node.elt), node)

    def _DictComp(self, node):
        def head():
            self.emit(node.key)
            self.put(": ")
            self.emit(node.value)
        self.comprehension_display("{", "}", head, node)

    def _comprehension(self, node):
        self.put(" async for " if node.is_async else " for ")
        self.place(_P_TUPLE, node.target)
        self.emit(node.target)
        self.put(" in ")
        self.place(_tighter(_P_TEST), node.iter, *node.ifs)
        self.emit(node.iter)
        for condition in node.ifs:
            self.put(" if ")
            self.emit(condition)

    def _IfExp(self, node):
        def inside():
            self.place(_tighter(_P_TEST), node.body, node.test)
            self.emit(node.body)
            self.put(" if ")
            self.emit(node.test)
            self.put(" else ")
            self.place(_P_TEST, node.orelse)
            self.emit(node.orelse)
        self.parens_if_looser(_P_TEST, node, inside)

    def _Set(self, node):
        if node.elts:
            self.wrapped("{", "}", lambda: self.joined(", ", self.emit, node.elts))
        else:
            # {} would be a dict: an empty set has no display of its own.
            self.put("{*()}")

    def _Dict(self, node):
        def entry(pair):
            key, value = pair
            if key is None:
                self.put("**")
                self.place(_P_BOR, value)
                self.emit(value)
            else:
                self.emit(key)
                self.put(": ")
                self.emit(value)
        self.wrapped("{", "}", lambda: self.joined(", ", entry, list(zip(node.keys, node.values))))

    def _Tuple(self, node):
        bare = len(node.elts) != 0 and self.level_of(node) <= _P_TUPLE
        self.wrapped("(", ")", lambda: self.items(self.emit, node.elts), not bare)

    def _UnaryOp(self, node):
        sign, level = _UNARY[type(node.op).__name__]

        def inside():
            self.put(sign)
            if level != _P_FACTOR:
                self.put(" ")
            self.place(level, node.operand)
            self.emit(node.operand)
        self.parens_if_looser(level, node, inside)

    def _BinOp(self, node):
        sign, level = _BINARY[type(node.op).__name__]
        # ** groups to the right, the others to the left.
        if sign == "**":
            left, right = _tighter(level), level
        else:
            left, right = level, _tighter(level)

        def inside():
            self.place(left, node.left)
            self.emit(node.left)
            self.put(" " + sign + " ")
            self.place(right, node.right)
            self.emit(node.right)
        self.parens_if_looser(level, node, inside)

    def _Compare(self, node):
        def inside():
            self.place(_tighter(_P_CMP), node.left, *node.comparators)
            self.emit(node.left)
            for op, operand in zip(node.ops, node.comparators):
                self.put(" " + _COMPARE[type(op).__name__] + " ")
                self.emit(operand)
        self.parens_if_looser(_P_CMP, node, inside)

    def _BoolOp(self, node):
        word, level = _BOOLEAN[type(node.op).__name__]
        # Each operand binds tighter than the one before it: a nested chain keeps its parens.
        step = [level]

        def operand(value):
            step[0] = _tighter(step[0])
            self.place(step[0], value)
            self.emit(value)
        self.parens_if_looser(level, node,
                              lambda: self.joined(" " + word + " ", operand, node.values))

    def _Attribute(self, node):
        self.place(_P_ATOM, node.value)
        self.emit(node.value)
        # `1.real` would read as a float: a space keeps the int.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.put(" ")
        self.put(".", node.attr)

    def call_arguments(self, node):
        self.joined(", ", self.emit, list(node.args) + list(node.keywords))

    def _Call(self, node):
        self.place(_P_ATOM, node.func)
        self.emit(node.func)
        self.wrapped("(", ")", lambda: self.call_arguments(node))

    def _Subscript(self, node):
        self.place(_P_ATOM, node.value)
        self.emit(node.value)
        index = node.slice

        def inside():
            if isinstance(index, Tuple) and index.elts:
                self.items(self.emit, index.elts)
            else:
                self.emit(index)
        self.wrapped("[", "]", inside)

    def _Starred(self, node):
        self.put("*")
        self.place(_P_BOR, node.value)
        self.emit(node.value)

    def _Slice(self, node):
        if node.lower:
            self.emit(node.lower)
        self.put(":")
        if node.upper:
            self.emit(node.upper)
        if node.step:
            self.put(":")
            self.emit(node.step)

    def _arg(self, node):
        self.put(node.arg)
        if node.annotation:
            self.put(": ")
            self.emit(node.annotation)

    def _arguments(self, node):
        written = [False]

        def separate():
            if written[0]:
                self.put(", ")
            written[0] = True

        positional = list(node.posonlyargs) + list(node.args)
        first_default = len(positional) - len(node.defaults)
        for index, parameter in enumerate(positional):
            separate()
            self.emit(parameter)
            if index >= first_default:
                default = node.defaults[index - first_default]
                if default:
                    self.put("=")
                    self.emit(default)
            if index + 1 == len(node.posonlyargs):
                self.put(", /")
        if node.vararg or node.kwonlyargs:
            separate()
            self.put("*")
            if node.vararg:
                self.put(node.vararg.arg)
                if node.vararg.annotation:
                    self.put(": ")
                    self.emit(node.vararg.annotation)
        for parameter, default in zip(node.kwonlyargs, node.kw_defaults):
            self.put(", ")
            self.emit(parameter)
            if default:
                self.put("=")
                self.emit(default)
        if node.kwarg:
            separate()
            self.put("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.put(": ")
                self.emit(node.kwarg.annotation)

    def _keyword(self, node):
        if node.arg is None:
            self.put("**")
        else:
            self.put(node.arg, "=")
        self.emit(node.value)

    def _Lambda(self, node):
        def inside():
            self.put("lambda")
            saved = self.out
            self.out = []
            self.emit(node.args)
            parameters = self.out
            self.out = saved
            if parameters:
                self.put(" ", *parameters)
            self.put(": ")
            self.place(_P_TEST, node.body)
            self.emit(node.body)
        self.parens_if_looser(_P_TEST, node, inside)

    # -- patterns

    def _MatchValue(self, node):
        self.emit(node.value)

    def _MatchSingleton(self, node):
        self.constant(node.value)

    def _MatchSequence(self, node):
        self.wrapped("[", "]", lambda: self.joined(", ", self.emit, node.patterns))

    def _MatchStar(self, node):
        self.put("*" + ("_" if node.name is None else node.name))

    def _MatchMapping(self, node):
        def entry(pair):
            self.emit(pair[0])
            self.put(": ")
            self.emit(pair[1])

        def inside():
            self.joined(", ", entry, list(zip(node.keys, node.patterns, strict=True)))
            if node.rest is not None:
                if node.keys:
                    self.put(", ")
                self.put("**" + node.rest)
        self.wrapped("{", "}", inside)

    def _MatchClass(self, node):
        self.place(_P_ATOM, node.cls)
        self.emit(node.cls)

        def keyword(pair):
            self.put(pair[0] + "=")
            self.emit(pair[1])

        def inside():
            self.joined(", ", self.emit, node.patterns)
            if node.kwd_attrs:
                if node.patterns:
                    self.put(", ")
                self.joined(", ", keyword, list(zip(node.kwd_attrs, node.kwd_patterns, strict=True)))
        self.wrapped("(", ")", inside)

    def _MatchAs(self, node):
        if node.name is None:
            self.put("_")
        elif node.pattern is None:
            self.put(node.name)
        else:
            def inside():
                self.place(_P_BOR, node.pattern)
                self.emit(node.pattern)
                self.put(" as " + node.name)
            self.parens_if_looser(_P_TEST, node, inside)

    def _MatchOr(self, node):
        def inside():
            self.place(_tighter(_P_BOR), *node.patterns)
            self.joined(" | ", self.emit, node.patterns)
        self.parens_if_looser(_P_BOR, node, inside)


def unparse(ast_obj):
    """Python source that parses to a tree equal to `ast_obj`."""
    return _SourceWriter().text_of(ast_obj)
