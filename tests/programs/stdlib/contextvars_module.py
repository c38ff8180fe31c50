# contextvars: get/set/reset with Tokens, Context.run and copies, the errors of misuse.
import contextvars
from contextvars import ContextVar, Context, copy_context, Token
var = ContextVar("var", default=42)
other = ContextVar("other")
print(var.name, var.get(), var.get(7), other.get("fallback"))
try:
    other.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0] is other)
t = var.set(1)
print(var.get(), type(t).__name__, t.var is var, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = var.set(2)
print(var.get(), t2.old_value)
var.reset(t2)
print(var.get())
try:
    var.reset(t2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    other.reset(t)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))
var.reset(t)
print(var.get())
ctx = copy_context()
print(type(ctx).__name__, len(ctx), var in ctx, list(ctx.keys()) == [], dict(ctx.items()))
def work(n):
    var.set(n)
    other.set(n * 10)
    return var.get() + other.get()
print(ctx.run(work, 5), var.get(), other.get("unset"), ctx[var], ctx.get(other), len(ctx), sorted(v for v in ctx.values()))
print(ctx.run(var.get), sorted(k.name for k in ctx), var in ctx, ctx.get(ContextVar("x"), "d"))
try:
    ctx[ContextVar("y")]
except KeyError:
    print("KeyError")
def nested():
    try:
        ctx.run(lambda: None)
    except RuntimeError as e:
        print("RuntimeError", "is already entered" in str(e))
ctx.run(nested)
inner_token = ctx.run(var.set, 99)
try:
    var.reset(inner_token)
except ValueError as e:
    print("ValueError", "was created in a different Context" in str(e))
c2 = ctx.copy()
c2.run(var.set, 100)
print(ctx[var], c2[var], Context().get(var, "empty"), len(Context()))
try:
    ctx.run()
except TypeError as e:
    print("TypeError", e)
try:
    class Sub(ContextVar): pass
except TypeError as e:
    print(e)
print(ContextVar[int], var == var, hash(var) == hash(var))
try:
    ContextVar(1)
except TypeError as e:
    print(e)
