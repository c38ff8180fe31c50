f()
f(1)
f(1, 2, 3)
f(a, b=1)
f(*args)
f(**kwargs)
f(*a, *b, c=1, **d, **e)
f(a, *b, c, d=1, *e, **f)
f(x for x in y)
f(x for x in y)(z)
obj.method(1).other()[0](2)
f(a)(b)(c)
f(
    1,
    2,
)
print('hello', end='')
f(a := 1)
f(x=(y := 2))
