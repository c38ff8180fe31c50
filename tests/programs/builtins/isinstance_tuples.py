# isinstance against a tuple of classes: plain classes answered directly, a metaclass with
# __instancecheck__ or a nested tuple through the general check, bad items as TypeError.
class A: pass
class B(A): pass
class M(type):
    def __instancecheck__(cls, x): return x == 42
class Odd(metaclass=M): pass
xs = [1, "a", 2.0, None, [1], (1,), True, B(), A(), {}]
for x in xs:
    print(isinstance(x, (int, float)), isinstance(x, (str, list)), isinstance(x, (A,)), isinstance(x, (tuple, dict, bool)), isinstance(x, (Odd, int)), isinstance(x, ()))
print(isinstance(42, (Odd,)), isinstance(42, (str, (Odd, list))))
try: isinstance(1, (int, 5))
except TypeError as e: print(e)
try: isinstance(1, (str, 5))
except TypeError as e: print(e)
