lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda *args: args
lambda **kw: kw
lambda x, /, y, *, z: 0
lambda *, k=1: k
lambda x, *a, y=2, **k: 0
lambda: (yield)
f = lambda x: lambda y: x + y
sorted(xs, key=lambda p: p[1])
lambda a, b=2, /, c=3: 0
