def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)

attempt("1/0", lambda: 1 / 0)
attempt("1.0/0", lambda: 1.0 / 0)
attempt("1/0.0", lambda: 1 / 0.0)
attempt("1//0", lambda: 1 // 0)
attempt("1.5//0", lambda: 1.5 // 0.0)
attempt("1%0", lambda: 1 % 0)
attempt("1.0%0", lambda: 1.0 % 0)
attempt("divmod", lambda: divmod(1, 0))
attempt("divmodf", lambda: divmod(1.0, 0))
attempt("0**-1", lambda: 0 ** -1)
attempt("0.0**-1", lambda: 0.0 ** -1)
attempt("big", lambda: 10 ** 30 // 0)
attempt("pow", lambda: pow(0, -2))
attempt("ok", lambda: 0 / 5)
attempt("ok2", lambda: -0.0 / 5)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("augassign", repr(e), e.args)
print(x)
