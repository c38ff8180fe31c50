# Seeded random aware datetimes in many zones (biased towards DST changes, both folds), checked
# pairwise: comparisons, equality against hashes, differences, conversions and formatting.
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

KEYS = ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
        "Pacific/Chatham", "America/Sao_Paulo", "Africa/Casablanca", "Europe/Dublin", "UTC",
        "Etc/GMT+5", "America/St_Johns", "Europe/London", "Asia/Gaza", "Pacific/Kiritimati"]
ZONES = [ZoneInfo(key) for key in KEYS] + [timezone.utc, timezone(timedelta(hours=-3)), None]

state = 20240229


def draw(limit):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % limit


def random_datetime():
    zone = ZONES[draw(len(ZONES))]
    year = 1900 + draw(141)
    if draw(3):
        # Near a typical DST switch: last days of March/October, first of April/November.
        month = (3, 4, 9, 10, 11)[draw(5)]
        day = (1, 2, 3, 4, 5, 6, 7, 8, 25, 26, 27, 28, 29, 30, 31)[draw(15)]
        day = min(day, 30 if month in (4, 9, 11) else 31)
        hour = draw(4)
    else:
        month = 1 + draw(12)
        day = 1 + draw(28)
        hour = draw(24)
    minute = (0, 15, 30, 45, 59)[draw(5)]
    return datetime(year, month, day, hour, minute, draw(60), draw(3) * 250000, tzinfo=zone,
                    fold=draw(2))


def show(dt):
    return dt.isoformat() + ("[1]" if dt.fold else "")


values = [random_datetime() for _ in range(260)]
aware = [v for v in values if v.tzinfo is not None]

for v in values[:120]:
    line = [show(v), str(v.tzname()), str(v.dst())]
    if v.tzinfo is not None:
        u = v.astimezone(timezone.utc)
        line.append(show(u))
        line.append(show(u.astimezone(v.tzinfo)))
        line.append(repr(v.timestamp()))
        line.append(v.strftime("%a %d %b %Y %H:%M:%S %Z %z"))
    print(" ".join(line))

print("-- pairs")
equal_pairs = 0
for index in range(0, 240, 2):
    a, b = values[index], values[index + 1]
    if a.tzinfo is not None and b.tzinfo is not None and draw(3):
        # A nearby instant seen from b's zone, sometimes as a wall-time shift of a.
        near = a.astimezone(b.tzinfo) + timedelta(minutes=(-60, -30, 0, 0, 0, 30, 60)[draw(7)])
        b = near.replace(fold=draw(2)) if draw(2) else near
    try:
        order = (a < b, a <= b, a == b, a != b, a > b, a >= b)
        difference = a - b
        outcome = "%s %s" % ("".join("1" if o else "0" for o in order), difference)
    except TypeError as e:
        outcome = "TypeError %s eq=%s" % (e, a == b)
    print(show(a), "vs", show(b), "->", outcome)

print("-- same instant in other zones")
for index, v in enumerate(aware[:90]):
    other = ZONES[index % (len(ZONES) - 1)]
    moved = v.astimezone(other)
    equal = moved == v
    print(show(v), "->", show(moved), equal, hash(moved) == hash(v) if equal else "-",
          moved - v, v.replace(fold=1 - v.fold) == moved)
    if equal:
        equal_pairs += 1

print("-- sorting by instant")
ordered = sorted(aware[:60], key=lambda v: v.astimezone(timezone.utc))
print(" ".join(show(v.astimezone(timezone.utc))[:16] for v in ordered[:20]))
ordered = sorted(aware[:60], key=lambda v: (v.astimezone(timezone.utc), show(v)))
print([show(v) for v in ordered[:10]])

print("-- wall arithmetic keeps the zone")
for v in aware[:40]:
    later = v + timedelta(days=1, hours=5, minutes=7)
    print(show(later), later.tzname(), later - v, later.astimezone(timezone.utc) - v.astimezone(timezone.utc))

print("-- time objects")
for v in aware[:20]:
    t = v.timetz()
    print(t.isoformat(), t.tzname(), t.utcoffset(), t == v.timetz())

print("-- fromtimestamp")
for index in range(60):
    seconds = draw(43000) * 100000 + draw(100000) - 2200000000 + draw(1000) / 8
    zone = ZONES[index % (len(ZONES) - 1)]
    local = datetime.fromtimestamp(seconds, zone)
    print(seconds, show(local), local.timestamp() == seconds)
print("equal pairs", equal_pairs)
