# random: subclasses that supply only random() drive the integer methods through it, and
# seed(version=1) hashes str and bytes the old deterministic way.
import random


class Half(random.Random):
    def random(self):
        return 0.5


half = Half(5)
print(half.choice('abc'), half.randint(1, 6), half.randrange(10), half.sample(range(10), 3))


class Lcg(random.Random):
    def __init__(self, seed):
        self.state = seed
        super().__init__(seed)

    def random(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 11) / 2 ** 53


lcg = Lcg(42)
print([lcg.randrange(1000) for _ in range(8)], lcg.sample(range(100), 5), lcg.choice(range(7)))
cards = list(range(20))
lcg.shuffle(cards)
print(cards, lcg.randint(-5, 5), lcg.randrange(0, 100, 7), lcg.choices('xyz', k=4))


class Bits(random.Random):
    def random(self):
        return 0.25

    def getrandbits(self, k):
        return 1 if k < 3 else 2


bits = Bits(1)
print(bits.randrange(10), bits.randrange(2), bits.choice('pqrs'))


class Inherits(Lcg):
    pass


class OwnBelow(random.Random):
    def _randbelow(self, n):
        return n - 1

    def random(self):
        return 0.0


inherits = Inherits(7)
print(inherits.randrange(50), Inherits._randbelow is random.Random._randbelow_without_getrandbits,
      Bits._randbelow is random.Random._randbelow_with_getrandbits)
print(OwnBelow().choice('xyz'), Half._randbelow.__name__, random.Random._randbelow.__name__,
      random.SystemRandom._randbelow.__name__)
for seed in [-1.5, 2.5, -3, 0.0, -0.0, float('inf'), -2 ** 70, 1e300, -1e-300]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(10 ** 6))
for seed in ['abc', b'abc', '', 'h\xe9llo', bytearray(b'ab'), 7, -7, 'a' * 50, '\U0001f600', b'\xff\x00']:
    try:
        random.seed(seed, version=1)
        print(repr(seed), random.random(), random.randrange(10 ** 9))
    except Exception as e:
        print(type(e).__name__, e)
generator = random.Random()
for text in ['spam', 'eggs', 'x' * 300]:
    generator.seed(text, version=1)
    first = generator.random()
    generator.seed(text.encode('latin-1'), version=1)
    print(text[:8], first, first == generator.random())
