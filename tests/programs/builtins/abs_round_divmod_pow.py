print(abs(-3), abs(3.5), abs(-0), abs(-2 ** 100), abs(True))
for x in [2.5, 3.5, -2.5, 0.5, 1.25, 2.675]:
    print(x, round(x), round(x, 1), round(x, 2))
print(round(123.456, -1), round(-123.456, -2), round(5555, -2), round(-5550, -2))
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7), divmod(7.5, 2.5))
print(pow(2, 8), pow(2, -2), pow(-2, 3), pow(2, 0.5), pow(5, 3, 13), pow(2, 1000, 10 ** 9))
print(min(abs(x - 3.3) for x in range(10)))
