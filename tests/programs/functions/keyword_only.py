def connect(host, port=80, *, timeout=10, retries):
    return f"{host}:{port} t={timeout} r={retries}"
print(connect("h", retries=3))
print(connect("h", 8080, retries=1, timeout=5))
try:
    connect("h", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("h")
except TypeError as e:
    print("TypeError:", e)
def kwo(*, a, b=2):
    return a + b
print(kwo(a=1), kwo(b=10, a=1))
try:
    kwo(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kwo(a=1, c=3)
except TypeError as e:
    print("TypeError:", e)
