found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42 and i < j:
            found = (i, j)
            break
    if found:
        break
print(found)
total = 0
for i in range(5):
    if i % 2:
        continue
    for j in range(i):
        total += j
print(total)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v < 0:
            print("negative at", r, c)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for x in range(3):
    pass
else:
    print("x is", x)
