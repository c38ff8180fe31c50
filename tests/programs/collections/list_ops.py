a = [5, 3, 8, 1]
a.append(7); a.extend((2, 2)); a.insert(0, 9); a.insert(-1, 4); a.insert(100, 0)
print(a, a.count(2), a.index(8), a.pop(), a.pop(0), a)
a.remove(2); a.sort(); print(a); a.sort(reverse=True); print(a); a.reverse(); print(a)
try:
    a.remove(99)
except ValueError as e:
    print(e)
try:
    a.index(99)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    a[100]
except IndexError as e:
    print(e)
try:
    a[100] = 1
except IndexError as e:
    print(e)
b = list(range(10))
b[2:5] = ["x"]; print(b)
b[::2] = "ABCDE"[: len(b[::2])]; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
del b[1::3]; print(b)
b[:0] = [0, 0]; print(b)
b[len(b):] = [99]; print(b)
c = [1, 2] * 3; c *= 2; print(c, [] * 5, [[]] * 2)
print([1, 2] + [3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, [2]] == [1, [2]])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), min(pairs), max(pairs, key=lambda p: p[1]))
t = (1, 2, 3)
print(t[1:], t[::-1], t + (4,), t * 2, t.index(2), t.count(1), (1,) * 0, tuple("ab"), tuple([1]) == (1,))
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(len([]), list("abc"), list({1: 2}), list((1, 2)), [x for x in (1, 2)], a.copy() is not a, a.clear(), a)
nested = [[3, 2], [1]]
nested.sort(); print(nested, sorted([[1, 2], [1], []]))
import copy
deep = [[1, [2]], {"k": [3]}]
dc = copy.deepcopy(deep); sc = copy.copy(deep)
dc[0][1].append(9); sc[1]["k"].append(4)
print(deep, dc, sc)
print(list(reversed([])), [1, 2, 3][-1:-4:-1], [1, 2, 3][5:1], "".join(reversed("abc")))
s = [3, 1, 2]
print(s.sort() is None, sorted(s, reverse=True), s)
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0], [[j for j in range(i)] for i in range(4)])
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)], sum(m, []), any([]), all([]), any(x > 5 for x in [1, 9]))
