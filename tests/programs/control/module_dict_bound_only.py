# A module's __dict__, vars() and dir() list only the globals bound so far.
import sys

me = sys.modules[__name__]


def public(names):
    return sorted(n for n in names if not n.startswith("__"))


print(public(vars(me)))
print(public(dir(me)))
try:
    raise ValueError("x")
except ValueError as err:
    print("err" in vars(me))
print("err" in vars(me), "err" in dir(me))


def bind_late():
    global late
    late = 2


print("late" in vars(me), hasattr(me, "late"))
bind_late()
print("late" in vars(me), "late" in dir(me), me.late)
del late
print("late" in vars(me), "late" in dir(me))
later = 1
print(public(vars(me)))
