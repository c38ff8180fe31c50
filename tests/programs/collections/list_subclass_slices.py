# Slices, slice assignment, in-place reversal by slices and iteration on lists, tuples and list
# subclasses that override __getitem__, __setitem__ and __iter__: only a plain list takes the
# direct paths.


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)

    def __iter__(self):
        print("iter")
        return list.__iter__(self)


class Quiet(list):
    pass


for make in (list, Logged, Quiet):
    a = make(range(8))
    print(make.__name__, a[2:5], a[::-2], a[5:1:-1])
    a[1:3] = [10, 11]
    k = 4
    a[:k + 1] = a[k::-1]
    print(list(a), type(a[1:3]).__name__)
    b = make([1, 2, 3])
    b[::2] = b[2::-2]
    print(list(b))
    c = make([1, 2, 3, 4])
    c[1:3] = c[1:3]
    c[:0] = [0]
    print(list(c), [x * 2 for x in c])
    try:
        c[::2] = [1]
    except ValueError as e:
        print("ValueError", e)

t = tuple(range(6))
print(t[1:4], t[::-1], type(t[1:2]).__name__)
x = [3, 1, 2]
y = Logged([9, 9, 9])
y[0:3] = x[::-1]
print(list(y), x + [4], Quiet([1]) + [2], type(Quiet([1]) + [2]).__name__)

# extend: a subclass is iterated (its __iter__ runs) unless it extends itself.
z = Logged([1, 2])
z.extend(z)
w = [0]
w.extend(z)
w += Logged([5])
print(list(z), w, list(Logged(z)))
