# A user iterator's `raise StopIteration` ends a loop; the same method called directly raises.
import sys


class Fields:
    def __init__(self, items):
        self.items = items
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        i = self.i
        if i >= len(self.items):
            raise StopIteration
        self.i = i + 1
        return self.items[i]


class Called(Fields):
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration()
        self.i += 1
        return self.items[self.i - 1] * 2


class WithValue(Fields):
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration("done", self.i)
        self.i += 1
        return self.items[self.i - 1]


class Doubled(Fields):
    # Delegates to the base method, which is called without the loop's ask and raises.
    def __next__(self):
        return super().__next__() * 10


class Guarded(Fields):
    # Raises inside a `try`: the handler and the `finally` must see the exception.
    log = []

    def __next__(self):
        try:
            if self.i >= len(self.items):
                raise StopIteration
        except StopIteration:
            Guarded.log.append("caught")
            raise
        finally:
            Guarded.log.append("finally")
        self.i += 1
        return self.items[self.i - 1]


class Recursive(Fields):
    # Calls itself directly: the inner call must raise, not return the loop's marker.
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        self.i += 1
        v = self.items[self.i - 1]
        if v is None:
            try:
                return self.__next__()
            except StopIteration:
                return "inner stop"
        return v


class Context(Fields):
    # A loop inside a handler: the StopIteration that ends it must not disturb what is handled.
    pass


def gen_over(it):
    yield from it
    yield "after"


def delegate(it):
    r = yield from it
    yield r


def main():
    print([t for t in Fields([1, 2, 3])])
    print(list(Called([1, 2])), tuple(WithValue("ab")), list(Doubled([1, 2])))
    print(sum(Fields([1, 2, 3])), sorted(Fields([3, 1, 2])), dict(zip(Fields("ab"), Fields([1, 2, 3]))))
    print(",".join(Fields(["x", "y"])), list(enumerate(Fields("pq"))), list(map(str, Fields([7, 8]))))
    print(2 in Fields([1, 2]), 5 in Fields([1, 2]), max(Fields([4, 9, 2])), min(Fields([4, 9, 2])))
    a, b = Fields([10, 20])
    print(a, b, [*Fields([1]), *Fields([])], set(Fields([1, 1, 2])))
    print(list(Guarded([1])), Guarded.log)
    print(list(Recursive([1, None, 2, None])))
    print(list(gen_over(Fields([5, 6]))), list(delegate(WithValue([1]))))
    print(list(x * 2 for x in Fields([1, 2])), any(Fields([0, 1])), all(Fields([1, 0])))

    it = Fields([1])
    print(next(it), next(it, "default"), next(Called([]), "dflt"))
    try:
        next(it)
    except StopIteration as e:
        print("next raised", repr(e), e.args, e.value, sys.exc_info()[0].__name__)
    try:
        it.__next__()
    except StopIteration as e:
        print("direct raised", repr(e), e.__context__)
    try:
        Fields([]).__next__(1)
    except TypeError as e:
        print(e)
    try:
        WithValue([]).__next__()
    except StopIteration as e:
        print("value", e.value, e.args)

    try:
        raise KeyError("outer")
    except KeyError:
        for t in Context([1, 2]):
            pass
        print("handled", repr(sys.exc_info()[1]))
        try:
            raise ValueError("inner")
        except ValueError as e:
            print(repr(e.__context__))

    n = 0
    for rnd in range(3000):
        for t in Fields([1, 2, 3]):
            n += t
    print(n)


main()
