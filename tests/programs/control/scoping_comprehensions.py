x = 10
squares = [x * x for x in range(4)]
print(x, squares)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
def outer():
    y = 5
    return [y + z for z in range(3)]
print(outer())
class K:
    base = 100
    vals = [i for i in range(3)]
print(K.vals)
matrix = [[(r, c) for c in range(2)] for r in range(2)]
print(matrix)
total = sum(v for row in [[1, 2], [3]] for v in row)
print(total)
print({k: [v for v in range(k)] for k in range(4)})
def gen():
    return (n for n in range(3) if n != 1)
print(list(gen()))
