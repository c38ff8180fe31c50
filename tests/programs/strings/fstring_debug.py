a, b = 3, 4.5
items = {"k": [1, 2]}
print(f"{a=}")
print(f"{a + b=}")
print(f"{ a * 2 = }")
print(f"{b=:.3f}")
print(f"{items['k']=}")
print(f"{'str'=}")
print(f"{a=!s}", f"{'q'=!r}")
print(f"{None=}", f"{[a, b]=}")
def f(x):
    return x * 10
print(f"{f(a)=}", f"{f(b)=:>8}")
name = "it's"
print(f"{name=}")
