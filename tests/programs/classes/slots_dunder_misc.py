class Stack:
    def __init__(self, items=()):
        self._items = list(items)
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __iter__(self):
        return iter(reversed(self._items))
    def __repr__(self):
        return f"Stack({self._items})"
    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items
    def __add__(self, other):
        return Stack(self._items + other._items)
s = Stack([1, 2]).push(3).push(4)
print(s, len(s), list(s), bool(s), bool(Stack()))
print(s.pop(), s.pop(), s)
print(s + Stack([9]), s == Stack([1, 2]), s != Stack())
e = Stack()
try:
    e.pop()
except IndexError as err:
    print("IndexError:", err)
if not e:
    print("empty stack is falsy")
