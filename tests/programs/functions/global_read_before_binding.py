# A module global read inside a function before any statement binds it: NameError, as in CPython
# (reads that provably follow the binding statement need no check).
import sys
def f():
    return x
def g():
    return h()
try:
    f()
except NameError as e:
    print("NameError", e)
try:
    g()
except NameError as e:
    print("NameError", e)
x = 1
def h():
    return y + x
y = 2
print(f(), g())
LIMIT = 3
def k():
    return LIMIT + len([LIMIT for _ in range(2)])
print(k())
class C:
    z = LIMIT
    def m(self):
        return w
print(C.z)
try:
    C().m()
except NameError as e:
    print("NameError", e)
if len(sys.argv) > 5:
    w = 1
try:
    C().m()
except NameError as e:
    print("NameError", e)
w = 5
print(C().m())
del w
try:
    C().m()
except NameError as e:
    print("NameError", e)
def rec(n):
    return n if n < 2 else rec(n - 1) + rec(n - 2)
print(rec(10))
def deco(fn):
    try:
        fn()
    except NameError as e:
        print("NameError", e)
    return fn
@deco
def selfish():
    return selfish
print(selfish.__name__)
class K:
    def make(self):
        return K
    try:
        make(None)
    except NameError as e:
        print("NameError", e)
print(K().make().__name__)
