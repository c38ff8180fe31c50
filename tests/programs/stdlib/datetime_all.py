import datetime
from datetime import date, time, timedelta, timezone, datetime as DT

# timedelta: normalisation, reprs, str, arithmetic
for td in [timedelta(), timedelta(days=1, seconds=3600), timedelta(hours=-1), timedelta(microseconds=1),
           timedelta(weeks=2, days=-3, minutes=90, milliseconds=1500), timedelta(days=-1, seconds=1),
           timedelta(seconds=86399.9999996), timedelta(days=999999999), timedelta(hours=1.5), timedelta(days=0.1)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(days=3, hours=5), timedelta(hours=7, microseconds=3)
print(a + b, a - b, b - a, -a, abs(-a), a * 3, 3 * a, a * 0.5, a / 2, a / b, a // b, a % b, divmod(a, b), a // 7)
print(a == b, a < b, a > b, a != b, a == timedelta(hours=77), hash(a) == hash(timedelta(hours=77)), bool(timedelta()))
print(timedelta.min, timedelta.max, timedelta.resolution)
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print('OverflowError', e)

# date
d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), d.isocalendar()[0])
print(d.isoformat(), d.ctime(), d.timetuple())
print(date.fromordinal(738945), date.fromordinal(1), date.fromisoformat('2021-12-31'), date.fromisocalendar(2020, 53, 7))
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d.replace(year=2023, day=28), d.replace(month=3), date.min, date.max, date.resolution)
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2025, 1, 1), sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
for args in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1), (2024, 1, 32)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    d.replace(year=2023)
except ValueError as e:
    print('ValueError', e)
for y in [1, 1900, 1999, 2000, 2001, 2020, 2024, 9999]:
    dd = date(y, 12, 31)
    print(y, dd.toordinal(), dd.weekday(), dd.isocalendar()[1], dd.strftime('%j %a %A %b %B %y %Y %m %d'), date.fromordinal(dd.toordinal()) == dd)

# time
t = time(13, 5, 9, 123456)
print(repr(t), t, t.isoformat(), t.isoformat('minutes'), t.isoformat('milliseconds'), repr(time()), time(1, 2), time(23, 59, 59, 5))
print(time.fromisoformat('04:23:01.000384'), time.fromisoformat('04:23'), repr(time.fromisoformat('04:23:01+04:00')))
print(t.replace(hour=1), t < time(14), t == time(13, 5, 9, 123456), t.strftime('%H:%M:%S.%f %p %I'), time(0).strftime('%p %I'))
print(repr(time(1, 2, tzinfo=timezone.utc)), time(1, 2, tzinfo=timezone(timedelta(hours=-5, minutes=-30))))

# datetime
x = DT(2024, 1, 2, 3, 4, 5)
print(repr(x), x, repr(DT(2024, 1, 2)), repr(DT(2024, 1, 2, 3, 4, 5, 6)), DT(2024, 1, 2, 3, 4, 5, 6))
print(x + timedelta(days=1, seconds=3600), x - timedelta(hours=4), x - DT(2020, 1, 1), DT(2020, 1, 1) - x)
print(x.date(), x.time(), DT.combine(date(2020, 5, 17), time(8, 30)), x.replace(microsecond=7, minute=0))
print(x.isoformat(), x.isoformat(' '), x.isoformat(timespec='hours'), x.isoformat(timespec='microseconds'))
print(x.strftime('%Y %m %d %H %M %S %f %a %A %b %B %j %p %y %%'), DT(2024, 7, 4, 15, 0).strftime('%I:%M %p on %A, %B %d'))
print(format(x, '%d/%m/%Y'), '{:%H-%M}'.format(x), f'{x:%Y}', format(x), format(d, ''))
print(x.weekday(), x.isoweekday(), x.toordinal(), x.timetuple(), x.ctime())
for s in ['2024-01-02', '2024-01-02T03:04', '2024-01-02 03:04:05.5', '2024-01-02T03:04:05.123456',
          '2024-01-02T03:04:05+01:00', '2024-01-02T03:04:05.123-05:30', '2024-01-02T03:04:05Z', '20240102T030405']:
    v = DT.fromisoformat(s)
    print(s, '->', repr(v), v, v.utcoffset())
for s in ['2024-13-01', 'nope', '2024-01-02T25:00']:
    try:
        DT.fromisoformat(s)
    except ValueError as e:
        print('ValueError', e)
print(DT.fromordinal(700000), DT.min, DT.max)
print(x == DT(2024, 1, 2, 3, 4, 5), x < DT(2024, 1, 2, 3, 4, 6), x > DT(2023, 12, 31), x == date(2024, 1, 2))
try:
    x < date(2024, 1, 2)
except TypeError as e:
    print('TypeError', e)
print(sorted([DT(2020, 1, 1, 12), DT(2020, 1, 1, 6), DT(2019, 5, 5)]))
print({DT(2020, 1, 1): 1}[DT(2020, 1, 1)], len({DT(2020, 1, 1), DT(2020, 1, 1, 0, 0)}))

# timezone and timestamps
u = DT(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
print(repr(u), u, u.timestamp(), u.utcoffset(), u.tzname(), repr(timezone.utc), timezone.utc)
tz = timezone(timedelta(hours=5, minutes=30))
tz2 = timezone(timedelta(hours=-8), 'PST')
print(repr(tz), tz, repr(tz2), tz2, u.astimezone(tz), u.astimezone(tz2), u.astimezone(tz).tzname())
print(u == u.astimezone(tz), u - u.astimezone(tz2), u.astimezone(tz2).isoformat())
print(DT.fromtimestamp(0, timezone.utc), DT.fromtimestamp(1700000000.25, tz=timezone.utc), DT.utcfromtimestamp(86400 * 365.25))
print(DT(1970, 1, 1, tzinfo=timezone.utc).timestamp(), DT(2000, 1, 1, 12, tzinfo=tz).timestamp(), DT.fromtimestamp(1e9, tz2))
print(u.replace(tzinfo=None), u.strftime('%Y-%m-%d %H:%M:%S %z %Z'), DT(2024, 1, 2).strftime('[%z][%Z]'))
try:
    u < DT(2024, 1, 2)
except TypeError as e:
    print('TypeError', e)
print(u == DT(2024, 1, 2, 3, 4, 5))
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print('ValueError', e)


# now/today exist and are consistent (values not printed)
n = DT.now()
print(type(n).__name__, type(date.today()).__name__, type(DT.utcnow()).__name__, abs(DT.now() - n) < timedelta(seconds=5))
print(isinstance(x, date), issubclass(DT, date), datetime.MINYEAR, datetime.MAXYEAR, datetime.date is date)

# tzinfo subclasses, errors of the C module
class Fixed(datetime.tzinfo):
    def __init__(self, h):
        self.h = h
    def utcoffset(self, dt):
        return timedelta(hours=self.h)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'F%+d' % self.h
f = DT(2024, 6, 1, 12, tzinfo=Fixed(2))
print(f, f.utcoffset(), f.tzname(), f.dst(), f.astimezone(timezone.utc), f.timetuple().tm_isdst, f.utctimetuple())
for bad in [Fixed(30)]:
    try:
        DT(2024, 1, 1, tzinfo=bad).utcoffset()
    except ValueError as e:
        print('ValueError', e)
for args in [(24, 0), (0, 60), (0, 0, 60), (0, 0, 0, 1000000)]:
    try:
        time(*args)
    except ValueError as e:
        print('ValueError', e)
for bad in [
            lambda: date('2020')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class MyDate(date):
    pass
m = MyDate(2020, 1, 1)
print(repr(m), m + timedelta(1), type(m.replace(day=5)).__name__, MyDate.fromordinal(5), MyDate.today().__class__.__name__)
naive = DT(2024, 3, 5, 12, 30, 15, 250000)
print(DT.fromtimestamp(naive.timestamp()) == naive, date.fromtimestamp(naive.timestamp()) == naive.date())
print(DT.utcfromtimestamp(u.timestamp()) == u.replace(tzinfo=None), DT.fromtimestamp(u.timestamp(), timezone.utc) == u)
from datetime import datetime as DT
for s, f in [('2024-03-05 07:08:09', '%Y-%m-%d %H:%M:%S'), ('05/03/21', '%d/%m/%y'), ('05/03/69', '%d/%m/%y'),
             ('2024-03-05T07:08:09.123', '%Y-%m-%dT%H:%M:%S.%f'), ('Tue, 05 Mar 2024 7:08 PM', '%a, %d %b %Y %I:%M %p'),
             ('March 5 2024 12:01 am', '%B %d %Y %I:%M %p'), ('2024 065', '%Y %j'), ('20240305 070809+0530', '%Y%m%d %H%M%S%z'),
             ('2024-03-05 07:08:09Z', '%Y-%m-%d %H:%M:%S%z'), ('2024-03-05 07:08:09-03:30', '%Y-%m-%d %H:%M:%S%z'),
             ('  2024   3  5', ' %Y %m %d'), ('100%', '%d%%'), ('2024-03-05', '%Y-%m-%d %H'), ('2024-03-05 1', '%Y-%m-%d'),
             ('2024-02-30', '%Y-%m-%d'), ('x', '%Q'), ('2024', '%Y%'), ('12:00:60', '%H:%M:%S')]:
    try:
        v = DT.strptime(s, f)
        print(repr(s), repr(v), v)
    except ValueError as e:
        print(repr(s), 'ValueError', e)
try:
    DT.strptime(1, '%Y')
except TypeError as e:
    print('TypeError', e)
for s in ['07:08:09z', '07:08:09+01:00:30', '07:08:09-0000']:
    try:
        print(repr(DT.strptime(s, '%H:%M:%S%z')))
    except ValueError as e:
        print('ValueError', e)
