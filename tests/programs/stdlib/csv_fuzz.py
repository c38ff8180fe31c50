import csv
import io
import random

rng = random.Random(11)
ALPHABET = ['a', 'b', '1', '2.5', ',', ';', '"', "'", '\\', ' ', '\r', '\n', '\r\n', '\t', 'é', '']
DIALECTS = [
    {},
    {'delimiter': ';'},
    {'quoting': csv.QUOTE_ALL},
    {'quoting': csv.QUOTE_NONNUMERIC},
    {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
    {'quoting': csv.QUOTE_NONE},
    {'escapechar': '\\'},
    {'escapechar': '\\', 'doublequote': False},
    {'doublequote': False},
    {'skipinitialspace': True},
    {'strict': True},
    {'quotechar': "'", 'delimiter': '\t'},
    {'lineterminator': '\n'},
    {'lineterminator': ';'},
    {'quotechar': None},
]


def show(f):
    try:
        return repr(f())
    except csv.Error as e:
        return 'Error: %s' % e
    except ValueError as e:
        return 'ValueError: %s' % e


def read_all(lines, kw):
    r = csv.reader(lines, **kw)
    rows = []
    try:
        for row in r:
            rows.append(row)
    except csv.Error as e:
        rows.append('Error: %s (line %d)' % (e, r.line_num))
    except ValueError as e:
        rows.append('ValueError: %s' % e)
    return rows


print('--- parse fuzz')
for case in range(300):
    kw = rng.choice(DIALECTS)
    text = ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(12)))
    lines = text.splitlines(True)
    print(case, repr(text), kw, read_all(lines, kw))

print('--- write fuzz')
for case in range(200):
    kw = rng.choice(DIALECTS)
    row = []
    for _ in range(rng.randrange(4)):
        k = rng.randrange(5)
        if k == 0:
            row.append(rng.randrange(-100, 100))
        elif k == 1:
            row.append(rng.choice([None, 1.5, True]))
        else:
            row.append(''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(4))))
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    try:
        n = w.writerow(row)
        back = read_all(buf.getvalue().splitlines(True), kw)
        print(case, kw, repr(row), repr(buf.getvalue()), n, back)
    except csv.Error as e:
        print(case, kw, repr(row), 'Error:', e)
