# Python names that are also JS globals the generated code relies on.
class Number:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Number({self.v})"


Math = {"pi": 3.14}
Array = [1, 2, 3]
Object = "object"
String = str
Symbol = None
Reflect = 5
globalThis = "global"
x = 7
y = 2.5
print(Number(x + 1), x * y, x // 2, x % 3, x / 2, -x, Array[1], Array[-1], Math["pi"])
Array[0] += 10
print(Array, Object, String(42), Symbol, Reflect + 1, globalThis, isinstance(Number(1), Number))


def f(Number, Math):
    return Number * 2 + Math[0]


print(f(3, [4]))
