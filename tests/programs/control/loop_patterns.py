items = ["a", "b", "c", "d"]
for i in range(len(items) - 1, -1, -1):
    if items[i] in ("b", "d"):
        del items[i]
print(items)
nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)
d = {"x": 1, "y": 2, "z": 3}
for k in list(d):
    if d[k] == 2:
        del d[k]
print(d)
total = 0
for i, (k, v) in enumerate(sorted(d.items())):
    total += i * v
print(total)
grid = [[r * c for c in range(4)] for r in range(4)]
diag = []
for r in range(4):
    for c in range(4):
        if r != c:
            continue
        diag.append(grid[r][c])
print(diag)
n = 0
while True:
    n += 1
    if n % 7 == 0 and n % 5 == 0:
        break
print(n)
acc = []
for x in range(3):
    for y in range(3):
        for z in range(3):
            if x + y + z == 4 and x <= y <= z:
                acc.append((x, y, z))
print(acc)
word = "bookkeeper"
i = 0
runs = []
while i < len(word):
    j = i
    while j < len(word) and word[j] == word[i]:
        j += 1
    runs.append(word[i] * (j - i))
    i = j
print(runs)
