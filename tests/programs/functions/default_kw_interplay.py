def fmt(value, width=8, fill=" ", align=">"):
    return f"{value:{fill}{align}{width}}"
print("[" + fmt(42) + "]")
print("[" + fmt("x", 5, "*") + "]")
print("[" + fmt(3.5, align="<", fill=".") + "]")
print("[" + fmt("mid", align="^", width=9) + "]")
opts = {"width": 4, "fill": "0"}
print("[" + fmt(7, **opts) + "]")
def config(**overrides):
    base = {"debug": False, "level": 1}
    base.update(overrides)
    return base
print(config(), config(level=3, name="x"))
def f(a, b=None, *, c=[]):
    c.append(a)
    return a, b, c
print(f(1), f(2, c=[]), f(3))
