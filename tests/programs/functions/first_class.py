def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "four"), apply(str.upper, "up"))
ops = [abs, str, float, bool, repr]
print([op(-1) for op in ops])
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(lambda s: s.strip(), str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
print(callable(p), callable(3), callable(print), callable(str))
def get_op(symbol):
    table = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
    return table.get(symbol, lambda a, b: None)
print(get_op("+")(2, 3), get_op("*")(2, 3), get_op("?")(2, 3))
print(max.__name__, len.__name__, apply.__name__)
handlers = []
for name in ["a", "b"]:
    def h(n=name):
        return n * 2
    handlers.append(h)
print([h() for h in handlers])
