# cmp_to_key: one shared KeyWrapper type, the left key's cmp decides, and CPython's errors.
import functools


def attempt(label, action):
    try:
        print(label, '->', action())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


def numeric(a, b):
    return (a > b) - (a < b)


calls = []


def logged(a, b):
    calls.append((a, b))
    return numeric(a, b)


K = functools.cmp_to_key(numeric)
L = functools.cmp_to_key(logged)
print(type(K).__name__, type(K).__module__, type(K(1)) is type(K), type(K) is type(L(2)), K.obj)
print(K(3) < L(4), L(3) < K(4), calls)
calls.clear()
print(L(1) == K(1), K(1) == L(2), calls)
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
for label, action in [('bare left', lambda: K(1) < K), ('bare right', lambda: K < K(1)),
                      ('rewrap', lambda: K(1)(2).obj), ('keyword', lambda: K(obj=5).obj),
                      ('keyword factory', lambda: functools.cmp_to_key(mycmp=numeric)(1).obj),
                      ('no factory arg', lambda: functools.cmp_to_key()), ('no arg', lambda: K()),
                      ('two args', lambda: K(1, 2)), ('pos and kw', lambda: K(1, obj=2)),
                      ('bad kw', lambda: K(x=1)), ('pos and bad kw', lambda: K(1, x=2)),
                      ('two kws', lambda: K(obj=1, x=2)), ('three', lambda: K(1, 2, 3)),
                      ('hash', lambda: hash(K(1))), ('vs int', lambda: K(1) < 3),
                      ('int vs', lambda: 3 < K(1)), ('eq int', lambda: K(1) == 3),
                      ('construct type', lambda: type(K)(numeric)),
                      ('in set', lambda: {K(1)})]:
    attempt(label, action)
key = K(3)
key.obj = 9
print(key.obj, key > K(4), key < K(10))
del key.obj
print(key.obj)
attempt('deleted', lambda: key < K(1))
print(K(1) == K(1), K(1) != K(2), K(1) <= K(1), K(2) >= K(3), K(5) > K(4))
halves = functools.cmp_to_key(lambda a, b: 0.5 if a > b else -2.5 if a < b else 0.0)
print(sorted([5, 2, 9, 1], key=halves), halves(1) < halves(2), halves(2) <= halves(2))

# Generated inputs: sorting with keys from separate cmp_to_key calls, min/max and bisect-like
# comparisons across the two, against the plain sort.
state = 11


def draw(limit):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % limit


reverse_key = functools.cmp_to_key(lambda a, b: numeric(b, a))
by_length = functools.cmp_to_key(lambda a, b: numeric(len(a), len(b)) or numeric(a, b))
for trial in range(25):
    data = [draw(50) for _ in range(draw(12))]
    words = ['w' * draw(4) + str(draw(20)) for _ in range(draw(8))]
    mixed = sorted([K(x) for x in data[:3]] + [L(x) for x in data[3:]])
    print(trial, sorted(data, key=K) == sorted(data), sorted(data, key=reverse_key),
          sorted(words, key=by_length), [k.obj for k in mixed] == sorted(data),
          max(data, key=K, default=None), min(data, key=reverse_key, default=None))
print(len(calls) > 0)
