def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero!")
    if n < 0:
        raise ValueError("negative")
    return 10 / n
for n in [2, 0, -1]:
    try:
        try:
            print("result", risky(n))
        except ZeroDivisionError as e:
            print("inner caught", e)
            raise RuntimeError("rewrapped") from e
        finally:
            print("inner finally", n)
    except RuntimeError as e:
        print("outer runtime", e, "cause:", repr(e.__cause__))
    except Exception as e:
        print("outer generic", type(e).__name__, e)
    else:
        print("outer else")
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
try:
    try:
        1 / 0
    finally:
        print("cleanup")
except ZeroDivisionError:
    print("propagated")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
