# Exceptions as control flow (EAFP): reading loosely formatted records, where fields that are not
# numbers raise ValueError, lookups miss with KeyError or IndexError, a user iterator ends with
# StopIteration, optional attributes go through getattr with a default, and a validator deeper in
# the call stack raises its own exception class.


class Fields:
    """The fields of a record, one by one: `__next__` ends the loop by raising StopIteration."""

    def __init__(self, items):
        self.items = items
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        i = self.i
        if i >= len(self.items):
            raise StopIteration
        self.i = i + 1
        return self.items[i]


class BadRecord(Exception):
    pass


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, name, radius):
        Shape.__init__(self, name)
        self.radius = radius


def to_number(text):
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def validate(fields):
    if len(fields) < 3:
        raise BadRecord("short record")
    if fields[1] in ("", "n/a", "x"):
        raise BadRecord("no name: %r" % fields[1])


WORDS = ["red", "green", "blue", "x", "12", "3.5", "-7", "n/a", "", "0x1f", "4e3", "42"]


def make_records(n):
    # A linear congruential generator, so the records are the same everywhere.
    x = 2024
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 2 + (x >> 16) % 5
        y = x
        fields = ["k%d" % (x % 97)]
        for _ in range(k):
            fields.append(WORDS[y % 12])
            y //= 12
        out.append(",".join(fields))
    return out


def main():
    records = make_records(25_000)
    shapes = [Shape("s%d" % i) if i % 3 else Circle("c%d" % i, i) for i in range(30)]
    seen = {}
    totals = [0, 0.0, 0, 0, 0, 0, 0, 0]
    for rnd in range(3):
        for n, rec in enumerate(records):
            fields = rec.split(",")
            for tok in Fields(fields):
                v = to_number(tok)
                if v is None:
                    totals[2] += 1
                elif isinstance(v, int):
                    totals[0] += v
                else:
                    totals[1] += v
            key = fields[0]
            try:
                count = seen[key]
            except KeyError:
                count = 0
            seen[key] = count + 1
            try:
                extra = fields[5]
            except IndexError:
                extra = ""
            totals[3] += len(extra)
            try:
                pos = fields.index("x")
            except ValueError:
                pos = -1
            totals[4] += pos
            shape = shapes[n % 30]
            radius = getattr(shape, "radius", None)
            if radius is not None:
                totals[5] += radius
            if n % 7 == 0:
                try:
                    validate(fields)
                except BadRecord as e:
                    totals[6] += len(str(e))
    for k in sorted(seen)[:5]:
        print(k, seen[k])
    print(totals[0], round(totals[1], 3), totals[2], totals[3], totals[4], totals[5], totals[6])


main()
