def show(e):
    print(type(e).__name__, e, "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("bad") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    show(e)
try:
    raise KeyError("k") from OSError("os")
except KeyError as e:
    show(e)
try:
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise IndexError("i")
        except IndexError:
            raise NameError("n")
except NameError as e:
    show(e)
    show(e.__context__)
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return "f"
print(f())
def g():
    try:
        return "try"
    finally:
        print("g finally")
print(g())
def h():
    try:
        return "try"
    finally:
        return "finally wins"
print(h())
def k():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(k())
def nested():
    out = []
    for i in range(2):
        try:
            try:
                out.append(f"t{i}")
                if i:
                    raise RuntimeError(i)
            finally:
                out.append(f"inner{i}")
        except RuntimeError as e:
            out.append(f"caught{e}")
        finally:
            out.append(f"outer{i}")
    return out
print(nested())
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e.args, str(e), repr(e))
e = Exception()
print(repr(e), str(e) == "", e.args)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(e, e.code, e.args, isinstance(e, MyErr))
try:
    raise MyErr
except TypeError as e:
    print("TypeError", e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    print(err)
except NameError as e:
    print("NameError", e)
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())
