def f():
    return undefined_thing
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    x += 1
    return x
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    print(y)
    y = 2
try:
    h()
except NameError as e:
    print(type(e).__name__, isinstance(e, UnboundLocalError), e)
try:
    del zzz
except NameError as e:
    print(e)
