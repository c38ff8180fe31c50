a if b else c
(a if b else c) if d else e
a if (b if c else d) else e
x = [a if b else c for a in d]
y = lambda: a if b else c
z = f(a if b else c, key=d if e else f)
w = a or b if c and d else e or f
