def f(mode):
    print("start", mode)
    try:
        print(" try")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return "from try"
        if mode == "other":
            raise KeyError("k")
    except ValueError as e:
        print(" except", e)
        return "from except"
    else:
        print(" else")
    finally:
        print(" finally")
    print(" after")
    return "end"
for mode in ["ok", "raise", "return"]:
    print("->", f(mode))
try:
    f("other")
except KeyError as e:
    print("outer caught", repr(e))
def g():
    try:
        return "try"
    finally:
        print("finally runs before return completes")
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "loop done"
print(loop())
