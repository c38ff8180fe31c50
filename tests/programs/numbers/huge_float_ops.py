print(2.0 ** 1000)
print(2.0 ** -1000)
print(1e300 * 1e10)
print(1e-300 / 1e100)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError")
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399)
print(10 ** 300 / 10 ** 299)
print(float(2 ** 1023))
print(1.7976931348623157e308 + 1e292)
print(123e-20, 4.5e-10, 7e+30)
print(1 / 3e10, 3e10 / 1)
