r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1])
print(range(5), range(0), range(1, 2), range(10, 0, -2), list(range(10, 0, -2)))
print(list(range(-5)), list(range(-5, -1)), list(range(5, -5, -3)))
print(r.index(8), r.count(8), 8 in r, 9 in r)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(sum(range(0, 1000, 7)), max(range(3, 30, 4)), min(range(10, 0, -1)))
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(list(range(3))[::-1], reversed(range(3)).__class__.__name__)
print(bool(range(0)), bool(range(1)))
