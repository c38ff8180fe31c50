sq = lambda x: x * x
add = lambda a, b=1: a + b
print(sq(7), add(2), add(2, 3))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
funcs = {"double": lambda x: x * 2, "neg": lambda x: -x}
print({name: f(5) for name, f in funcs.items()})
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(3))
print((lambda: "no args")())
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(sq.__name__, (lambda: 0).__name__)
