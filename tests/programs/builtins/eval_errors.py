# Errors of eval(), exec() and compile(): syntax errors in the source with CPython's message and
# position, run-time errors raised inside, and wrong arguments.
import re


def show(label, fn):
    try:
        print(label, "->", re.sub(r" at 0x[0-9a-f]+", "", repr(fn())))
    except SyntaxError as e:
        print(label, "->", type(e).__name__, e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


syntax_cases = [
    ("eval", "1 +"), ("eval", "1 + 2 +"), ("eval", "(1 +"), ("eval", "1 2"), ("eval", "x = 1"),
    ("eval", "print(1))"), ("eval", "[1, 2"), ("eval", "a b c"), ("eval", "1 +\n"), ("eval", "lambda: (yield)"),
    ("exec", "x = (1,\n2"), ("exec", "def f(:\n    pass"), ("exec", "if True:\nx = 1"), ("exec", " x = 1"),
    ("exec", "x = 1 +"), ("exec", "for x in 1 2: pass"), ("exec", "class C\n    pass"), ("exec", "x = [1, 2"),
    ("exec", "print 'hi'"), ("exec", "1 = x"), ("exec", "f() = 1"), ("exec", "del f()"), ("exec", "x = 'abc"),
    ("exec", "def g():\n    x = 1\n   y = 2"), ("exec", "import"),
]
for mode, source in syntax_cases:
    fn = eval if mode == "eval" else exec
    show(f"{mode} {source!r}", lambda: fn(source, {}))
    show(f"compile {mode} {source!r}", lambda: compile(source, "cfg.txt", mode))

runtime_cases = [
    "undefined_name", "1 / 0", "[][3]", "{}['k']", "int('x')", "None.attr", "len(5)", "(1).bit_length(2)",
    "'a' + 1", "[1, 2].index(3)", "sorted([1, 'a'])", "next(iter([]))",
]
for source in runtime_cases:
    show(f"eval {source!r}", lambda: eval(source, {}))

show("exec raise", lambda: exec("class Oops(Exception):\n    pass\nraise Oops('inside exec')", {}))
show("exec assert", lambda: exec("assert 1 == 2, 'math is broken'", {}))
show("exec del missing", lambda: exec("del nothing_here", {}))
show("exec deep", lambda: exec("def a(n):\n    return b(n)\ndef b(n):\n    return 10 // n\na(0)", {}))
try:
    exec("try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('wrapped') from e", {})
except ValueError as e:
    print("chained", repr(e), repr(e.__cause__))

argument_cases = [
    ("eval(5)", lambda: eval(5)), ("exec(5)", lambda: exec(5)), ("eval list globals", lambda: eval("1", [])),
    ("exec list globals", lambda: exec("1", [])), ("eval int locals", lambda: eval("1", {}, 5)),
    ("exec int locals", lambda: exec("1", {}, 5)), ("compile int", lambda: compile(5, "f", "exec")),
    ("compile mode", lambda: compile("1", "f", "bad")), ("eval none none", lambda: eval("2", None, None)),
    ("eval exec-code", lambda: eval(compile("q = 1", "f", "exec"), {})),
    ("exec eval-code", lambda: exec(compile("1 + 1", "f", "eval"), {})),
    ("single two statements", lambda: compile("1\n2", "s", "single")),
    ("eval empty", lambda: eval("")), ("exec empty", lambda: exec("")), ("eval comment", lambda: eval("1 # note")),
    ("bytes", lambda: eval(b"'caf\xc3\xa9'")), ("exec return", lambda: exec("return 5")),
    ("exec yield", lambda: exec("yield 1")), ("exec break", lambda: exec("break")),
    ("exec nonlocal", lambda: exec("nonlocal x")), ("exec await", lambda: exec("await x")),
]
for label, fn in argument_cases:
    show(label, fn)
