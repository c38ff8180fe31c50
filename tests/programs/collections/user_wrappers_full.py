# UserDict, UserList and UserString with CPython's full method sets: the Mapping and Sequence
# mixins (KeysView reprs, pop/popitem/setdefault, iteration through __getitem__), | and |=,
# and every str method on UserString.
from collections import UserDict, UserList, UserString
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence
import copy


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = Lower(A=1)
d["B"] = 2
d.update({"C": 3}, D=4)
d.update([("E", 5)])
print(d, d.keys(), d.items(), d.values(), list(d.items()))
print(d | {"X": 9}, type(d | {"x": 1}).__name__, {"z": 0} | d, type({"z": 0} | d).__name__)
d |= {"F": 6}
print(d, d.get("a"), d.get("zz", "dflt"), "a" in d, len(d))
print(d.pop("a"), d.pop("nope", None), d.popitem(), d.setdefault("g", 7), d.setdefault("b", 0))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(d == {"b": 2, "c": 3, "d": 4, "e": 5, "g": 7}, d == UserDict(d.data), d != 3, d.copy(), type(d.copy()).__name__)
print(Lower.fromkeys("ab", 0), isinstance(d, Mapping), isinstance(d, MutableMapping), copy.copy(d))
d.clear()
print(d, bool(d))
try:
    UserDict().popitem()
except KeyError as e:
    print("KeyError", repr(e))


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
try:
    hash(UserDict())
except TypeError as e:
    print(e)


class Doubling(UserList):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return super().__getitem__(i)
        return self.data[i] * 2


ul = Doubling([1, 2, 3])
print(list(ul), list(reversed(ul)), ul[0], ul[1:], [x for x in ul], 2 in ul, sorted(ul))
plain = UserList([3, 1, 2])
print([5] + plain, plain + (9,), type([5] + plain).__name__, plain * 2, 2 * plain, isinstance(plain, MutableSequence))
plain *= 2
plain += "ab"
print(plain, plain.count(3), plain.index(2), plain.pop(), copy.copy(plain), plain == [3, 1, 2, 3, 1, 2, "a"])
print(UserList([1, 2]) < [1, 3], UserList() == UserList([]), UserList((1, 2)))

s = UserString("Hello, World")
print(s.split(", "), s.strip("Hd"), s.replace("l", "L", 2), s.startswith("He"), s.endswith(("x", "d")))
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.upper(), s.lower(), s.title(), s.swapcase())
print(s.center(20, "*"), s.ljust(15, "."), s.rjust(15), s.zfill(15), s.partition(", "), s.rpartition("o"))
print(s.isalpha(), UserString("123").isdigit(), s.encode(), s.casefold(), s.expandtabs(), s.removeprefix("Hell"))
print(s + "!", "<" + s, s * 2, s[::-1], s[0], len(s), "World" in s, UserString("%s-%d") % ("a", 1))
print(int(UserString("42")), float(UserString("1.5")), UserString(3.0), UserString("b") > "a", hash(UserString("x")) == hash("x"))
print(list(reversed(UserString("abc"))), type(s[1:3]).__name__, s.join(["<", ">"]), UserString(" a b ").split(), s.splitlines())
print(UserString("x{}y").format(1), s.translate(str.maketrans("lo", "01")), isinstance(s, Sequence), sorted(UserString("cab")))
