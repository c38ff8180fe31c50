# `n += 1` in a handler is quiet only while n is a number; here n is an object whose __add__
# fails, so the KeyError being handled is the context of the printed ValueError.
class Meter:
    def __add__(self, other):
        raise ValueError("meter overflow")


def count_missing(d, keys, n):
    for k in keys:
        try:
            d[k]
        except KeyError:
            n += 1
    return n


print(count_missing({}, "ab", 0))
count_missing({"a": 1}, "ab", Meter())
