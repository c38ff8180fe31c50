a or b and c
not a or b
a and not b or c
a if b or c else d and e
lambda: a if b else c
a | b ^ c & d
a == b | c
-a.b
-a[0]
-a()
await_ + 1
a ** b ** c
-a ** -b
~a ** b
a * b @ c / d
a + b * c - d
x = a < b < c
y = (a, b) < (c, d)
z = a is not None and b is None
q = not not a
