class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, K) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"K({self.k})"
d = {K(1): "a", K(2): "b"}
d[K(1)] = "c"
print(d, K(1) in d, K(3) in d, len({K(1), K(1), K(2)}))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
print(NoHash.__hash__)
class H(int):
    pass
print({H(1): 1, 1: 2, True: 3, 1.0: 4})
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class B:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Empty()), bool(Full()), bool(B()), not Empty(), "y" if Full() else "n")
print([x for x in [Empty(), Full(), B(), 0, "", "a"] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [a for a in Seq()])
it = iter(Seq())
print(next(it), next(it))
class C:
    def __contains__(self, x):
        return x == "magic"
print("magic" in C(), "other" in C(), "magic" not in C())
class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.suppress
with Ctx(True):
    raise ValueError("boom")
print("after suppressed")
try:
    with Ctx(False) as c:
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with Ctx(False) as a, Ctx(True) as b:
    print(a is not b)
