# Zone files built in memory: footers (POSIX TZ strings) of every shape the reader accepts or
# rejects, files without transitions or without a footer, and DST guesses from odd type
# tables. Each zone is probed by wall time (both folds) and from UTC across several years.
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def tzif(transitions=(), kinds=((0, 0, "UTC"),), footer=b"UTC0", version=b"2"):
    """Bytes of a zone file: transitions are (utc seconds, kind index); kinds are
    (offset seconds, is_dst, name). version b"\\x00" makes a footer-less version 1 file."""
    names = b""
    starts = []
    for _, _, name in kinds:
        encoded = name.encode() + b"\x00"
        found = names.find(encoded)
        if found < 0:
            found = len(names)
            names += encoded
        starts.append(found)

    def block(time_code):
        body = b"".join(struct.pack(">" + time_code, moment) for moment, _ in transitions)
        body += bytes(kind for _, kind in transitions)
        for (offset, is_dst, _), start in zip(kinds, starts):
            body += struct.pack(">lbb", offset, is_dst, start)
        body += names
        head = b"TZif" + version + b"\x00" * 15 + struct.pack(
            ">6l", 0, 0, 0, len(transitions), len(kinds), len(names))
        return head + body

    if version == b"\x00":
        return block("l")
    return block("l") + block("q") + b"\n" + footer + b"\n"


def load(data, key=None):
    return ZoneInfo.from_file(io.BytesIO(data), key=key)


def stamp(local):
    return "%s%s %s/%s/%s" % (local.strftime("%Y-%m-%d %H:%M"), "*" if local.fold else "",
                             local.utcoffset(), local.dst(), local.tzname())


def probe(zone, years):
    # Wall times every 5 days 1h 37m through each year, both folds; only changes are printed.
    for year in years:
        seen = None
        wall = datetime(year, 1, 1)
        while wall.year == year:
            pair = tuple((wall.replace(tzinfo=zone, fold=f).utcoffset(),
                          wall.replace(tzinfo=zone, fold=f).tzname()) for f in (0, 1))
            if pair != seen:
                print("   wall", wall.strftime("%m-%d %H:%M"), pair[0][0], pair[0][1],
                      "" if pair[0] == pair[1] else "fold1: %s %s" % pair[1])
                seen = pair
            wall += timedelta(days=5, hours=1, minutes=37)
        moment = datetime(year, 1, 1, tzinfo=timezone.utc)
        seen = None
        while moment.year == year:
            local = moment.astimezone(zone)
            now = (local.utcoffset(), local.fold)
            if now != seen:
                print("   utc ", moment.strftime("%m-%d %H:%M"), "->", stamp(local))
                seen = now
            moment += timedelta(hours=13, minutes=11)


FOOTERS = [
    b"EST5EDT,M3.2.0,M11.1.0",
    b"AEST-10AEDT,M10.1.0,M4.1.0/3",
    b"<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",
    b"IST-1GMT0,M10.5.0,M3.5.0/1",
    b"<-02>2<-01>,M3.5.0/-1,M10.5.0/0",
    b"<-04>4<-03>,M9.1.6/24,M4.1.6/24",
    b"EET-2EEST,M3.4.4/50,M10.4.4/50",
    b"<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45",
    b"AAA3BBB,J60/2,J300/2",
    b"AAA3BBB,J59/2,J365/23",
    b"AAA3BBB,0/0,J365/25",
    b"AAA3BBB,59,300",
    b"AAA-3BBB-4:30:15,100/1:30:45,200/-1:15",
    b"STD+5DST+4,M4.1.0/+2,M10.5.0/-0:30",
    b"XX-1:30YY,M2.5.6/12,M12.5.1/12",
    b"<-0330>3:30<-0230>,M3.2.0,M11.1.0",
    b"AAA0BBB,0/0,J365/25",
    b"ABC+2",
    b"<+0545>-5:45",
]

for footer in FOOTERS:
    print("==", footer)
    zone = load(tzif(kinds=((0, 0, "LMT"),), transitions=((-2000000000, 0),), footer=footer))
    print("   fixed view:", zone.utcoffset(None), zone.tzname(None))
    probe(zone, (2023, 2024))

print("== malformed footers")
BAD = [b"5EST", b"E5", b"EST", b"EST5EDT", b"EST5EDT,M3.2.0", b"EST5EDT4,M13.1.0,M11.1.0",
       b"EST5EDT,M3.6.0,M11.1.0", b"EST5EDT,M3.2.7,M11.1.0", b"EST5EDT,M3.2.0,M11.1.0x",
       b"EST25", b"EST5:1", b"<EST5", b"<E$T>5", b"EST5<E$T>,M3.2.0,M11.1.0", b"EST5EDT,J0,J365",
       b"EST5EDT,366,J365", b"EST5EDT,M3.2.0/x,M11.1.0", b"EST5EDTx,M3.2.0,M11.1.0",
       b"EST5EDT;M3.2.0,M11.1.0", b"EST5EDT,M,M11.1.0", b"EST+:30", b"EST-5:30:1"]
for footer in BAD:
    try:
        zone = load(tzif(footer=footer))
    except ValueError as e:
        print("  ", footer, "->", e)
    else:
        print("  ", footer, "-> accepted", zone.utcoffset(datetime(2020, 7, 1)))

print("== version 1 file, no footer")
v1 = tzif(transitions=((0, 1), (1000000000, 2)),
          kinds=((3600, 0, "AAA"), (7200, 1, "BBB"), (-1800, 0, "CCC")), version=b"\x00")
zone = load(v1, key="Old/Style")
print(repr(zone), zone.utcoffset(None))
for when in (datetime(1960, 1, 1), datetime(1990, 1, 1), datetime(2001, 9, 9, 1, 46, 39),
             datetime(2001, 9, 9, 1, 16, 40), datetime(2100, 1, 1)):
    local = when.replace(tzinfo=zone)
    print("  ", stamp(local), stamp(local.replace(fold=1)),
          local.astimezone(timezone.utc).astimezone(zone))

print("== empty footer uses the last kind")
zone = load(tzif(transitions=((0, 1),), kinds=((3600, 0, "AAA"), (7200, 1, "BBB")), footer=b""))
print(zone.utcoffset(datetime(2050, 1, 1)), zone.dst(datetime(2050, 1, 1)),
      zone.tzname(datetime(2050, 1, 1)), zone.dst(datetime(1969, 1, 1)))

print("== no kinds and no footer")
try:
    load(tzif(kinds=(), footer=b""))
except ValueError as e:
    print("  ", e)
zone = load(tzif(kinds=(), footer=b"ABC-3"))
print(zone.utcoffset(None), zone.tzname(datetime(2000, 1, 1)))

print("== fixed zones")
for kinds, footer in [(((0, 0, "UTC"),), b"UTC0"), (((3600, 0, "AAA"),), b"BBB-1"),
                      (((3600, 0, "AAA"),), b"AAA-1"), (((3600, 1, "AAA"),), b"AAA-1"),
                      (((3600, 0, "AAA"), (3600, 0, "AAB")), b"AAA-1")]:
    zone = load(tzif(kinds=kinds, footer=footer))
    print("  ", kinds, footer, zone.utcoffset(None), zone.dst(None), zone.tzname(None),
          zone.tzname(datetime(2000, 1, 1)))

print("== DST share guesses")
TABLES = [
    # Two DST kinds in a row, each followed by standard time.
    ((0, 0, "S1"), (3600, 1, "D1"), (5400, 1, "D2"), (1800, 0, "S2")),
    # DST kind only ever entered from another DST kind.
    ((0, 0, "S1"), (7200, 1, "D1"), (3600, 1, "D2")),
    # DST kind never entered.
    ((0, 0, "S1"), (3600, 0, "S2"), (7200, 1, "D0")),
    # A DST kind with the same offset as the standard before it.
    ((3600, 0, "S1"), (3600, 1, "D1"), (0, 0, "S2")),
]
ORDERS = [(0, 1, 2, 3, 0, 2, 3), (0, 1, 2, 0, 2, 1), (0, 1, 0, 1), (0, 1, 2, 1, 0)]
for kinds, order in zip(TABLES, ORDERS):
    moments = [(-1000000000 + 40000000 * i, kind) for i, kind in enumerate(order)]
    zone = load(tzif(transitions=moments, kinds=kinds, footer=b"ZZZ0"))
    print("  ", [k[2] for k in kinds], order)
    for moment, _ in moments:
        local = (datetime(1970, 1, 1, tzinfo=timezone.utc)
                 + timedelta(seconds=moment + 3600)).astimezone(zone)
        print("     ", stamp(local))
    early = datetime(1900, 1, 1, tzinfo=zone)
    print("      before:", early.utcoffset(), early.dst(), early.tzname())

print("== only DST kinds")
zone = load(tzif(transitions=((0, 1),), kinds=((7200, 1, "D1"), (3600, 1, "D2")), footer=b""))
print(zone.tzname(datetime(1960, 1, 1)), zone.dst(datetime(1960, 1, 1)),
      zone.tzname(datetime(1990, 1, 1)), zone.dst(datetime(1990, 1, 1)))

print("== fold just after the last listed change")
zone = load(tzif(transitions=((1000000000, 1), (1100000000, 0)),
                 kinds=((0, 0, "STD"), (7200, 1, "DST")), footer=b"STD0DST-1,M3.5.0,M10.5.0"))
for seconds in range(1099990000, 1100012000, 1800):
    local = (datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds)).astimezone(zone)
    print("  ", seconds, stamp(local))
