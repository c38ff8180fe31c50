for a in range(-6, 7, 3):
    row = []
    for b in [-4, -3, 3, 4]:
        q, r = divmod(a, b)
        assert q * b + r == a
        row.append(f"{q:>3}{r:>3}")
    print(f"{a:>3}:", " |".join(row))
for a in [-7.5, 7.5]:
    for b in [-2, 2]:
        print(a, b, divmod(a, b))
print(divmod(2 ** 65, 2 ** 33))
print(divmod(-(2 ** 65) - 1, 2 ** 33))
