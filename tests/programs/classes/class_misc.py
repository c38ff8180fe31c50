class Temp:
    count = 0
    def __init__(self, c):
        Temp.count += 1
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self):
        print("deleting")
        self._c = 0
    @staticmethod
    def info():
        return "Temp class"
    def __repr__(self):
        return f"Temp({self._c!r})"
t = Temp(100)
print(t.f, Temp.count); t.f = 32; print(t, t._c); del t.f; print(t)
print(Temp.info(), t.info(), Temp.f.__class__.__name__, isinstance(Temp.f, property))
class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in [Animal(), Dog(), Puppy()]:
    print(a.speak(), isinstance(a, Dog), issubclass(type(a), Animal))
print(issubclass(Puppy, (int, Dog)), Puppy.__mro__[-1], Dog.sound, Puppy.sound)
Dog.sound = "WOOF"
print(Puppy().speak())
p = Puppy(); p.sound = "yip"; print(p.speak(), Puppy.sound)
del p.sound; print(p.speak())
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __iter__(self):
        return iter(self._items[::-1])
    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items
s = Stack().push(1).push(2).push(3)
s[0] = 10; del s[1]
print(len(s), s[0], s[-1], s[:], list(s), s == Stack().push(10).push(3), s != Stack())
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
    def __bool__(self):
        return self.cents != 0
    def __int__(self):
        return self.cents
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
ms = [Money(500), Money(150), Money(0)]
print(sorted(ms), max(ms), min(ms), Money(1) > Money(0), Money(1) >= Money(1), [m for m in ms if m])
print(int(Money(7)), float(Money(250)), hex(Money(255)), [1, 2, 3][Money(1)], len({Money(1), Money(1)}))
import functools
@functools.total_ordering
class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
print(Ver(1, 2) > Ver(1, 1), Ver(1) >= Ver(1), Ver(0) <= Ver(1))
print(type(t) is Temp, type(t) == Temp, t.__class__.__name__, Temp.__name__, Temp.__module__, Temp.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner)[:30])
