#!/usr/bin/env python3
"""Records CPython 3.11's view of the front-end test inputs, so that `npm test` needs no Python.

  tests/frontend/corpus/<name>.ast     ast.dump(ast.parse(src)) of every corpus file
  tests/frontend/corpus/<name>.pos     the same with include_attributes=True (ASCII files only)
  tests/frontend/corpus/<name>.tokens  the token stream of `python3 -m tokenize -e` (ASCII files only)
  tests/frontend/programs.ast.json     ast.dump of every *.py under tests/programs/ and enid/
  tests/frontend/errors.json           message and position of the SyntaxError of each bad program

Run it with CPython 3.11 after changing a corpus file or the cases below, and review the diff:

  python3 scripts/regen-frontend.py
"""

import ast
import io
import json
import os
import sys
import tempfile
import tokenize
import traceback
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, 'tests', 'frontend', 'corpus')

# Bad programs: each must raise a SyntaxError (or subclass) in compile(). The test expects our
# parser to report the same class, message, line and column.
ERROR_CASES = [
    # Tokenizer errors.
    "x = 'abc",
    "x = '''abc\n\n",
    "x = 'abc\\\ndef",
    "1abc",
    "x = 0777",
    "0x",
    "0xg",
    "0b2",
    "0o8",
    "1e",
    "1e+",
    "1_",
    "x = 1__0",
    "1.5j2",
    "0b1_",
    "a\u20ac = 1",
    "x = \u00a0 1",
    "x = \u00bf",
    "x = (1,\ny = 2\n",
    "a = 1\nb = 2\nc = (3\nd = 4\n",
    "x = [1, 2\ny = 3\n",
    "x = {1: 2\ny = 3\n",
    "foo(a\nbar(b)\n",
    "if (a\n    b):\n  pass\n",
    "x = (1 2\n)\n",
    "f(a, b\nc = 3\n",
    "d = {'a': 1,\n'b' 2\n",
    "def f(a, b:\n    pass\n",
    "print('a'\nprint('b')\n",
    "x = (1, 2]",
    "foo(\n  a,\n  b]\n",
    "x = )",
    "x = }",
    "x = 1 \\ 2",
    "x = [1,\n",
    "x = $",
    "x = a ? b",
    "x = `a`",
    "x=3\n\\",
    "b'\u00e9'",
    "'\\x4'",
    "b'\\x4'",
    "'\\U0011ffff'",
    "'\\N{NOT A REAL NAME}'",
    # Indentation.
    "if x:\npass",
    "  x = 1",
    "if x:\n    a\n  b",
    "if x:\n\ta\n        b",
    "if x:\n        a\n\tb",
    "def f():\nreturn 1",
    "class C:\nx = 1",
    "for x in y:\npass",
    "while x:\npass",
    "with a:\npass",
    "try:\npass",
    "try:\n    pass\nexcept:\npass",
    "try:\n    pass\nfinally:\npass",
    "if x:\n    pass\nelse:\npass",
    "if x:\n    pass\nelif y:\npass",
    "match x:\n    case 1:\n    pass",
    "x = 1\n    y = 2",
    # Missing colons and keywords.
    "if x\n  pass",
    "while x\n  pass",
    "for x in y\n  pass",
    "def f()\n  pass",
    "class C\n  pass",
    "try\n  pass",
    "with x as y\n  pass",
    "if x:\n    pass\nelse\n    pass",
    "x = 1 if y",
    "lambda x x",
    # Invalid syntax in general.
    "x = 5 6",
    "x = = 1",
    "x = ",
    "def f(:\n  pass",
    "f(,)",
    "import",
    "from x import",
    "from x import a,",
    "x.1",
    "a[1:2:3:4]",
    "class",
    "def 1f(): pass",
    "x = (1 2)",
    "[a b]",
    "{a b}",
    "f(a b)",
    "print 'x'",
    "print x",
    "exec 'code'",
    "a := 1",
    "if x = 1:\n    pass",
    "while x = 1: pass",
    "f(**a, *b)",
    "f(a=1, b)",
    "f(**a, b)",
    "f(x for x in y, 1)",
    "f(a.b=1)",
    "f(True=1)",
    "{1: 2, 3}",
    "{1: }",
    "[*x for x in y]",
    "except:\n    pass",
    "try:\n    pass\nx = 1",
    "try:\n    pass\nexcept A, B:\n    pass",
    "try:\n    pass\nexcept* :\n    pass",
    "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass",
    "try:\n    pass\nexcept* E:\n    break",
    "for x in y:\n    try:\n        pass\n    except* E:\n        if x:\n            continue",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1",
    "def f():\n    for x in y:\n        try:\n            pass\n        except* E:\n            for z in w:\n                break\n            return",
    "try:\n    pass\nexcept* E:\n    return",
    "while x:\n    try:\n        pass\n    except* E:\n        try:\n            pass\n        finally:\n            break",
    "from x import a, b,\n",
    "def f(a=1, b): pass",
    "def f(*, **k): pass",
    "def f(*): pass",
    "def f(**k, a): pass",
    "def f(a, /, /): pass",
    "def f(*a, /): pass",
    "def f(/): pass",
    "def f(*a=1): pass",
    "def f((a, b)): pass",
    "lambda (x): x",
    "x = 1 +",
    "x = not",
    "@\ndef f(): pass",
    # Targets.
    "1 = x",
    "f() = 1",
    "x + 1 = 2",
    "a, f() = 1",
    "x = f() = 1",
    "(a, b()) = 1",
    "[a, 1] = x",
    "None = 1",
    "True = 1",
    "... = 1",
    "'s' = 1",
    "f'{x}' = 1",
    "x if y else z = 1",
    "a < b = 1",
    "lambda: 1 = 1",
    "{a: b} = 1",
    "{a} = 1",
    "[x for x in y] = 1",
    "(x for x in y) = 1",
    "(yield) = 1",
    "await x = 1",
    "*a = 1",
    "del f()",
    "del 1",
    "del a + b",
    "del *a",
    "del (a, 1)",
    "for 1 in x: pass",
    "for f() in x: pass",
    "with a as 1: pass",
    "with a as f(): pass",
    "[x for 1 in y]",
    "x += 1, 2 = 3",
    "a, b += 1",
    "f() += 1",
    "[a] += 1",
    "(a, b): int",
    "[a]: int",
    "f(): int = 1",
    "x.y := 1",
    "(x.y := 1)",
    "import a.b as c.d",
    # f-strings.
    "f'{'",
    "f'}'",
    "f'{}'",
    "f'{ }'",
    "f'{x!z}'",
    "f'{x!}'",
    "f'{x:{y:{z}}}'",
    "f'{x#}'",
    "f'{\\n}'",
    "f'{a b}'",
    "f'{)}'",
    "f'{(}'",
    "f'{x!r:{y}'",
    "f'{lambda x: 1}'",
    "f'{x=!z}'",
    "f'{[}'",
    "f'{x'",
    # Strings.
    "b'a' 'b'",
    "'a' b'b'",
    # Soft keywords and match.
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case a as _:\n        pass",
    "match x:\n    case f(a=1, b):\n        pass",
    "match x:\n    case {**rest, 'a': 1}:\n        pass",
    # Errors CPython reports after parsing.
    "return 1",
    "def f():\n    pass\nreturn",
    "yield 1",
    "class C:\n    yield 1",
    "await x",
    "def f():\n    await x",
    "break",
    "continue",
    "while x:\n    def f():\n        break",
    "for x in y:\n    class C:\n        continue",
    "if x:\n    break",
    "def f(a, a): pass",
    # Walrus targets inside comprehensions.
    "[(i := 0) for i in range(3)]",
    "[x for x in (y := [1, 2])]",
    "[x for x in [1] for z in (y := [1, 2])]",
    "[x for x in (lambda: (y := [1, 2]))()]",
    "[[x for x in (y := [1])] for z in range(2)]",
    "[[(j := 0) for i in range(3)] for j in range(2)]",
    "[i for i in range(3) if (j := i) for j in range(2)]",
    "[(b := 1) for a, (b, c) in x]",
    "{(k := 1): v for k, v in x}",
    "class C:\n    x = [(j := i) for i in range(3)]",
    "class C:\n    x = [[(j := i) for i in y] for k in z]",
    "def f():\n    return [x for x in range(3) for y in (z := [1])]",
    "[x for x in [1] if [(y := 2) for q in (lambda: (w := 1))()]]",
    "(w := 1)\n[(i := 0) for i in range(3)]\nglobal q",
    "f(a=1, a=2)",
    "f(x, a=1, *y, b=2, a=3)",
    "class C(metaclass=M, metaclass=M): pass",
    "def f(a, *, a): pass",
    "lambda a, a: 1",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f(a):\n    global a",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "async def f():\n    yield from x",
    "def f():\n    async with x: pass",
    "def f():\n    async for x in y: pass",
    "[x async for x in y]",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    return 2\n    yield",
    "async def f():\n    lambda: await x",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    class C:\n        await x",
    "def f():\n    {x: y async for x, y in z}",
    "def f():\n    [await x for x in y]",
    "async def f():\n    def g():\n        async for x in y: pass",
    "async def f(x=await y): pass",
    "await = 1\nasync def f(): pass",
    "def f():\n    [(yield x) for x in y]",
    "x = 1\nreturn x\nbreak",
    "def f():\n    x = 1\n    nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    def g():\n        nonlocal y",
    "match x:\n    case a:\n        pass\n    case b:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case [1, *_, 2, *c]:\n        pass",
    "match x:\n    case (*a, b, *_):\n        pass",
    "match x:\n    case f'a':\n        pass",
    "match x:\n    case [1, f'{y}']:\n        pass",
    "match x:\n    case {'k': f'v'}:\n        pass",
    "match x:\n    case C(x=1, x=v):\n        pass",
    "match x:\n    case C(a, x=1, y=2, x=3):\n        pass",
    "match x:\n    case C(x=D(y=1, y=2)):\n        pass",
    "match x:\n    case {1: a, True: b}:\n        pass",
    "match x:\n    case {0: a, False: b}:\n        pass",
    "match x:\n    case {1.0: a, 1: b}:\n        pass",
    "match x:\n    case {-1: a, -1: b}:\n        pass",
    "match x:\n    case {-0: a, 0: b}:\n        pass",
    "match x:\n    case {1+2j: a, 1+2j: b}:\n        pass",
    "match x:\n    case {None: a, None: b}:\n        pass",
    "match x:\n    case {b'a': a, b'a': b}:\n        pass",
    "match x:\n    case {'a': 1, 'b': 2, 'a': 3}:\n        pass",
    "match x:\n    case {'a' 'b': 1, 'ab': 2}:\n        pass",
    "match x:\n    case {-0.0: a, 0.0: b}:\n        pass",
    "match x:\n    case {1j: a, 1j: b}:\n        pass",
    "match x:\n    case {0j: a, 0: b}:\n        pass",
    "match x:\n    case {True: a, True: b}:\n        pass",
    "match x:\n    case {-1-1j: a, -1-1j: b}:\n        pass",
    "match x:\n    case {-1j: a, -1j: b}:\n        pass",
    "match x:\n    case {1.5: a, 1.5+0j: b}:\n        pass",
    "match x:\n    case {2: a, 2.0: b, 2+0j: c}:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "from __future__ import braces",
    "from __future__ import nope",
    "x = 1\nfrom __future__ import annotations",
    "def f():\n    from x import *",
    "f(x for x in y)(a for a in b, c)",
    "def f(*, a, a=1): pass",
    # Symbol-table errors the parser must notice it has to check for (Parser.symbolTableChecks),
    # and that win over a compiler error earlier in the file.
    "def f(a, **a): pass",
    "lambda *a, a: 1",
    "def f(a, /, a): pass",
    "return 1\ndef f(a, a): pass",
    "def f():\n    [f'{(yield)}' for x in y]",
    "break\ndef f():\n    from x import *",
    "continue\ndef g():\n    nonlocal q",
    "def f():\n    {(yield): 1 for k in v}",
    "def f():\n    return [x async for x in (yield)]\n    [(yield) for q in r]",
    "x = [lambda: (yield) for y in z]\nbreak",
    "x = 1 if 2",
    "(a, *b, *c) = d",
    "*a, *b = c",
    "print(*)",
    "f(**)",
    "if x y:\n  pass",
    "for x in y z:\n  pass",
    "def f() x:\n  pass",
    "try x:\n  pass",
    "def f x: pass",
    "x = *a",
    "print(*a, **b, c)",
    "class C x:\n  pass",
    # Found by scripts/fuzz-compile.ts: limits of CPython's tokenizer, parser and compiler.
    "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass",
    "".join(" " * i + "for x in y:\n" for i in range(21)) + " " * 21 + "pass",
    "".join(" " * i + "while x:\n" for i in range(21)) + " " * 21 + "pass",
    "".join(" " * i + "with a, b:\n" for i in range(11)) + " " * 11 + "pass",
    "".join(" " * i + "for x in y:\n" for i in range(19)) + " " * 19 + "try:\n" + " " * 20 + "pass\n" + " " * 19 + "except: pass",
    "".join(" " * i + "for x in y:\n" for i in range(18)) + " " * 18 + "try:\n" + " " * 19 + "pass\n" + " " * 18 + "except* E:\n" + " " * 19 + "for z in w: pass",
    "".join(" " * i + "for x in y:\n" for i in range(20)) + " " * 20 + "try:\n" + " " * 21 + "pass\n" + " " * 20 + "finally: pass",
    "".join(" " * i + "for x in y:\n" for i in range(19)) + " " * 19 + "try:\n" + " " * 20 + "pass\n" + " " * 19 + "finally:\n" + " " * 20 + "x = 1\n" + " " * 20 + "for q in r: pass",
    "async def f():\n" + "".join(" " * (i + 1) + "async with x:\n" for i in range(21)) + " " * 22 + "pass",
    # Found by scripts/fuzz-compile.ts --python: which error wins. A tokenizer error later in the
    # file wins over a parser error only when the tokenizer raises it itself.
    "x = 1\n    y = 2\n  z = 3",
    "x = 5 6\ny = 1 \\ 2",
    "x = 5 6\nif 1:\n\tx\n        y",
    "$ )",
    "x = `a` + )",
    "a ? b\nc = 'abc",
    "x = 1 ! 2\ny = 0777",
]


def record_errors():
    cases = []
    # Errors found after parsing take their source line from the file, as for `python3 app.py`.
    os.chdir(tempfile.mkdtemp())
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for src in ERROR_CASES:
            with open('app.py', 'w', encoding='utf-8') as f:
                f.write(src)
            try:
                compile(src, 'app.py', 'exec')
            except SyntaxError as e:
                line = src.split('\n')[e.lineno - 1] if e.lineno and e.lineno <= len(src.split('\n')) else ''
                cases.append({
                    'src': src,
                    'kind': type(e).__name__,
                    'msg': e.msg,
                    'lineno': e.lineno,
                    'offset': e.offset,
                    'end_lineno': e.end_lineno,
                    'end_offset': e.end_offset,
                    'rendered': ''.join(traceback.format_exception_only(type(e), e)),
                })
            else:
                sys.exit(f'not an error in CPython: {src!r}')
    write(os.path.join(ROOT, 'tests', 'frontend', 'errors.json'), json.dumps(cases, indent=1, ensure_ascii=False) + '\n')


def record_tokens(src):
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        out.append([tokenize.tok_name[tok.exact_type], tok.string, tok.start[0], tok.start[1], tok.end[0], tok.end[1]])
    return '\n'.join(json.dumps(t) for t in out) + '\n'


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def record_corpus():
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith('.py'):
            continue
        path = os.path.join(CORPUS, name)
        with open(path, encoding='utf-8') as f:
            src = f.read()
        base = path[:-3]
        compile(src, name, 'exec')  # corpus files must be valid programs, not just parse
        tree = ast.parse(src)
        write(base + '.ast', ast.dump(tree) + '\n')
        if src.isascii():
            write(base + '.pos', ast.dump(tree, include_attributes=True) + '\n')
            write(base + '.tokens', record_tokens(src))
        else:
            for ext in ('.pos', '.tokens'):
                if os.path.exists(base + ext):
                    os.remove(base + ext)


def record_programs():
    found = {}
    for top in ('tests/programs', 'enid'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith('.py'):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding='utf-8') as f:
                    src = f.read()
                try:
                    tree = ast.parse(src)
                except SyntaxError:
                    continue
                found[os.path.relpath(path, ROOT)] = ast.dump(tree)
    write(os.path.join(ROOT, 'tests', 'frontend', 'programs.ast.json'), json.dumps(found, indent=1, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    if sys.version_info[:2] != (3, 11):
        sys.exit('regen-frontend.py must run under CPython 3.11')
    record_errors()
    record_corpus()
    record_programs()
