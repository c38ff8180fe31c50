big = 2 ** 70
vals = [big, -big, big + 1, 2 ** 53, -(2 ** 53) - 1, 3, -3, 0, 1]
for a in vals:
    out = []
    for b in vals:
        for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a // b, lambda: a % b):
            try:
                out.append(f())
            except ZeroDivisionError as e:
                out.append(str(e))
    print(out)
x = 12345
for _ in range(5):
    x = (x * 1103515245 + 12345) % 2147483648
    print(x, type(x).__name__)
print(big + True, big * False, big - 1.5, big // 2.0, big % 7.5)
