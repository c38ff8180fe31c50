a and b
a or b
a and b or c and d
a or b or c
not a and not b
a < b
a < b <= c > d >= e == f != g
a is b
a is not b
a in b
a not in b
not a in b
a if not b else c
x = a == b == c
