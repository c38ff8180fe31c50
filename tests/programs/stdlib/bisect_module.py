# bisect's searches and insertions: lo/hi bounds, key functions, comparison count, errors.
import bisect
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls += 1
        return self.v < o.v
    def __repr__(self): return f"K{self.v}"
a = [1, 2, 2, 2, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2, 2), bisect.bisect_left(a, 2, 2, 3), bisect.bisect_right(a, 2, hi=2), bisect.bisect_left(a, 9, 3, 6))
ks = [K(i) for i in (1, 3, 3, 7)]
print(bisect.bisect_left(ks, K(3)), bisect.bisect_right(ks, K(3)), K.calls)
recs = [("a", 1), ("b", 4), ("c", 4), ("d", 9)]
print(bisect.bisect_left(recs, 4, key=lambda r: r[1]), bisect.bisect_right(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ("e", 4), key=lambda r: r[1]); bisect.insort_left(recs, ("f", 4), key=lambda r: r[1])
print(recs)
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]: bisect.insort_left(b, x); bisect.insort_right(b, x * 10, lo=len(b) // 2)
print(b)
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.insort(a, 1, -2), lambda: bisect.bisect(a, "x"), lambda: bisect.bisect(None, 1), lambda: bisect.bisect([], 1, hi=None, key=5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect_left("abdf", "c"), bisect.bisect_right((1.0, 2.5, 2.5), 2.5), bisect.bisect([], 3), bisect.bisect(a, 3, 4, 2))
# insort finds the place before inserting: a target without a length fails on len(), one
# without insert() (a str, a tuple) only after the search.
for target in [None, 5, "abc", (1, 2), [0, 2]]:
    for name in ["insort", "insort_left", "insort_right"]:
        for extra in [{}, {"key": lambda v: v}, {"lo": 0, "hi": 0}]:
            try:
                print(name, getattr(bisect, name)(target, 1, **extra), target)
            except Exception as e:
                print(name, type(e).__name__, e)
