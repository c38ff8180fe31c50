# csv.Sniffer on generated samples: delimiter, quote, doubled quotes, spaces after delimiters, restricted delimiters and has_header's vote.
import csv, random
rng = random.Random(5)
def sample():
    delim = rng.choice([',', ';', '\t', '|', ' ', ':'])
    quote = rng.choice(['"', "'", None])
    rows = []
    cols = rng.randrange(1, 6)
    header = rng.random() < 0.5
    for r in range(rng.randrange(1, 30)):
        fields = []
        for c in range(cols if rng.random() < 0.9 else rng.randrange(1, 7)):
            if header and r == 0:
                v = rng.choice(['name', 'id', 'price', 'x y', 'when'])
            else:
                v = rng.choice([str(rng.randrange(1000)), f"{rng.random():.3f}", 'abc', 'a b', 'x' * rng.randrange(1, 5), '', '1e5', 'it''s', 'say "hi"'])
            if quote and (rng.random() < 0.3 or delim in v):
                v = quote + v.replace(quote, quote * 2) + quote
            fields.append(v)
        sep = delim + (' ' if rng.random() < 0.2 else '')
        rows.append(sep.join(fields))
    return '\n'.join(rows) + ('\n' if rng.random() < 0.5 else '')
sn = csv.Sniffer()
for i in range(120):
    s = sample()
    try:
        d = sn.sniff(s)
        out = (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace)
    except csv.Error as e:
        out = ('Error', str(e))
    try:
        h = sn.has_header(s)
    except Exception as e:
        h = type(e).__name__
    try:
        d2 = sn.sniff(s, delimiters=';,')
        out2 = (d2.delimiter, d2.skipinitialspace)
    except csv.Error as e:
        out2 = 'Error'
    print(i, repr(out), h, out2)
