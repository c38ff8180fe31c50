# globals() and locals(): a dict of the module's or the function's names at the call.
X = 1


def f(a, b=2):
    c = a + b
    d = locals()
    print(sorted(d.items()))
    if False:
        e = 1
    print("e" in locals(), sorted(locals()))
    return "{a}-{b}-{c}".format(**locals())


print(f(1))
print(globals()["X"], globals()["__name__"], "f" in globals())
print(sorted(k for k in globals() if not k.startswith("__")))

# A store through globals() binds a module global, readable by name.
globals()["Y"] = 5
print(Y, globals().get("Y"), globals().get("nope", "dflt"))


def set_global(name, value):
    globals()[name] = value


set_global("Z", [1, 2])
print(globals()["Z"], sorted(k for k in globals() if len(k) == 1))


def get(name):
    return globals()[name]


print(get("X"), get("f").__name__)


def t_one():
    return 1


def t_two():
    return 2


# Dispatch by name, as test runners and command tables do.
for name, fn in list(globals().items()):
    if name.startswith("t_"):
        print(name, fn())
print([n for n in globals() if n.startswith("t_")])
print(locals()["X"], locals()["t_one"] is t_one)


def closure():
    outer = 1

    def inner(p):
        q = p + outer
        return sorted(locals())
    return inner(2)


print(closure())
try:
    globals()["missing"]
except KeyError as e:
    print("KeyError", e)
