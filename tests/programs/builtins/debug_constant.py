# __debug__ is True (no program runs optimised), in every scope.
print(__debug__, type(__debug__).__name__)
if __debug__:
    print("checks on")


def f():
    return __debug__ and "in a function"


class C:
    flag = __debug__


print(f(), C.flag, [__debug__ for _ in range(2)])
import builtins
print(builtins.__debug__)
