# atexit: callbacks run last-registered first after an uncaught exception's traceback, with their
# arguments; one that raises is reported and the rest still run; unregister, the decorator form.
import atexit, sys
def bye(n, who="x"):
    print("bye", n, who)
def bad():
    raise ValueError("in exit")
atexit.register(bye, 1)
atexit.register(bad)
r = atexit.register(bye, 2, who="kw")
atexit.register(print, "third")
atexit.unregister(print)
@atexit.register
def decorated():
    print("decorated runs first")
class C:
    def m(self):
        print("method callback")
c = C()
atexit.register(c.m)
atexit.register(c.m)
atexit.unregister(c.m)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
mode = sys.argv[1] if len(sys.argv) > 1 else "raise"
print("ending by", mode)
if mode == "raise":
    raise KeyError("uncaught")
elif mode == "exit":
    sys.exit(3)
