def risky(n):
    try:
        if n:
            raise ValueError(n)
        return "clean"
    except ValueError as e:
        if e.args[0] > 1:
            raise TypeError(f"handler failed for {e.args[0]}")
        return "handled"
    finally:
        print("finally for", n)
for n in [0, 1, 2]:
    try:
        print(risky(n))
    except TypeError as e:
        print("outer:", e, "| ctx:", repr(e.__context__))
try:
    try:
        raise ValueError("v")
    except ValueError:
        print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError inside handler:", e, type(e.__context__).__name__)
