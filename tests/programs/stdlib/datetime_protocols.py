# Copying, pickling recipes, subclass results, IsoCalendarDate, the class constants, hashing of
# equal aware values, float rounding in timedelta and timestamps.
import copy, datetime as dtmod
from datetime import *
objs = [timedelta(1, 2, 3), date(2024, 2, 29), time(1, 2, 3, 4, tzinfo=timezone.utc, fold=1),
        datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=2), 'X'), fold=1), timezone.utc,
        timezone(timedelta(hours=-3)), date(2024, 1, 1).isocalendar()]
for o in objs:
    c = copy.copy(o); d = copy.deepcopy(o)
    print(repr(c), repr(d), c == o, d == o, type(c).__name__, getattr(c, 'fold', None), getattr(d, 'fold', None))
    print(o.__reduce__())
    print(o.__reduce_ex__(4))
for o in objs[:6]:
    r = o.__reduce_ex__(4)
    print(repr(r[0](*r[1])))
class MyDT(datetime):
    def extra(self): return 'extra'
class MyTD(timedelta): pass
class MyTime(time): pass
m = MyDT(2024, 1, 1, 12)
print(repr(m), repr(m + timedelta(1)), repr(m - timedelta(1)), type(m - m).__name__, repr(m.replace(hour=1)), type(MyDT.now()).__name__)
print(repr(MyDT.combine(date(2024, 1, 1), time(1))), repr(MyDT.fromisoformat('2024-01-01T01:02')), repr(MyDT.strptime('2024', '%Y')))
print(repr(MyDT.fromtimestamp(0, timezone.utc)), repr(MyDT.fromordinal(5)), repr(MyDT.fromisocalendar(2024, 1, 1)))
print(repr(m.astimezone(timezone.utc)), repr(m.date()), repr(m.time()), repr(m.timetz()))
print(repr(MyTD(1)), repr(MyTD(1) + MyTD(1)), repr(-MyTD(1)), repr(MyTD(hours=1) * 2), repr(abs(MyTD(-1))))
print(repr(MyTime(1)), repr(MyTime(1).replace(hour=2)), repr(MyTime.fromisoformat('01:02')))
ic = date(2024, 12, 30).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], len(ic), tuple(ic), type(ic).__name__, ic == (2025, 1, 1), list(ic))
y, w, wd = ic
print(y, w, wd)
print(timedelta.max, timedelta.min, repr(timedelta.resolution), date.min, date.max, repr(date.resolution), time.min, time.max, datetime.min, datetime.max)
print(repr(timezone.min), repr(timezone.max), str(timezone.min), timezone.max.tzname(None), UTC is timezone.utc, dtmod.UTC is timezone.utc)
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), 'UTC') is timezone.utc, repr(timezone(timedelta(0), 'UTC')))
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'x')), {timezone.utc: 1}[timezone(timedelta(0))])
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(a == b, hash(a) == hash(b), len({a, b}), a - b, b - a, a < b, a <= b)
print(time(12, tzinfo=timezone.utc) == time(14, tzinfo=timezone(timedelta(hours=2))), hash(time(12, tzinfo=timezone.utc)) == hash(time(14, tzinfo=timezone(timedelta(hours=2)))))
print(hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)), datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1))
print(bool(time(0)), bool(timedelta(0)), bool(date.min), bool(datetime.min))
print(dtmod.__all__ if hasattr(dtmod, '__all__') else None)
print(date.today() == datetime.now().date() or True, isinstance(datetime.now(timezone.utc).tzinfo, timezone))
print(datetime(2024, 1, 1).__format__(''), format(time(1), '%H'), '{:%Y}'.format(date(5, 1, 1)), f'{timedelta(1)}')
print(datetime(2024, 5, 5, tzinfo=timezone.utc).timetuple(), datetime(2024, 5, 5).utctimetuple())
print(date(2024, 1, 1).timetuple().tm_wday, date(2024, 1, 1).timetuple().tm_isdst)
print(timedelta(days=-1, seconds=1).total_seconds(), timedelta(microseconds=-1).total_seconds(), timedelta.max.total_seconds())
print(repr(timedelta(0.1)), repr(timedelta(seconds=0.1)), repr(timedelta(microseconds=0.5)), repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=-0.5)), repr(timedelta(microseconds=-1.5)))
print(repr(timedelta(seconds=1, microseconds=0.5)), repr(timedelta(milliseconds=0.0005)), repr(timedelta(milliseconds=0.0015)), repr(timedelta(hours=1e-10)))
print(datetime.fromtimestamp(-0.5, timezone.utc), datetime.fromtimestamp(0.0000005, timezone.utc), datetime.fromtimestamp(0.0000015, timezone.utc), datetime.fromtimestamp(-1.0000005, timezone.utc))
print(datetime.utcfromtimestamp(1e10), datetime.utcfromtimestamp(-1e10))
print(datetime(2024, 1, 1, 0, 0, 0, 123456, tzinfo=timezone.utc).timestamp(), datetime(1, 1, 1, tzinfo=timezone.utc).timestamp())

# strftime of early years (passed through as the platform prints them) and of %f/%z/%Z.
for y in [1, 5, 99, 999, 1000]:
    d = datetime(y, 3, 4, 5, 6, 7, 8)
    print(d.strftime('%Y|%y|%G|%C|%c|%x|%F|%D|%e|%g|%s' if False else '%Y|%y|%G|%c|%x'), d.ctime(), date(y, 1, 1).strftime('%Y %j %U'))
print(time(1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-1, seconds=-5, microseconds=-6), 'A%B')).strftime('%H %f %z %Z %% %'))
print(date(2024, 1, 1).strftime('%f %z %Z %H %M %S'))
print(datetime(2024, 1, 1).strftime(''), repr(date(2024, 1, 1).strftime('%')))
