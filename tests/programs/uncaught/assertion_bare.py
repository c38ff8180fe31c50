x = 5
print("x is", x)
assert x < 3
