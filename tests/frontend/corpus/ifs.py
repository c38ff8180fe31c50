if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: b = 1
if a: b; c
if a:
    if b:
        if c:
            pass
    else:
        pass
if (a and
        b):
    pass
if not a: pass
else: pass
