# The order of locals() and of a function's code object names (co_varnames, co_cellvars,
# co_freevars, co_nlocals), over many generated functions: parameters of every kind, plain
# locals, variables shared with inner functions, comprehensions and classes.

state = 12345


def rand(n):
    """A small deterministic generator (no `random`): 0 <= result < n."""
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n


NAMES = ["a", "b", "c", "d", "e", "f", "g", "h"]


def make_function(index):
    params = []
    used = set()

    def fresh():
        while True:
            name = NAMES[rand(len(NAMES))] + str(rand(3))
            if name not in used:
                used.add(name)
                return name

    positional = [fresh() for _ in range(rand(3))]
    star = fresh() if rand(2) else None
    kwonly = [fresh() for _ in range(rand(3))]
    dstar = fresh() if rand(2) else None
    params += positional
    if star:
        params.append("*" + star)
    elif kwonly:
        params.append("*")
    params += [k + "=0" for k in kwonly]
    if dstar:
        params.append("**" + dstar)
    lines = ["def fn_%d(%s):" % (index, ", ".join(params))]
    locals_ = [fresh() for _ in range(rand(4))]
    shared = [n for n in locals_ + positional if rand(3) == 0]
    for n in locals_:
        lines.append("    %s = %d" % (n, rand(100)))
    kind = rand(4)
    if shared and kind == 0:
        lines.append("    def inner():")
        lines.append("        return (%s,)" % ", ".join(shared))
    elif shared and kind == 1:
        lines.append("    squares = [%s for _ in range(2)]" % " + ".join(shared))
    elif shared and kind == 2:
        lines.append("    class Holder:")
        lines.append("        def get(self):")
        lines.append("            return (%s,)" % ", ".join(shared))
    elif shared:
        lines.append("    inner = lambda: (%s,)" % ", ".join(shared))
    lines.append("    return list(locals())")
    return "\n".join(lines) + "\n", len(positional), len(kwonly)


for i in range(60):
    source, npos, nkw = make_function(i)
    ns = {}
    exec(source, ns)
    fn = ns["fn_%d" % i]
    code = fn.__code__
    print(source.splitlines()[0])
    print("  locals:", fn(*range(npos)))
    print("  varnames:", code.co_varnames, "nlocals:", code.co_nlocals)
    print("  cellvars:", code.co_cellvars, "freevars:", code.co_freevars)
    print("  counts:", code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)


# Written out, compiled with the program rather than by exec.
def f(a, *args, k=1, **kw):
    return list(locals())


def outer():
    a = 1

    def inner():
        return a
    print(list(locals()))
    return inner


def outer2(a):
    x = a

    def inner():
        return x
    return inner


def uses_exec():
    exec("b = 3")
    return locals().get("b")


print(f(1))
inner = outer()
print(inner.__code__.co_freevars, inner.__code__.co_cellvars, inner.__code__.co_varnames)
c = outer2.__code__
print(c.co_varnames, c.co_nlocals, c.co_cellvars, c.co_freevars)
print(outer.__code__.co_varnames, outer.__code__.co_cellvars, outer.__code__.co_nlocals)
print(outer2(1).__code__.co_freevars, outer2(1).__code__.co_cellvars)
print(uses_exec())


def snapshots():
    x = 1
    first = locals()
    y = 2
    print(sorted(first), first is locals(), sorted(first))
    del x
    print(sorted(locals()))
    exec("z = 5")
    exec("y = 99")
    print(locals()["z"], locals()["y"], y)
    print(eval("z + y"))


snapshots()


def in_loop():
    seen = []
    for i in range(3):
        seen.append(sorted(locals()))
    return seen


print(in_loop())
