# Seeded random values (dyadic fractions that land on exact ties, cents, wide magnitudes) through
# the float and int format fast paths, against CPython's correctly rounded digits.
import random
rnd = random.Random(1234)
specs = [",.2f", "*=12,.2f", ">012,.2f", "_.1f", ",.3e", ".0f", ".1f", ".2f", ".3f", ">10.2f", ".0e", ".1e", ".2e", ".3e", ">12.3e", ".1g", ".2g", ".3g", ".5g", "010.1f", ".2E", ".4F"]
out = []
for i in range(3000):
    kind = rnd.randrange(4)
    if kind == 0:
        x = rnd.randrange(1, 10 ** 6) / 2 ** rnd.randrange(0, 12)
    elif kind == 1:
        x = rnd.randrange(1, 10 ** 5) / 100
    elif kind == 2:
        x = rnd.random() * 10 ** rnd.randrange(-8, 25)
    else:
        x = (2 * rnd.randrange(0, 10 ** 4) + 1) * 5 ** rnd.randrange(0, 6) / 2 ** rnd.randrange(1, 10) / 10 ** rnd.randrange(0, 4)
    if rnd.random() < 0.3:
        x = -x
    s = specs[rnd.randrange(len(specs))]
    out.append(format(x, s))
    if i % 7 == 0:
        n = rnd.randrange(-10 ** 6, 10 ** 6)
        out.append(format(n, s))
        out.append(format(n, rnd.choice([",d", "012,d", ">8_d", "^9,", "*=10,d", "05d", ">6d"])))
print("\n".join(out))
