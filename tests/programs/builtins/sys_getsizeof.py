# sys.getsizeof of the objects whose size CPython's layout fixes: None, bool, int, float, complex,
# str by its widest character, bytes, tuple, range.
import sys
for x in [None, True, False, 0, 1, -1, 2**30 - 1, 2**30, 2**60, -5, 10**100, -(10**40), 1.5, 0.0, 1j, "", "a", "abc", "é", "éa", "ā", "āb", "😀", "😀a", "a" * 1000, b"", b"ab", (), (1,), (1, 2, 3), range(3), range(0, 10**30)]:
    print(repr(x)[:12], sys.getsizeof(x))
