def box(lines):
    w = max(len(l) for l in lines)
    top = "+" + "-" * (w + 2) + "+"
    out = [top]
    for l in lines:
        out.append("| " + l.ljust(w) + " |")
    out.append(top)
    return "\n".join(out)
print(box(["hello", "wide world", "", "x"]))
def triangle(n):
    for i in range(1, n + 1):
        print(" " * (n - i) + "*" * (2 * i - 1))
triangle(5)
def diamond(n):
    rows = [" " * (n - i) + "/" + "  " * (i - 1) + "\\" for i in range(1, n + 1)]
    for r in rows:
        print(r)
    for r in reversed(rows):
        print(r.replace("/", "#").replace("\\", "#"))
diamond(3)
print("=" * 10 + ">" + "." * 5 + "<")
