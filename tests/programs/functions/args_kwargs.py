def f(a, b=10, *args, key="k", **kwargs):
    return f"a={a} b={b} args={args} key={key} kwargs={kwargs}"
print(f(1))
print(f(1, 2, 3, 4))
print(f(1, key="x", extra=True))
print(f(b=5, a=6, z=0))
print(f(*range(5), **{"key": "kk", "w": 1}))
def total(*nums):
    return sum(nums)
print(total(), total(1), total(1, 2, 3.5))
def merge(**kw):
    return sorted(kw.items())
print(merge(b=2, a=1), merge())
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)
print(wrapper(9, key="w"))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, a=2)
except TypeError as e:
    print("TypeError:", e)
