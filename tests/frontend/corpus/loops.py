for x in y:
    pass
for x in y:
    break
else:
    pass
for i, (a, b) in enumerate(pairs):
    continue
for x, in y:
    pass
for *a, b in c:
    pass
for x.attr in y:
    pass
for x[0] in y:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
while True:
    if x:
        break
    continue
while x:
    pass
else:
    pass
while 1: pass
