a, *b = c
*a, b = c
[*a] = b
print(*a)
x = *a, *b
x = [*a, *b]
x = {*a, *b}
for *a, b in c: pass
return_ = (*a,)
f(*a, *b)
a[*b]
def f(*args: *Ts): pass
