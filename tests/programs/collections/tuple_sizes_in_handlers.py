# Tuples of every small size (and a few large ones) made in the places where the runtime builds
# them differently: plain code, a try body, a with body, the body of a for over a generator or
# an iterator, a generator's own body; displays, tuple(), starred displays, slices, concatenation.
# Each is checked for its length, items, equality, hash, order and repr.


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 8


def describe(t):
    return (type(t).__name__, len(t), t[:3], t[-2:] if t else (), hash(t) == hash(tuple(list(t))))


def sizes_plain(n):
    out = []
    for k in range(n):
        t = tuple(range(k))
        out.append(describe(t))
    return out


def sizes_in_try(n):
    out = []
    for k in range(n):
        try:
            t = tuple(range(k))
            u = (*t, k)
            v = t + (k,)
            out.append((describe(t), u == v, len(u)))
        except ValueError as e:
            out.append(("ValueError", str(e)))
    return out


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def sizes_in_with(n):
    out = []
    for k in range(n):
        with Ctx():
            t = tuple(str(i) for i in range(k))
            out.append((len(t), t[:2], t == tuple(map(str, range(k)))))
    return out


def numbers_gen(n):
    for i in range(n):
        yield i


def sizes_in_for_over_generator(n):
    out = []
    for k in numbers_gen(n):
        pair = (k, k * k)
        triple = (k, (k, k), [k])
        big = tuple(range(k, k + 40))
        out.append((pair, triple[1], len(big), big[-1], pair < (k, k * k + 1), hash(pair) == hash((k, k * k))))
    return out


def sizes_in_for_over_iterator(n):
    out = []
    for i, v in zip(range(n), lcg(7)):
        t = (i, v % 100)
        out.append(t)
    out.sort(key=lambda p: (p[1], -p[0]))
    return out[:10]


def tuples_from_generator(n):
    for k in range(n):
        try:
            yield (k,) * (k % 5), tuple(range(k % 7))
        finally:
            pass


def big_tuples():
    t = tuple(range(100000))
    u = tuple(range(3))
    out = [len(t), t[-1], u, (1, 2) + u]
    for k in range(3):
        try:
            out.append((k, t[k]))
        except IndexError as e:
            out.append(str(e))
    return out


class Point(tuple):
    def __lt__(self, other):
        return "custom"


def subclass_paths():
    p = Point((1, 2))
    q = Point((1, 3))
    out = [type(p).__name__, p == (1, 2), p < q]
    for x in numbers_gen(2):
        try:
            out.append((type(Point((x,))).__name__, Point((x, x)) == (x, x)))
        except TypeError as e:
            out.append(str(e))
    return out


def heap_in_loop():
    import heapq
    heap = []
    for x, v in zip(numbers_gen(30), lcg(3)):
        heapq.heappush(heap, (v % 17, (x, -x)))
    return [heapq.heappop(heap) for _ in range(8)]


def main():
    for row in sizes_plain(36):
        print("plain", row)
    for row in sizes_in_try(36):
        print("try", row)
    for row in sizes_in_with(12):
        print("with", row)
    for row in sizes_in_for_over_generator(20):
        print("forgen", row)
    print("foriter", sizes_in_for_over_iterator(50))
    for a, b in tuples_from_generator(12):
        print("gen", a, b)
    print("big", big_tuples())
    print("sub", subclass_paths())
    print("heap", heap_in_loop())
    try:
        t = (1, 2)
        t[0] = 5
    except TypeError as e:
        print(type(e).__name__, e)
    print(repr(()), repr((1,)), repr(((),)), () == tuple(), len(tuple()))


main()
