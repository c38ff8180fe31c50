print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or 0 or [], [] and 1)
print(not 0, not 1, not "", not None, not [0])
def v(x):
    print("v", repr(x))
    return x
r = v(0) and v(1)
print("r", r)
r = v(1) and v(0) and v(2)
print("r", r)
r = v("") or v(None) or v("last")
print("r", r)
name = None
print(name or "anonymous", (name or "x").upper())
print([] or {} or () or "x", 0.0 or -0.0, True and "yes")
print((1, 2) and [3], not not "s")
print(1 < 2 and "ok" or "no", 1 > 2 and "ok" or "no")
