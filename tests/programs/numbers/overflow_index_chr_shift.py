# Errors at the edges of the number types: float ** overflow args, operator.index's check of
# __index__'s result, chr() of ints past a C int, huge left shifts, itertools.count with complex.
import itertools
import math
import operator


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e.args, repr(e))


# A small generator of its own keeps the inputs fixed.
state = 2024


def next_value(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n


for i in range(12):
    base = 1.5 + next_value(90)
    power = 900 + next_value(9000)
    attempt(f"pow {base} {power}", lambda: base ** power)
    attempt(f"neg pow {base}", lambda: (-base) ** (power | 1))
    attempt(f"builtin pow {base}", lambda: pow(base, power))
attempt("2.0**5000", lambda: 2.0 ** 5000)
attempt("10.0**400", lambda: 10.0 ** 400)
attempt("math.pow", lambda: math.pow(10, 400))
attempt("math.exp", lambda: math.exp(1000))
attempt("small pow", lambda: 2.0 ** -5000)
try:
    2.0 ** 5000
except OverflowError as e:
    print(e.args[0] + 1, e.args[1].upper(), len(e.args), str(e))


class Half:
    def __index__(self):
        return 1.5


class Text:
    def __index__(self):
        return "7"


class Seven:
    def __index__(self):
        return 7


class Big:
    def __index__(self):
        return 2 ** 70


class MyInt(int):
    def __index__(self):
        return 99


for obj in [Half(), Text(), Seven(), Big(), MyInt(5), True, 12, -3, 2 ** 80, 3.0, "4", None]:
    attempt(f"index {type(obj).__name__}", lambda: operator.index(obj))
    attempt(f"index type {type(obj).__name__}", lambda: type(operator.index(obj)).__name__)

for n in [0, 65, 0x10FFFF, 0x110000, -1, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 40, -2 ** 40, 2 ** 52, 2 ** 63, 2 ** 100]:
    attempt(f"chr {n}", lambda: chr(n))

for k in [0, 1, 64, 1000]:
    attempt(f"1 << {k} bits", lambda: (1 << k).bit_length())
for k in [2 ** 40, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 100]:
    attempt(f"1 << {k}", lambda: 1 << k)
    attempt(f"-5 << {k}", lambda: -5 << k)
    attempt(f"0 << {k}", lambda: 0 << k)
    attempt(f"1 >> {k}", lambda: 1 >> k)
    attempt(f"-1 >> {k}", lambda: -1 >> k)
attempt("1 << -1", lambda: 1 << -1)

for start, step in [(1, 0.5j), (2j, 1), (1j, 1j), (0.5, 1 + 1j), (1, 2), (complex(1, -1), -0.25)]:
    counter = itertools.count(start, step)
    print(repr(counter), list(itertools.islice(counter, 4)), repr(counter))
attempt("count str", lambda: itertools.count("a"))
attempt("count step str", lambda: itertools.count(1, "b"))
