x = 10
def read():
    return x
print(read())
x = 20
print(read())
del x
try:
    read()
except NameError as e:
    print("NameError:", e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
items = {"a": 1}
name = "a"
del items[name]
print(items)
