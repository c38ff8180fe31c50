a + b - c * d / e // f % g ** h @ m
-a + +b - ~c
not a
a ** -b
-a ** b
(a + b) * c
a << 1 >> 2
a & b | c ^ d
a | b & c ^ d << e + f * g ** h
1 + 2 + 3 + 4
2 ** 3 ** 4
x = - - - 1
y = a if b else c
z = a if b else c if d else e
