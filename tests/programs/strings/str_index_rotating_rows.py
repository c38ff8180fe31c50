# Indexing, len, slicing and searching several strs in turn (a grid's rows, some with characters
# outside the BMP, which JS stores as surrogate pairs), so that the per-string code point tables
# are made, reused and replaced while other strings are being read.


def rows_of(seed, width, height):
    alphabet = ["#", ".", "a", "é", "😀", "𝔘", "z", "中"]
    x = seed
    rows = []
    for y in range(height):
        row = []
        for _ in range(width):
            x = (x * 1103515245 + 12345) % 2147483648
            pick = (x >> 16) % 100
            if y % 3 == 0:
                row.append("#" if pick < 30 else ".")
            else:
                row.append(alphabet[pick % len(alphabet)])
        rows.append("".join(row))
    return rows


def walk(rows):
    height = len(rows)
    total = 0
    seen = []
    for y in range(height):
        for x in range(0, len(rows[y]), 3):
            for dy in (-1, 0, 1):
                ny = y + dy
                if 0 <= ny < height and 0 <= x < len(rows[ny]):
                    ch = rows[ny][x]
                    total += ord(ch) % 97
                    if len(seen) < 12 and ord(ch) > 0xFFFF:
                        seen.append((ny, x, ch))
    return total, seen


def searches(rows):
    out = []
    for i in range(len(rows)):
        a = rows[i]
        b = rows[(i + 1) % len(rows)]
        c = rows[(i + 4) % len(rows)]
        out.append((
            len(a), a[-1], a[len(a) // 2], a[3:9], a[::7][:4],
            a.find(b[2:4]), a.rfind(c[-2:]), a.count(a[0]), b.startswith(b[:5]),
            c.endswith(c[-3:], 2), a.find("😀", 5, 40), b.index(b[7]), c[-5:-1],
        ))
    return out


def main():
    rows = rows_of(5, 41, 9)
    print(walk(rows))
    for row in searches(rows):
        print(row)
    mixed = ["plain ascii row", "astral 😀 row 𝔘 here", "é accents é", "中文字符串", "x" * 50, "😀" * 20]
    acc = []
    for k in range(60):
        s = mixed[(k * 7) % len(mixed)]
        i = k % len(s)
        acc.append((len(s), s[i], s[-1 - i % len(s)], s[i:i + 3]))
    print(acc[:20])
    print(acc[-5:])
    try:
        print(mixed[1][100])
    except IndexError as e:
        print(type(e).__name__, e)


main()
