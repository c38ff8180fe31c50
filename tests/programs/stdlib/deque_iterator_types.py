# deque iterators: their types, length hints, and what each kind of change to the deque does
# to a running iterator (forward and reversed).
import operator
from collections import deque
ops = [('rotate', lambda d: d.rotate(1)), ('reverse', lambda d: d.reverse()), ('setitem', lambda d: d.__setitem__(0, 'X')),
       ('append', lambda d: d.append(9)), ('appendleft', lambda d: d.appendleft(9)), ('pop', lambda d: d.pop()), ('popleft', lambda d: d.popleft()),
       ('clear', lambda d: d.clear()), ('extend0', lambda d: d.extend([])), ('remove', lambda d: d.remove(3)), ('insert', lambda d: d.insert(1, 7)),
       ('delitem', lambda d: d.__delitem__(1)), ('iadd', lambda d: d.__iadd__([1])), ('imul1', lambda d: d.__imul__(1)), ('imul2', lambda d: d.__imul__(2)), ('rotate0', lambda d: d.rotate(0))]
for rev in (False, True):
    for name, op in ops:
        d = deque([1, 2, 3, 4, 5])
        it = reversed(d) if rev else iter(d)
        got = [next(it)]
        op(d)
        try:
            got.extend(it)
            print(rev, name, got)
        except RuntimeError as e:
            print(rev, name, got, 'RuntimeError', e)
        try: print(next(it))
        except StopIteration: print('stop')
        except RuntimeError as e: print('again', e)
d = deque(range(3)); it = iter(d); print(list(it)); d.append(1)
try: next(it)
except RuntimeError as e: print('after end', e)
except StopIteration: print('stop after end')
d = deque(maxlen=3); d.extend(range(3)); it = iter(d); next(it); d.append(7)
try: print(list(it))
except RuntimeError as e: print('maxlen', e)

d = deque([1, 2, 3])
for x in (iter(d), reversed(d)):
    t = type(x)
    print(t, t.__name__, t.__qualname__, t.__module__, iter(x) is x, next(x), list(x))
print(type(iter(deque())) is type(iter(d)), type(reversed(deque())) is type(reversed(d)))
for size in range(0, 7):
    for start in range(0, 3):
        d = deque(range(size))
        for _ in range(start):
            d.appendleft(-1)
            d.popleft()
        fwd, back = iter(d), reversed(d)
        hints = [operator.length_hint(fwd), operator.length_hint(back)]
        taken = [next(fwd, None), next(back, None)]
        hints += [fwd.__length_hint__(), back.__length_hint__()]
        d.reverse()
        print(size, start, hints, taken, list(fwd), list(back))
