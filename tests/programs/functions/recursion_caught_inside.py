# RecursionError caught by the recursing function itself, at the bottom of the stack, where
# building the exception has almost no stack left.
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(depth(0) > 900)

class Node:
    def __init__(self):
        self.child = self
    def walk(self, seen):
        try:
            return self.child.walk(seen + 1)
        except RecursionError:
            return "deep"

print(Node().walk(0))

def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        raise ValueError("too deep") from None

try:
    guarded(0)
except ValueError as e:
    print("ValueError", e, e.__cause__, e.__suppress_context__)

def compact(n):
    try: return compact(n + 1)
    except RecursionError: return n

print(compact(0) > 900)
