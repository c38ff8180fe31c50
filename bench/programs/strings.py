# String building: concatenation, join, f-strings, str methods.


def build(n):
    parts = []
    for i in range(n):
        parts.append(f"item-{i:05d}:{i * 7 % 13}")
    joined = ",".join(parts)
    s = ""
    for i in range(n // 4):
        s += str(i % 10)
    upper = 0
    for p in parts:
        if p.upper().startswith("ITEM-000"):
            upper += 1
    words = joined.split(",")
    return len(joined), len(s), upper, len(words), words[-1]


def main():
    total = 0
    for r in range(24):
        a, b, c, d, last = build(40_000)
        total += a + b + c + d
    print(total, last)


main()
