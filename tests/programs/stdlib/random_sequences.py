# random with a seed gives CPython's exact sequences: the Mersenne Twister, its seeding from
# ints, strings and bytes, and each method's way of drawing from it.
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)], [random.randrange(10) for _ in range(5)], random.randrange(0, 100, 7))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.choice('abcdef'), random.choice([10, 20, 30]), random.sample(range(100), 5), random.sample('abcdefg', 3))
print(random.uniform(1, 10), random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(0, 1), random.getrandbits(64), random.getrandbits(3))
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4), random.choices('xy', cum_weights=[1, 5], k=3))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.expovariate(1.5), random.gammavariate(2, 1), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.randbytes(5) if hasattr(random, 'randbytes') else '')
for seed in [0, 1, -1, 2 ** 40, 2 ** 100 + 7, 'hello', b'bytes', 3.5, True]:
    random.seed(seed)
    print(repr(seed)[:12], random.random(), random.randint(0, 10 ** 12), random.randrange(2 ** 70))
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice(range(1000)), r.sample([1, 2, 3, 4], k=4))
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
r2 = random.Random('seed string')
print(r2.random(), r2.getrandbits(100), r2.randrange(-50, 50), r2.sample(range(10 ** 9), 3))
random.seed(7)
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:8], random.sample(deck, 2), random.sample(set(range(5)), 2) if False else '')
random.seed(99, version=1) if False else random.seed(99)
print(random.random(), [random.randint(-5, 5) for _ in range(8)], random.choice(range(7, 70, 7)))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0), lambda: random.randrange(1, 5, 0), lambda: random.randrange(2.5), lambda: random.randrange(10, step=1), lambda: random.randrange(0, 5.5), lambda: random.randrange("a")]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(3)
print(random.randrange(10.0), random.randrange(2, 20.0, 3.0))
