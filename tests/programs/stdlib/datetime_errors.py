# Every error the datetime types raise: out-of-range fields, argument types, malformed ISO
# strings, naive/aware mixing, overflow, broken tzinfo subclasses and the C-style messages.
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


def attempt_kind(label, f):
    # For operator errors: only the exception type (the message spells type names).
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__)


print('-- fields')
for args in [(0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1), (2024, 2, 30), (2023, 2, 29), (2024, 2, 29),
             (2024, 4, 31), (-1, 1, 1), (2 ** 31, 1, 1), (2 ** 40, 1, 1), (10 ** 30, 1, 1), (2024, -2 ** 31 - 1, 1),
             (2024.0, 1, 1), ('2024', 1, 1), (2024, None, 1), (True, True, True)]:
    attempt('date%r' % (args,), lambda: date(*args))
    attempt('datetime%r' % (args,), lambda: datetime(*args))
attempt('date(2024)', lambda: date(2024))
attempt('date(2024, 1)', lambda: date(2024, 1))
attempt('date("x")', lambda: date('x'))
attempt('datetime(2024, 1)', lambda: datetime(2024, 1))
attempt('datetime(1.5)', lambda: datetime(1.5))
for args in [(24,), (-1,), (0, 60), (0, -1), (0, 0, 60), (0, 0, 0, 1000000), (0, 0, 0, -1), (1.0,), ('1',)]:
    attempt('time%r' % (args,), lambda: time(*args))
    attempt('datetime(2024, 1, 1, *%r)' % (args,), lambda: datetime(2024, 1, 1, *args))
for fold in [2, -1, True, 1.0]:
    attempt('time fold=%r' % (fold,), lambda: time(fold=fold))
    attempt('datetime fold=%r' % (fold,), lambda: datetime(2024, 1, 1, fold=fold))
for tz in [5, 'UTC', timedelta(hours=1), object()]:
    attempt('time tzinfo', lambda: time(tzinfo=tz))
    attempt('datetime tzinfo', lambda: datetime(2024, 1, 1, tzinfo=tz))
    attempt('replace tzinfo', lambda: datetime(2024, 1, 1).replace(tzinfo=tz))
for kw in [{'year': 0}, {'month': 13}, {'day': 32}, {'hour': 24}, {'minute': 60}, {'second': 61},
           {'microsecond': 10 ** 6}, {'fold': 3}, {'year': 2023, 'month': 2, 'day': 29}]:
    attempt('datetime.replace(%r)' % (kw,), lambda: datetime(2024, 2, 29).replace(**kw))
    if 'hour' not in kw and 'minute' not in kw and 'second' not in kw and 'microsecond' not in kw and 'fold' not in kw:
        attempt('date.replace(%r)' % (kw,), lambda: date(2024, 2, 29).replace(**kw))
    else:
        attempt('time.replace(%r)' % (kw,), lambda: time().replace(**kw))

print('-- other constructors')
for n in [0, -5, 1, 3652059, 3652060, 2 ** 31, 1.5]:
    attempt('fromordinal(%r)' % (n,), lambda: date.fromordinal(n))
    attempt('datetime.fromordinal(%r)' % (n,), lambda: datetime.fromordinal(n))
for args in [(0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 53, 1), (2020, 53, 7), (2026, 53, 1), (2024, 1, 0),
             (2024, 1, 8), (9999, 52, 5), (9999, 52, 6), (1, 1, 1), (2024, 1.0, 1)]:
    attempt('fromisocalendar%r' % (args,), lambda: date.fromisocalendar(*args))
for args in [(1, time()), (date(2024, 1, 1), 1), (date(2024, 1, 1), None), (None, time()),
             (date(2024, 1, 1), time(), 5), (datetime(2024, 1, 1, 5), time(1))]:
    attempt('combine%r' % (args,), lambda: datetime.combine(*args))
for state in [b'\x07\xe8\x01\x02', b'\x07\xe8\x0d\x02', '\x07\xe8\x01\x02', b'\x07\xe8\x01']:
    attempt('date(state %r)' % (state,), lambda: date(state))
for state in [b'\x07\xe8\x01\x02\x03\x04\x05\x00\x00\x06', b'\x07\xe8\x81\x02\x03\x04\x05\x00\x00\x06']:
    attempt('datetime(state)', lambda: datetime(state))
    attempt('datetime(state, utc)', lambda: datetime(state, timezone.utc))
for state in [b'\x01\x02\x03\x00\x00\x04', b'\x81\x02\x03\x00\x00\x04']:
    attempt('time(state)', lambda: time(state))
    attempt('time(state, utc)', lambda: time(state, timezone.utc))

print('-- iso strings')
for s in ['', '2024', '2024-1-1', '2024-01-1', '2024-13-01', '2024-02-30', '0000-01-01', '2024-01-01T',
          '2024-01-01T25:00', '2024-01-01T12:60', '2024-01-01T12:00:61', '2024-01-01T12:00+24:00',
          '2024-01-01T12:00+23:59:59.999999', '2024-01-01T12:00-00:00', '2024-01-01T12:00+00:00:00.5',
          '2024-01-01T12:00:00.', '2024-01-01T12:00:00.1234567', '2024-01-01T12:00:00.123x',
          '2024-01-01T12:00Z', '2024-01-01T12:00ZZ', '2024-01-01T12:00+', '2024-01-01T12:00+1',
          '2024-01-01T12:00+01:', '2024-01-01T12:00+0130', '2024-01-01T12:0030', '2024-01-01T1200:30',
          '2024-W53-1', '2020-W53-1', '2024-W01-8', '2024-W00-1', '2024W011', '2024-W011', '2024W01-1',
          '20240101T120000', '2024-0101', '202401-01', '2024-01-01T12:30:45:00', '2024-01-01\u00e912:00',
          '2024-01-01T12,5', '2024-01-01T12:30,25', '９９９９-01-01', '2024-01-01T１2:00',
          '20240102T\u00e9', '2024W0536\u00e9', '2024-01-01\u20ac12:00', '2024-01-01\U0001f60012:00', '2024-01-01T12:00\u00e9',
          '2024-01-01T12:00:00.5\u00e9', '2024-01-\u00e9']:
    attempt('datetime %r' % s, lambda: datetime.fromisoformat(s))
    attempt('date %r' % s, lambda: date.fromisoformat(s))
    attempt('time %r' % s, lambda: time.fromisoformat(s[11:]))
for value in [None, 20240101, b'2024-01-01']:
    attempt('fromisoformat(%r)' % (value,), lambda: datetime.fromisoformat(value))
    attempt('date.fromisoformat(%r)' % (value,), lambda: date.fromisoformat(value))
    attempt('time.fromisoformat(%r)' % (value,), lambda: time.fromisoformat(value))

OPERATOR_ERRORS = {'td+1', '1-td', 'td*"a"', 'td//1.5', 'td%2', 'date+1', 'date-dt', 'dt-date', 'date+date', 'td-date'}

print('-- timedelta')
for kw in [{'days': 10 ** 9}, {'days': -10 ** 9}, {'days': 999999999, 'seconds': 86400}, {'weeks': 2 ** 40},
           {'days': 1e300}, {'seconds': float('inf')}, {'minutes': float('-inf')}, {'hours': float('nan')},
           {'days': '1'}, {'seconds': None}, {'microseconds': 1j}, {'days': 2 ** 31 - 1}, {'days': -2 ** 31}]:
    attempt('timedelta(%r)' % (kw,), lambda: timedelta(**kw))
big = timedelta.max
small = timedelta.min
for label, f in [('max+1us', lambda: big + timedelta.resolution), ('min-1us', lambda: small - timedelta.resolution),
                 ('-min', lambda: -small), ('abs(min)', lambda: abs(small)), ('max*2', lambda: big * 2),
                 ('max*1.5', lambda: big * 1.5), ('max/0.5', lambda: big / 0.5), ('td/0', lambda: timedelta(1) / 0),
                 ('td//0', lambda: timedelta(1) // 0), ('td/td0', lambda: timedelta(1) / timedelta(0)),
                 ('td//td0', lambda: timedelta(1) // timedelta(0)), ('td%td0', lambda: timedelta(1) % timedelta(0)),
                 ('divmod0', lambda: divmod(timedelta(1), timedelta(0))), ('td/0.0', lambda: timedelta(1) / 0.0),
                 ('td*nan', lambda: timedelta(1) * float('nan')), ('td*inf', lambda: timedelta(1) * float('inf')),
                 ('td/inf', lambda: timedelta(1) / float('inf')), ('td/nan', lambda: timedelta(1) / float('nan')),
                 ('td+1', lambda: timedelta(1) + 1), ('1-td', lambda: 1 - timedelta(1)), ('td*"a"', lambda: timedelta(1) * 'a'),
                 ('td//1.5', lambda: timedelta(1) // 1.5), ('td%2', lambda: timedelta(1) % 2),
                 ('td==1', lambda: timedelta(1) == 1), ('td!=None', lambda: timedelta(0) != None)]:
    attempt_kind(label, f) if label in OPERATOR_ERRORS else attempt(label, f)

print('-- date and datetime arithmetic')
for label, f in [('date.max+1', lambda: date.max + timedelta(1)), ('date.min-1', lambda: date.min - timedelta(1)),
                 ('date.min+min', lambda: date.min + timedelta.min), ('date.max-min', lambda: date.max - timedelta.min),
                 ('datetime.max+1us', lambda: datetime.max + timedelta.resolution),
                 ('datetime.min-1us', lambda: datetime.min - timedelta.resolution),
                 ('datetime.max-max', lambda: datetime.max - timedelta.max),
                 ('date+1', lambda: date(2024, 1, 1) + 1), ('date-dt', lambda: date(2024, 1, 1) - datetime(2024, 1, 1)),
                 ('dt-date', lambda: datetime(2024, 1, 1) - date(2024, 1, 1)),
                 ('naive-aware', lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)),
                 ('aware-naive', lambda: datetime(2024, 1, 1, tzinfo=timezone.utc) - datetime(2024, 1, 1)),
                 ('date+date', lambda: date(2024, 1, 1) + date(2024, 1, 1)),
                 ('td-date', lambda: timedelta(1) - date(2024, 1, 1)),
                 ('utc-min astimezone', lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).astimezone(timezone.utc)),
                 ('max astimezone', lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(timezone.utc)),
                 ('max utctimetuple', lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).utctimetuple()),
                 ('astimezone(5)', lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(5))]:
    attempt_kind(label, f) if label in OPERATOR_ERRORS else attempt(label, f)

print('-- comparisons')
naive = datetime(2024, 1, 1, 12)
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
for label, f in [('naive==aware', lambda: naive == aware), ('naive!=aware', lambda: naive != aware),
                 ('naive<aware', lambda: naive < aware), ('aware>=naive', lambda: aware >= naive),
                 ('date==datetime', lambda: date(2024, 1, 1) == datetime(2024, 1, 1)),
                 ('datetime!=date', lambda: datetime(2024, 1, 1) != date(2024, 1, 1)),
                 ('date<datetime', lambda: date(2024, 1, 1) < datetime(2024, 1, 1)),
                 ('datetime>date', lambda: datetime(2024, 1, 1) > date(2024, 1, 1)),
                 ('time naive<aware', lambda: time(1) < time(1, tzinfo=timezone.utc)),
                 ('time naive==aware', lambda: time(1) == time(1, tzinfo=timezone.utc)),
                 ('time vs datetime', lambda: time(1) == datetime(2024, 1, 1)),
                 ('date==1', lambda: date(2024, 1, 1) == 1), ('tz==1', lambda: timezone.utc == 1),
                 ('utc==timezone(0,"UTC")', lambda: timezone.utc == timezone(timedelta(0), 'UTC'))]:
    attempt(label, f)

print('-- timezone')
for args in [(5,), (None,), (timedelta(hours=24),), (-timedelta(hours=24),), (timedelta(hours=24, microseconds=-1),),
             (-timedelta(hours=24, microseconds=-1),), (timedelta(hours=1), None), (timedelta(hours=1), 5),
             (timedelta(0),), (timedelta(0), 'Z'), (timedelta(days=2),)]:
    attempt('timezone%r' % (args,), lambda: timezone(*args))
for method in ['utcoffset', 'dst', 'tzname']:
    attempt('utc.%s(5)' % method, lambda: getattr(timezone.utc, method)(5))
    attempt('utc.%s(date)' % method, lambda: getattr(timezone.utc, method)(date(2024, 1, 1)))
    attempt('tzinfo().%s' % method, lambda: getattr(tzinfo(), method)(None))
attempt('utc.fromutc(naive)', lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
attempt('utc.fromutc(5)', lambda: timezone.utc.fromutc(5))
attempt('utc.fromutc(other zone)', lambda: timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.max)))


class Broken(tzinfo):
    def __init__(self, offset, saving='same', name='B'):
        self.offset = offset
        self.saving = offset if saving == 'same' else saving
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return self.saving

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Broken(%r)' % (self.offset,)


for zone in [Broken(5), Broken(timedelta(hours=24)), Broken(-timedelta(days=1)), Broken(timedelta(hours=3), None),
             Broken(None), Broken(timedelta(hours=1), timedelta(0), 7), Broken(timedelta(hours=1), 1.5, None),
             Broken(timedelta(hours=2), timedelta(hours=1), 'a%b')]:
    x = datetime(2024, 6, 1, 12, tzinfo=zone)
    t = time(12, tzinfo=zone)
    for label, f in [('utcoffset', x.utcoffset), ('dst', x.dst), ('tzname', x.tzname), ('str', lambda: str(x)),
                     ('timetuple', lambda: x.timetuple()[8]), ('strftime', lambda: x.strftime('%z %Z')),
                     ('fromutc', lambda: zone.fromutc(x)), ('astimezone', lambda: x.astimezone(timezone.utc)),
                     ('time.utcoffset', t.utcoffset), ('time.isoformat', t.isoformat),
                     ('time.strftime', lambda: t.strftime('%z %Z')), ('eq', lambda: x == datetime(2024, 6, 1, tzinfo=timezone.utc)),
                     ('sub', lambda: x - datetime(2024, 6, 1, tzinfo=timezone.utc))]:
        attempt(label, f)

print('-- text methods')
d = datetime(2024, 1, 2, 3, 4, 5, 6)
for label, f in [('isoformat sep ab', lambda: d.isoformat('ab')), ('isoformat sep 5', lambda: d.isoformat(5)),
                 ('isoformat sep empty', lambda: d.isoformat('')), ('timespec bad', lambda: d.isoformat(timespec='nanoseconds')),
                 ('timespec 5', lambda: d.isoformat(timespec=5)), ('time timespec 5', lambda: time().isoformat(5)),
                 ('time timespec bad', lambda: time().isoformat('hour')), ('strftime 5', lambda: d.strftime(5)),
                 ('date strftime None', lambda: date(2024, 1, 1).strftime(None)), ('time strftime 5', lambda: time().strftime(5)),
                 ('__format__ 5', lambda: d.__format__(5)), ('date __format__ 5', lambda: date(2024, 1, 1).__format__(5)),
                 ('strptime 5', lambda: datetime.strptime(5, '%Y')), ('strptime fmt 5', lambda: datetime.strptime('2024', 5)),
                 ('strptime mismatch', lambda: datetime.strptime('2024-01', '%Y-%m-%d')),
                 ('strptime leftover', lambda: datetime.strptime('2024-01-01x', '%Y-%m-%d')),
                 ('strptime bad dir', lambda: datetime.strptime('2024', '%Q')),
                 ('strptime stray', lambda: datetime.strptime('2024', '%Y%')),
                 ('strptime day', lambda: datetime.strptime('2023-02-29', '%Y-%m-%d'))]:
    attempt(label, f)

print('-- timestamps')
for v in ['1', None, float('nan'), float('inf'), -float('inf'), 1e12, -1e12, 1e18, 1e20, 10 ** 20, -62135596800,
          -62135596801, 253402300799, 253402300800, 253402300799.9999999, True, 1.5, -0.0000005, 2.0000005]:
    attempt('fromtimestamp(%r, utc)' % (v,), lambda: datetime.fromtimestamp(v, timezone.utc))
    attempt('utcfromtimestamp(%r)' % (v,), lambda: datetime.utcfromtimestamp(v))
    if not isinstance(v, (int, float)) or abs(v) > 1e11 or v != v:
        attempt('date.fromtimestamp(%r)' % (v,), lambda: date.fromtimestamp(v))
attempt('fromtimestamp(0, 5)', lambda: datetime.fromtimestamp(0, 5))
attempt('fromtimestamp(0, tz=-1h)', lambda: datetime.fromtimestamp(-62135596800, timezone(timedelta(hours=-1))))
