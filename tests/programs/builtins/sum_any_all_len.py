print(len([1, 2, 3]), len("four"), len((1,)), len({"a": 1, "b": 2}), len({1, 2, 2}), len(range(5, 50, 5)), len(b"xyz"))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 0), sum(range(101)), sum([1, 2], 0.5))
print(any([False, 0, ""]), any([False, 1]), all([True, 1, "x"]), all([1, 0]), all([]), any([]))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc"))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
