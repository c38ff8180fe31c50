def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("caught again:", type(e).__name__)
print("still alive")
def ok(n):
    return 0 if n == 0 else ok(n - 1) + 1
print(ok(500))
