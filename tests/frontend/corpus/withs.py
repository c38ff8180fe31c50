with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with open(f) as (a, b):
    pass
with a as b.c, d as e[0]:
    pass
def g():
    with (yield):
        pass
with (a):
    pass
with (a) as b:
    pass
with f() as x: pass
