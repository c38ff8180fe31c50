# len(), indexing and slicing over several long strings in turn, some with characters outside
# the BMP (two UTF-16 units each) and some without: a grid of row strings read around each cell.

def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 8


ALPHABET = ".#é😀中🎉a"
gen = lcg(2024)
rows = []
for r in range(9):
    width = 30 + next(gen) % 20
    astral = r % 3 == 0
    chars = []
    for _ in range(width):
        k = next(gen) % len(ALPHABET)
        c = ALPHABET[k]
        if not astral and ord(c) > 0xFFFF:
            c = "."
        chars.append(c)
    rows.append("".join(chars))

for r, row in enumerate(rows):
    print(r, len(row), row[0], row[-1], row[len(row) // 2], row[3:9], row[::7])

# Visit cells in a scattered order, reading the row above, the row and the row below each time.
counts = {}
for step in range(3000):
    y = next(gen) % len(rows)
    for dy in (0, -1, 1, 0):
        ny = y + dy
        if 0 <= ny < len(rows):
            row = rows[ny]
            x = next(gen) % (len(row) + 3)
            if x < len(row):
                c = row[x]
                counts[c] = counts.get(c, 0) + 1
            else:
                try:
                    row[x]
                except IndexError as e:
                    counts["IndexError " + str(e)] = counts.get("IndexError " + str(e), 0) + 1
print(sorted(counts.items()))
print([row.find("😀") for row in rows], [row.count("#") for row in rows])
print([len(row[5:-5]) for row in rows], [row[-3] for row in rows])
