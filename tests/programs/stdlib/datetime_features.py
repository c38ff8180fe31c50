# datetime the way programs use it: arithmetic, comparisons, strftime/strptime, isoformat and
# fromisoformat, timedelta repr/str/normalisation, timezone offsets, replace, and the errors.
from datetime import date, datetime, time, timedelta, timezone
import datetime as dt

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 31), d.weekday(), d.isoweekday())
print(d.isoformat(), d.strftime('%Y/%m/%d %A %B %j %U %W %a %b %y %%'), d.toordinal(), date.fromordinal(738000))
print(d.isocalendar(), tuple(d.isocalendar()), d.replace(day=1), d.ctime(), d.timetuple()[:6])
print(date.fromisoformat('2021-03-04'), date.min, date.max, date.resolution, d > date(2024, 1, 1), d == date(2024, 2, 28))
print(sorted([date(2020, 5, 1), date(2019, 1, 1)]), hash(d) == hash(date(2024, 2, 28)), f'{d:%d.%m.%Y}', format(d, ''))

t = datetime(2024, 3, 10, 14, 5, 9, 120)
print(t, repr(t), t.isoformat(), t.isoformat(' ', 'seconds'), t.isoformat(timespec='milliseconds'), t.date(), t.time())
print(t + timedelta(hours=12), t - timedelta(days=400, seconds=5), t - datetime(2024, 1, 1), t.replace(year=2000, microsecond=0))
print(t.strftime('%Y-%m-%dT%H:%M:%S.%f %I %p %M %c %x %X'), t.timestamp() if t.tzinfo else '', t.weekday())
print(datetime.fromisoformat('2024-03-10T14:05:09'), datetime.fromisoformat('2024-03-10 14:05:09.500000'), datetime.fromisoformat('2024-03-10'))
print(datetime.fromisoformat('2024-03-10T14:05:09+02:00'), repr(datetime.fromisoformat('2024-03-10T14:05:09.123+05:30')))
print(datetime.strptime('2024-03-10 14:05', '%Y-%m-%d %H:%M'), datetime.strptime('10/Mar/2024:07:08:09', '%d/%b/%Y:%H:%M:%S'))
print(datetime.combine(d, time(1, 2, 3)), datetime(2024, 1, 1) < datetime(2024, 1, 1, 0, 0, 1), t.toordinal())
print(datetime(2020, 2, 29).replace(year=2021) if False else '', datetime.min, datetime.max, datetime(1, 1, 1).isoformat())
print(t.timetuple().tm_yday, t.isocalendar(), datetime(2024, 12, 30).isocalendar(), datetime(2021, 1, 3).isocalendar())

utc = timezone.utc
ts = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
print(ts, repr(ts), ts.isoformat(), ts.tzname(), ts.utcoffset(), ts.timestamp(), ts.astimezone(timezone(timedelta(hours=-5))))
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
print(tz, repr(tz), repr(timezone(timedelta(hours=-3))), str(timezone(timedelta(hours=-3))), repr(utc), str(utc))
lt = datetime(2024, 1, 1, 9, 0, tzinfo=tz)
print(lt, lt.utcoffset(), lt.tzname(), lt - ts, lt == datetime(2024, 1, 1, 3, 30, tzinfo=utc), lt.strftime('%z %Z'))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, utc), datetime.utcfromtimestamp(86400))
try:
    ts - datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    ts < datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
print(ts == datetime(2024, 3, 10, 12), ts.replace(tzinfo=None), ts.timetz(), ts.time())

for td in [timedelta(), timedelta(days=1), timedelta(seconds=1), timedelta(microseconds=1), timedelta(days=-1),
           timedelta(seconds=-1), timedelta(hours=25, minutes=61), timedelta(weeks=2, milliseconds=1500),
           timedelta(days=1.5), timedelta(seconds=0.000001), timedelta(minutes=-0.5), timedelta(days=-2, seconds=3),
           timedelta(days=999999), -timedelta(days=999999, hours=23, minutes=59, seconds=59, microseconds=999999)]:
    print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a = timedelta(hours=3)
print(a * 2, a / 2, a // 4, a / timedelta(minutes=7), a // timedelta(minutes=7), a % timedelta(minutes=7), 2.5 * a)
print(divmod(a, timedelta(minutes=50)), -a, abs(-a), +a, a > timedelta(0), bool(timedelta(0)), a == timedelta(seconds=10800))
print(timedelta(seconds=1) / 3, timedelta(seconds=10) * 0.1, round(timedelta(seconds=1).total_seconds() / 3, 6), timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print('OverflowError', e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print('ValueError', e)
try:
    date(2023, 13, 1)
except ValueError as e:
    print('ValueError', e)
try:
    datetime(2023, 1, 1, 24)
except ValueError as e:
    print('ValueError', e)
try:
    date.fromisoformat('2023-1-1')
except ValueError as e:
    print('ValueError', e)
try:
    datetime.strptime('2023', '%Y-%m')
except ValueError as e:
    print('ValueError', e)
for bad in [lambda: date(2024, 1, 1) + 1, lambda: date(2024, 1, 1) - datetime(2024, 1, 1),
            lambda: datetime(2024, 1, 1) - date(2024, 1, 1), lambda: timedelta(1) - date(2024, 1, 1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', str(e).split(':')[0])

tm = time(9, 30)
print(tm, repr(tm), time(0), repr(time(1, 2, 3, 4)), time(23, 59, 59, 999999).isoformat(), tm.isoformat('minutes'), time.fromisoformat('12:34:56.789'))
print(tm < time(10), tm.replace(hour=10), tm.strftime('%H:%M %p'), time(12, tzinfo=utc), repr(time(12, tzinfo=utc)), bool(time(0)))
print(f'{t:%Y}', f'{tm:%H}', '{:%d %b}'.format(d), str(dt.MINYEAR), dt.MAXYEAR)
print(date(2024, 1, 31) + timedelta(days=30), (date(2024, 3, 1) - timedelta(days=1)).day, date(2000, 1, 1) - date(1999, 1, 1))
