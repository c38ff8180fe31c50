# Seeded sweeps over dates, times, durations and zones: arithmetic, ordinal and ISO round trips,
# ISO calendar, comparisons, offsets and strftime. One compact line per case.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR

state = [20240229]


def rnd(n):
    # 31-bit linear congruential generator; deterministic on every implementation.
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def pick(seq):
    return seq[rnd(len(seq))]


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


def rand_date():
    kind = rnd(4)
    if kind == 0:
        return date.fromordinal(1 + rnd(3652059))
    if kind == 1:
        return date(pick([1, 2, 99, 100, 400, 1582, 1900, 1970, 2000, 2024, 9998, 9999]), 1 + rnd(12), 1 + rnd(28))
    y = 1 + rnd(9999)
    m = 1 + rnd(12)
    try:
        return date(y, m, pick([1, 28, 29, 30, 31]))
    except ValueError:
        return date(y, m, 28)


def rand_time():
    return time(rnd(24), rnd(60), rnd(60), pick([0, 0, rnd(1000000), 999999, 500000, rnd(1000) * 1000]))


ZONES = [None, timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8), 'PST'),
         timezone(timedelta(minutes=-1)), timezone(timedelta(hours=23, minutes=59, seconds=59)),
         timezone(timedelta(seconds=-3723, microseconds=7)), timezone.min, timezone.max]


def rand_datetime():
    d = rand_date()
    t = rand_time()
    return datetime.combine(d, t, tzinfo=pick(ZONES))


def rand_delta():
    kind = rnd(5)
    if kind == 0:
        return timedelta(days=rnd(2000) - 1000, seconds=rnd(86400), microseconds=rnd(1000000))
    if kind == 1:
        return timedelta(hours=rnd(100) - 50, minutes=rnd(120) - 60, milliseconds=rnd(5000) - 2500)
    if kind == 2:
        return timedelta(days=(rnd(2000000) - 1000000) / 7.0, seconds=rnd(1000) / 3.0)
    if kind == 3:
        return timedelta(weeks=rnd(600000) - 300000, microseconds=rnd(10 ** 6) - 500000)
    return timedelta(microseconds=rnd(10 ** 9) - 5 * 10 ** 8)


print('-- dates')
for i in range(900):
    d = rand_date()
    o = d.toordinal()
    assert date.fromordinal(o) == d
    iso = d.isocalendar()
    back = date.fromisocalendar(*iso)
    row = (o, d.weekday(), d.isoweekday(), tuple(iso), back == d, d.isoformat(), date.fromisoformat(d.isoformat()) == d,
           d.timetuple().tm_yday, d.ctime())
    if i % 25 == 0:
        print(i, row)
    k = rnd(800) - 400
    print(d, k, show(lambda: d + timedelta(days=k)), show(lambda: d - timedelta(days=k * 9)), (d - date(2000, 1, 1)).days, end=' | ')
    e = rand_date()
    print(d < e, d == e, d >= e, (d - e).days)

print('-- iso weeks')
for y in [1, 2, 1999, 2004, 2009, 2015, 2020, 2026, 9998, 9999]:
    for w in [1, 52, 53]:
        print(y, w, show(lambda: date.fromisocalendar(y, w, 7)), show(lambda: date.fromisoformat('%04d-W%02d-%d' % (y, w, 1))),
              show(lambda: date.fromisoformat('%04dW%02d' % (y, w))))

print('-- timedeltas')
for i in range(700):
    a = rand_delta()
    b = rand_delta()
    n = rnd(7) - 3
    f = pick([0.5, 1.5, 2.25, -0.1, 1e-6, 3.0, 1 / 3])
    print(repr(a), str(a), a.total_seconds(), show(lambda: a + b), show(lambda: a - b), show(lambda: a * n),
          show(lambda: a * f), show(lambda: a / f), show(lambda: a / (n or 7)), show(lambda: a // (n or 3)),
          show(lambda: a / b if b else None), show(lambda: a // b if b else None), show(lambda: a % b if b else None),
          show(lambda: divmod(a, b) if b else None), a < b, a == b, abs(a) >= abs(b), -a, +a, bool(a))

print('-- float constructor rounding')
for i in range(400):
    parts = {}
    for name in ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks']:
        if rnd(3) == 0:
            parts[name] = pick([0.5, 1.5, -0.5, 2.5, 0.25, 1e-7, 3.3333, (rnd(2000) - 1000) / 16.0, rnd(100), -rnd(100)])
    print(sorted(parts.items()), show(lambda: timedelta(**parts)))

print('-- datetimes')
for i in range(700):
    x = rand_datetime()
    y = rand_datetime()
    dlt = rand_delta()
    line = [repr(x), str(x), x.isoformat(pick(['T', ' ', 'x'])), x.isoformat(timespec=pick(['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']))]
    line.append(datetime.fromisoformat(x.isoformat()) == x)
    line.append(repr(datetime.fromisoformat(x.isoformat())))
    line.append(show(lambda: x + dlt))
    line.append(show(lambda: x - dlt))
    line.append(show(lambda: x - y))
    line.append(show(lambda: x < y))
    line.append(show(lambda: x == y))
    line.append(show(lambda: x.utcoffset()))
    line.append(show(lambda: x.tzname()))
    line.append(show(lambda: x.timestamp() if x.tzinfo else None))
    line.append(show(lambda: x.astimezone(pick(ZONES[1:]))))
    line.append(show(lambda: x.utctimetuple()[:6]))
    line.append(show(lambda: tuple(x.timetuple())))
    line.append(x.timetz().isoformat())
    line.append(show(lambda: hash(x) == hash(x.astimezone(timezone.utc)) if x.tzinfo else hash(x) == hash(x.replace())))
    print(' '.join(str(p) for p in line))

print('-- strftime')
directives = ['%a', '%A', '%w', '%d', '%b', '%B', '%m', '%y', '%Y', '%H', '%I', '%p', '%M', '%S', '%f', '%z', '%Z',
              '%j', '%U', '%W', '%%', '%G', '%u', '%V', '%x', '%X', '%c']
for i in range(300):
    x = rand_datetime()
    if x.year < 1000:
        x = x.replace(year=x.year + 1000)
    fmt = '-'.join(pick(directives) for _ in range(6))
    print(fmt, '=>', x.strftime(fmt), '|', x.date().strftime(fmt), '|', x.timetz().strftime(fmt), '|', format(x, fmt))

print('-- times')
for i in range(500):
    t = rand_time().replace(tzinfo=pick(ZONES))
    u = rand_time().replace(tzinfo=pick(ZONES))
    print(repr(t), t, t.isoformat(pick(['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'])),
          show(lambda: time.fromisoformat(t.isoformat())), show(lambda: t < u), show(lambda: t == u),
          show(lambda: t.utcoffset()), show(lambda: t.tzname()))

print('-- zones')
for i in range(300):
    off = timedelta(seconds=rnd(172800) - 86400, microseconds=pick([0, 0, rnd(10 ** 6)]))
    name = pick([None, None, 'Zone', 'X%Y'])
    z = show(lambda: timezone(off) if name is None else timezone(off, name))
    print(repr(off), z, show(lambda: str(timezone(off))), show(lambda: datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone(off)).strftime('%z|%Z')))

print('-- iso strings')
ALPHA = '0123456789' * 3 + '-:T W.,+Z\u00e9'
for i in range(1600):
    base = pick(['2024-01-02T', '2024-W05-3T', '20240102T', '2024W053', '2024-01-02 ', '2024-W05', '', 'T', '1999-12-31'])
    s = base + ''.join(pick(ALPHA) for _ in range(rnd(14)))
    print(repr(s), show(lambda: datetime.fromisoformat(s)), show(lambda: time.fromisoformat(s)), show(lambda: date.fromisoformat(s)))

print('-- strptime round trips')
LAYOUTS = ['%Y-%m-%d %H:%M:%S.%f', '%d/%b/%Y:%I:%M:%S %p', '%A %d %B %Y', '%Y %j', '%Y %U %a', '%Y %W %w',
           '%G %V %u', '%y%m%d%H%M', '%c', '%x %X', '%Y-%m-%dT%H:%M:%S%z', '%Y %U %A %H', '%a %Y %W', '%G-W%V-%u %H']
for i in range(600):
    x = rand_datetime()
    if x.year < 1000:
        x = x.replace(year=x.year + 1000)
    layout = pick(LAYOUTS)
    text = x.strftime(layout)
    if rnd(4) == 0:
        text = text.upper() if rnd(2) else text.lower()
    print(layout, '|', text, '|', show(lambda: datetime.strptime(text, layout)))
for year in [1, 2, 1900, 1904, 2023, 2024, 9999]:
    for week in [0, 1, 52, 53]:
        for day in ['Sun', 'Mon', 'Sat']:
            print(year, week, day, show(lambda: datetime.strptime('%04d %02d %s' % (year, week, day), '%Y %U %a')),
                  show(lambda: datetime.strptime('%04d %02d %s' % (year, week, day), '%Y %W %a')),
                  show(lambda: datetime.strptime('%04d %02d %s' % (year, week, day), '%G %V %a')))
