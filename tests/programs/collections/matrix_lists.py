def mat(rows, cols, f):
    return [[f(r, c) for c in range(cols)] for r in range(rows)]
A = mat(3, 3, lambda r, c: r * 3 + c)
B = mat(3, 3, lambda r, c: 1 if r == c else 0)
print(A)
print(B)
def mul(X, Y):
    return [[sum(X[i][k] * Y[k][j] for k in range(len(Y))) for j in range(len(Y[0]))] for i in range(len(X))]
print(mul(A, B) == A, mul(A, A))
T = [list(r) for r in zip(*A)]
print(T)
for row in A:
    print(" ".join(f"{v:3d}" for v in row))
print([A[i][i] for i in range(3)], sum(A[i][2 - i] for i in range(3)))
grid = [["."] * 5 for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
