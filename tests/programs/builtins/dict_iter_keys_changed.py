# Deleting and re-adding keys while iterating a dict: CPython counts the items it still expects,
# so a key that comes back is "dictionary keys changed during iteration" instead of a new item.
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k] = d.pop(k).upper()
except RuntimeError as e:
    print(e)
print(d)


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (2 ** 31)
        yield state


gen = lcg(3)
for trial in range(12):
    n = 1 + next(gen) % 6
    d = {i: i * i for i in range(n)}
    which = next(gen) % n
    seen = []
    view = [d, d.values(), d.items()][trial % 3]
    try:
        for x in view:
            seen.append(x)
            if len(seen) == 1:
                d[which] = d.pop(which)
    except RuntimeError as e:
        seen.append(str(e))
    print(trial, n, which, seen, list(d))

# Replacing a value only is fine; so is deleting then re-adding a different key's slot count.
d = dict.fromkeys("abc", 0)
for k in d:
    d[k] += 1
print(d)

# A size change is still reported as such, and stays reported.
d = {1: 1}
it = iter(d)
d[2] = 2
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)

# Once the keys-changed error is raised, the iterator is exhausted.
d = {1: 1, 2: 2}
it = iter(d)
print(next(it), it.__length_hint__())
d[3] = d.pop(1)
d[1] = d.pop(2)
print(it.__length_hint__())
try:
    print(next(it))
    print(next(it))
except RuntimeError as e:
    print(e)
print(list(it), d)

lens = []
d = {i: i for i in range(5)}
it = iter(d.items())
for _ in range(5):
    lens.append(it.__length_hint__())
    next(it)
lens.append(it.__length_hint__())
print(lens)
