# Every Random method over many seeds: the values must match CPython's draw for draw.
import random


def seeds():
    # a fixed linear congruential walk gives varied int seeds, plus some str/bytes/float ones
    state = 12345
    out = []
    for _ in range(12):
        state = (state * 1103515245 + 12345) % (2 ** 31)
        out.append(state)
    return out + [0, 1, -7, 2 ** 64 + 3, 'seed text', b'raw', 3.75]


def fmt(x):
    return repr(round(x, 9)) if isinstance(x, float) else repr(x)


for s in seeds():
    r = random.Random(s)
    row = []
    row.append(fmt(r.random()))
    row.append(fmt(r.uniform(-3, 8)))
    row.append(fmt(r.triangular()))
    row.append(fmt(r.triangular(2, 10, 3)))
    row.append(fmt(r.triangular(5, 5)))
    row.append(fmt(r.normalvariate(1, 2)))
    row.append(fmt(r.gauss(0, 1)))
    row.append(fmt(r.gauss(10, 0.5)))
    row.append(fmt(r.gauss()))
    row.append(fmt(r.lognormvariate(0, 0.25)))
    row.append(fmt(r.expovariate(1.5)))
    row.append(fmt(r.vonmisesvariate(1.0, 4.0)))
    row.append(fmt(r.vonmisesvariate(0.0, 1e-9)))
    row.append(fmt(r.gammavariate(0.5, 2.0)))
    row.append(fmt(r.gammavariate(1.0, 3.0)))
    row.append(fmt(r.gammavariate(4.5, 1.5)))
    row.append(fmt(r.betavariate(2.0, 5.0)))
    row.append(fmt(r.betavariate(0.3, 0.3)))
    row.append(fmt(r.paretovariate(3.0)))
    row.append(fmt(r.weibullvariate(1.0, 1.5)))
    print(s, ' '.join(row))
    ints = [r.randrange(100), r.randrange(-50, 50), r.randrange(0, 100, 7), r.randrange(100, 0, -3),
            r.randint(1, 6), r.randint(-10 ** 20, 10 ** 20), r.getrandbits(1), r.getrandbits(31),
            r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), r.randbytes(5).hex()]
    print('  ints', ints)
    deck = list(range(15))
    r.shuffle(deck)
    print('  shuffle', deck)
    print('  choice', r.choice('abcdefghij'), r.choice(range(1000)))
    print('  sample', r.sample(range(30), 7), r.sample(range(10 ** 6), 6), r.sample('abcdef', 6))
    print('  sample k0', r.sample([1, 2, 3], 0), r.sample(range(400), 30)[:5])
    print('  counts', r.sample(['red', 'blue', 'green'], 5, counts=[4, 2, 1]))
    print('  choices', r.choices('xyz', k=5), r.choices(range(10), [1, 0, 0, 5, 0, 0, 0, 0, 0, 1], k=6))
    print('  cum', r.choices('abcd', cum_weights=[1, 1.5, 4, 10], k=6))
    state = r.getstate()
    first = [r.gauss() for _ in range(3)]
    r.setstate(state)
    print('  state', first == [r.gauss() for _ in range(3)])

errors = [
    lambda r: r.randrange(10, 2),
    lambda r: r.randrange(0, 10, 0),
    lambda r: r.randrange(5, 10, -1),
    lambda r: r.randrange(3, step=2),
    lambda r: r.randrange(-2),
    lambda r: r.choice(()),
    lambda r: r.sample(range(3), 4),
    lambda r: r.sample(range(3), -1),
    lambda r: r.sample({1, 2, 3}, 2),
    lambda r: r.sample([1, 2], 1, counts=[1]),
    lambda r: r.sample([1, 2], 1, counts=[1.0, 2.0]),
    lambda r: r.sample([1, 2], 1, counts=[0, 0]),
    lambda r: r.choices('ab', [1, 2], cum_weights=[1, 3]),
    lambda r: r.choices('ab', [1]),
    lambda r: r.choices('ab', [0, 0]),
    lambda r: r.choices('ab', [1, float('inf')]),
    lambda r: r.choices('ab', 3),
    lambda r: r.gammavariate(0, 1),
    lambda r: r.gammavariate(1, -1),
    lambda r: r.getrandbits(-1),
]
r = random.Random(99)
for i, bad in enumerate(errors):
    try:
        print(i, bad(r))
    except Exception as e:
        print(i, type(e).__name__, e)
print('after errors', r.random())
