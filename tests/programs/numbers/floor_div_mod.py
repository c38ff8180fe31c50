# Floor division and modulo round toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 5), (-1, 5), (5, 5), (-5, 5), (13, -4)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 // 2.0)
print(7 % -3.0)
print(-0.5 // 1, -0.5 % 1)
print(divmod(-7.5, 2))
print(divmod(10 ** 20, -3))
print(divmod(-10 ** 20, 7))
print(5 % 3 == 2, -5 % 3 == 1)
print(-(2 ** 60) // 3, -(2 ** 60) % 3)
print(1 // 1, -1 // 1, 0 // -1)
print(3.0 % 1.5, -3.0 % 1.5)
