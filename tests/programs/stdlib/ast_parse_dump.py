# ast.parse over a corpus of snippets: dump (plain, with positions, indented) and unparse.
import ast

CORPUS = [
    "x = 1",
    "x = y = z = (1, 2)",
    "a, *b = c",
    "x += 1; y -= 2; z **= 3; w //= 4; v @= m; u >>= 1; t |= s",
    "x: int = 5\n(y): str\nz.a: list[int]\nw[0]: int = 1",
    "del a, b[0], c.d",
    "assert x, 'msg'",
    "import os, sys as system\nfrom . import a\nfrom ..pkg.mod import (b as c, d)\nfrom x import *",
    "global g\nnonlocal n",
    "pass\nbreak\ncontinue",
    "return\nreturn 1, 2",
    "raise\nraise E\nraise E from None",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    z = 1",
    "while x < 10:\n    x += 1\nelse:\n    done()",
    "for i, j in enumerate(xs):\n    print(i)\nelse:\n    pass",
    "async def f():\n    async for x in y:\n        await x\n    async with a as b, c:\n        pass",
    "with open(f) as fh, lock:\n    data = fh.read()",
    "try:\n    f()\nexcept (A, B) as e:\n    g(e)\nexcept C:\n    pass\nelse:\n    h()\nfinally:\n    k()",
    "try:\n    f()\nexcept* ValueError as eg:\n    pass\nexcept* TypeError:\n    raise",
    "@dec\n@dec2(1, k=2)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    '''Doc.'''\n    return a",
    "def g(*, a, b=2): pass\ndef h(a, /): pass\ndef k(a: int = 1, *b: str, **c: float): ...",
    "class C(Base, metaclass=Meta):\n    '''Class doc.\n\n    More.'''\n    x = 1\n    def m(self):\n        return self.x",
    "class D: pass",
    "lambda: 0\nlambda x, y=1, *a, k, **kw: x + y",
    "a and b or not c and (d or e)",
    "(a or b) and c",
    "x if y else z if w else v",
    "(x if y else z) if w else v",
    "-x ** 2\n(-x) ** 2\nx ** -y\n2 ** 3 ** 4\n(2 ** 3) ** 4",
    "a + b * c - d / e // f % g @ h",
    "(a + b) * c\na - (b - c)\n(a - b) - c",
    "a << b >> c & d | e ^ f\n~a\n+a\n-a\nnot a",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "(a < b) < c",
    "f(a, *b, c=1, **d)\nf(x for x in y)\nf((x for x in y), 1)",
    "a.b.c\na[1]\na[1:2]\na[::3]\na[1:2, ::3]\na[(1, 2)]\na[()]\na[b:c:d]\na[...]",
    "[1, 2, *x]\n(1,)\n()\n{1, 2}\nset()\n{}\n{'a': 1, **d}\n{*()}",
    "[x * y for x in a if x for y in b if y if z]\n{k: v for k, v in d.items()}\n{x for x in y}\n(x async for x in y)",
    "x = yield\ny = yield 1\nz = yield from g()\nawait q",
    "(y := 10)\nif (n := len(a)) > 10: pass\n[y := f(x), y ** 2]",
    "f'{x}'\nf'a{b!r}c{d:>10}e{f!s:{w}.{p}}'\nf'{{literal}}'\nf\"{x=}\"\nf'''{\"nested\"}'''",
    "'single'\n\"dou'ble\"\n'''tri\nple'''\nb'bytes\\x00'\nu'unicode'\nr'raw\\n'\n'a' 'b'",
    "1\n1.5\n1e100\n1j\n2.5j\n0xff\n1_000_000\n10**100\nTrue\nFalse\nNone\n...",
    "match command:\n    case [x, y, *rest]:\n        pass\n    case {'a': 1, **kw}:\n        pass\n    case Point(x=0, y=0) | Point(1, 2):\n        pass\n    case [1, _] if x > 0:\n        pass\n    case str() as s:\n        pass\n    case None | True | -1 | 1+2j | 'a' | a.b:\n        pass\n    case _:\n        pass",
    "print('héllo', x)  # comment\nvalue = 'ü' + y",
    "x = [\n    1,\n    2,\n]\nfoo(a,\n    b)",
    "class E(A, B):\n    @property\n    def p(self) -> 'E':\n        return self\n\n    async def q(self):\n        return [i async for i in aiter()]",
    "for x in range(10):\n    if x % 2:\n        continue\n    else:\n        break",
    "a = b = c\nt = 1,\nu = *a, *b",
    "print(*args, sep='')\nx = not (a == b)\ny = (not a) == b",
    "f(**{'a': 1})\ng(*(1, 2))\nh(a)(b)(c)\nx.y[z](w).v",
    "x = 'a\\tb\\n'\ny = '\"\\''\nz = '\\\\'",
    "def f():\n    global x\n    x = 1\n    def g():\n        nonlocal y\n        return lambda: (yield)",
    "(1).real\n1 .real\n1.0.real\n'abc'.upper()",
    "with (open(a) as b, open(c) as d):\n    pass",
]

def show(label, text):
    print("--", label)
    print(text)

for index, source in enumerate(CORPUS):
    print("=== snippet", index)
    tree = ast.parse(source)
    show("dump", ast.dump(tree))
    show("attributes", ast.dump(tree, include_attributes=True))
    show("unparse", ast.unparse(tree))
    reparsed = ast.parse(ast.unparse(tree))
    print("round trip", ast.dump(reparsed) == ast.dump(tree))

for index, source in enumerate(CORPUS[:12]):
    show("indent %d" % index, ast.dump(ast.parse(source), indent=index % 4 if index % 3 else "\t"))

for source in ["1 + 2", "x if y else z", "[a, b]", "f'{a}'", "  x"]:
    show("eval " + source, ast.dump(ast.parse(source.strip(), mode="eval"), include_attributes=True))
for source in ["x = 1", "a; b", "if x:\n    y\n"]:
    show("single " + repr(source), ast.dump(ast.parse(source, mode="single")))
show("bytes source", ast.dump(ast.parse(b"x = b'\\xff'\n")))
show("annotate off", ast.dump(ast.parse("f(a, k=1)"), annotate_fields=False))
show("annotate off attrs", ast.dump(ast.parse("x"), annotate_fields=False, include_attributes=True))
