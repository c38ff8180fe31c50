# The zoneinfo module's surface: construction and caching, keys and their errors, the search
# path, from_file, datetime integration (arithmetic, comparisons, formatting, timestamps).
import copy
import io
import zoneinfo
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, InvalidTZPathWarning


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


print("-- names")
print(sorted(zoneinfo.__all__))
print(issubclass(ZoneInfo, tzinfo), ZoneInfo.__name__, ZoneInfo.__module__)
print(ZoneInfoNotFoundError.__mro__[1:])
print(InvalidTZPathWarning.__mro__[1:])
print(zoneinfo.TZPATH)
from zoneinfo import TZPATH
print(TZPATH == zoneinfo.TZPATH)

print("-- construction and cache")
paris = ZoneInfo("Europe/Paris")
print(repr(paris), str(paris), paris.key)
print(paris is ZoneInfo("Europe/Paris"), paris is ZoneInfo(key="Europe/Paris"))
fresh = ZoneInfo.no_cache("Europe/Paris")
print(fresh is paris, repr(fresh), fresh is ZoneInfo.no_cache("Europe/Paris"))
ZoneInfo.clear_cache(only_keys=["America/New_York"])
print(ZoneInfo("Europe/Paris") is paris)
ZoneInfo.clear_cache(only_keys=("Europe/Paris", "Not/AZone"))
again = ZoneInfo("Europe/Paris")
print(again is paris, again is ZoneInfo("Europe/Paris"))
ZoneInfo.clear_cache()
print(ZoneInfo("Europe/Paris") is again)
print(copy.copy(paris) is paris, copy.deepcopy(again) is ZoneInfo("Europe/Paris"))


class Local(ZoneInfo):
    pass


mine = Local("Europe/Paris")
print(repr(mine), str(mine), type(mine).__name__, mine is Local("Europe/Paris"),
      mine is ZoneInfo("Europe/Paris"))
print(Local.no_cache("UTC"), type(Local.no_cache("UTC")).__name__)
Local.clear_cache()
print(Local("Europe/Paris") is mine)

print("-- keys that fail")
for key in ["Foo/Bar", "", "Europe", "/etc/localtime", "../zoneinfo/UTC", "a/../b",
            "Europe/Paris/", "./UTC", "zone.tab", "Europe//Paris", "..", "..x", 5, None,
            ["x"], "iso3166.tab", "Etc", "EUROPE/PARIS", "a\x00b", "Europe/Pa ris"]:
    attempt(repr(key), lambda: ZoneInfo(key))
for key in ["UTC", "posixrules", "right/UTC", "Etc/GMT-14", "US/Eastern"]:
    attempt(repr(key), lambda: ZoneInfo(key).key)
try:
    ZoneInfo("Mars/Olympus_Mons")
except KeyError as e:
    print("KeyError caught:", type(e).__name__, e.args, str(e))

print("-- search path")
attempt("reset str", lambda: zoneinfo.reset_tzpath("/usr/share/zoneinfo"))
attempt("reset relative", lambda: zoneinfo.reset_tzpath(["rel", "/abs", "also/rel"]))
zoneinfo.reset_tzpath(["/nonexistent/zones"])
print(zoneinfo.TZPATH)
attempt("no_cache under bad path", lambda: ZoneInfo.no_cache("Europe/Paris"))
print("cached still", ZoneInfo("Europe/Paris").key)
print(len(zoneinfo.available_timezones()))
zoneinfo.reset_tzpath(to=("/usr/share/zoneinfo",))
print(zoneinfo.TZPATH, ZoneInfo.no_cache("Asia/Tokyo").key)
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)

zones = zoneinfo.available_timezones()
print(type(zones).__name__, len(zones) > 300)
for key in ["UTC", "Europe/Paris", "America/Argentina/Buenos_Aires", "posixrules", "right/UTC",
            "posix/UTC", "zone.tab", "Etc/GMT+5", "localtime", "Factory"]:
    print(" ", key, key in zones)
print(sorted(zones)[:8])
print(sorted(k for k in zones if k.startswith("Australia/"))[:6])

print("-- from_file")
with open("/usr/share/zoneinfo/Asia/Kolkata", "rb") as stream:
    kolkata_file = ZoneInfo.from_file(stream)
print(kolkata_file.key, repr(kolkata_file).startswith("zoneinfo.ZoneInfo.from_file("),
      str(kolkata_file) == repr(kolkata_file))
with open("/usr/share/zoneinfo/Asia/Kolkata", "rb") as stream:
    raw = stream.read()
named = ZoneInfo.from_file(io.BytesIO(raw), key="Named/Zone")
print(repr(named), str(named), named is ZoneInfo.from_file(io.BytesIO(raw), key="Named/Zone"))
moment = datetime(2024, 5, 1, 12, tzinfo=named)
print(moment.isoformat(), moment.tzname(), moment.astimezone(timezone.utc))
attempt("junk", lambda: ZoneInfo.from_file(io.BytesIO(b"not a zone file at all")))
attempt("empty", lambda: ZoneInfo.from_file(io.BytesIO(b"")))
attempt("pickle from_file", lambda: kolkata_file.__reduce__())
print(ZoneInfo("UTC").__reduce__()[1], ZoneInfo.no_cache("UTC").__reduce__()[1])

print("-- offsets without a datetime")
for key in ["UTC", "Etc/GMT+5", "Etc/GMT-14", "Asia/Kolkata", "Europe/Paris", "Asia/Tokyo"]:
    zone = ZoneInfo(key)
    print(" ", key, zone.utcoffset(None), zone.dst(None), zone.tzname(None),
          time(12, 30, tzinfo=zone).isoformat(), time(1, tzinfo=zone).utcoffset())

print("-- argument checks")
attempt("fromutc int", lambda: paris.fromutc(5))
attempt("fromutc naive", lambda: paris.fromutc(datetime(2020, 1, 1)))
attempt("fromutc other zone", lambda: paris.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)))
attempt("fromutc date", lambda: paris.fromutc(date(2020, 1, 1)))
attempt("fromutc ok", lambda: paris.fromutc(datetime(2020, 7, 1, 12, tzinfo=paris)))
attempt("utcoffset str", lambda: paris.utcoffset("2020"))
attempt("utcoffset date", lambda: paris.utcoffset(date(2020, 7, 1)))

print("-- datetime integration")
ny = ZoneInfo("America/New_York")
tokyo = ZoneInfo("Asia/Tokyo")
howe = ZoneInfo("Australia/Lord_Howe")
a = datetime(2023, 3, 12, 1, 30, tzinfo=ny)
print(repr(a))
print(a, a + timedelta(hours=1), (a + timedelta(hours=1)).tzname())
print(a.astimezone(timezone.utc) + timedelta(hours=1))
print((a.astimezone(timezone.utc) + timedelta(hours=1)).astimezone(ny))
b = datetime(2023, 11, 5, 1, 30, tzinfo=ny)
c = b.replace(fold=1)
print(b, c, b.tzname(), c.tzname(), repr(c))
print("fold differs:", b == c, b < c, c - b, c.astimezone(timezone.utc) - b.astimezone(timezone.utc))
print("ambiguous vs utc:", b == b.astimezone(timezone.utc), c == c.astimezone(timezone.utc))
print("unambiguous:", a == a.astimezone(tokyo), a.astimezone(tokyo))
print("hash equal:", hash(a) == hash(a.astimezone(tokyo)), hash(b) == hash(c))
print(b.astimezone(tokyo) - a.astimezone(howe))
print(sorted([b, c, a, datetime(2023, 11, 5, 6, 15, tzinfo=timezone.utc),
              datetime(2023, 11, 5, 15, 0, tzinfo=tokyo)]))
print(max(a, b.astimezone(howe)), min(a.astimezone(tokyo), b))
print(b.strftime("%Y-%m-%d %H:%M:%S %Z %z"), c.strftime("%Z%z %%Z"))
print(datetime(1900, 1, 1, tzinfo=paris).strftime("%Z %z"), datetime(1900, 1, 1, tzinfo=paris))
print(datetime(2023, 6, 1, tzinfo=howe).strftime("%Z|%z"), datetime(2023, 6, 1, tzinfo=howe).dst())
print(datetime(2023, 12, 1, tzinfo=howe).strftime("%Z|%z"), datetime(2023, 12, 1, tzinfo=howe).dst())
print(a.timestamp(), b.timestamp(), c.timestamp(), datetime(2023, 3, 12, 2, 30, tzinfo=ny).timestamp())
print(datetime.fromtimestamp(1699162200, ny), datetime.fromtimestamp(1699165800, ny),
      datetime.fromtimestamp(1699165800, ny).fold)
print(datetime.fromtimestamp(0, howe).isoformat(), datetime.fromtimestamp(2**31, howe))
print(a.timetuple(), b.utctimetuple())
print(datetime(2023, 7, 1, tzinfo=paris).timetuple().tm_isdst,
      datetime(2023, 1, 1, tzinfo=paris).timetuple().tm_isdst)
now = datetime.now(ny)
print(type(now).__name__, now.tzinfo is ny, now.utcoffset() in (timedelta(hours=-4), timedelta(hours=-5)))
print(datetime.now(ZoneInfo("UTC")).tzname())
print(a.ctime(), a.isoformat(timespec="minutes"), a.date(), a.timetz())
print(datetime.combine(date(2023, 7, 4), time(9, tzinfo=ny)).isoformat())
print(datetime(2023, 7, 4, 9, tzinfo=ny).astimezone(paris).astimezone(howe).astimezone(ny))
print(datetime(2023, 7, 4, 9, tzinfo=ny) == datetime(2023, 7, 4, 15, tzinfo=paris))
print(datetime(2023, 7, 4, 9, tzinfo=ny) - datetime(2023, 7, 4, 9, tzinfo=paris))
same_zone = datetime(2023, 11, 5, 0, 30, tzinfo=ny)
print("same zone difference is wall time:", b - same_zone, c - same_zone)
print(datetime(2023, 11, 5, 1, 30, tzinfo=ny) + timedelta(days=1))
attempt("naive vs aware", lambda: a < datetime(2023, 1, 1))
print(a == datetime(2023, 3, 12, 1, 30), a != datetime(2023, 3, 12, 1, 30))
print(datetime(2040, 7, 1, 12, tzinfo=ny).isoformat(), datetime(2099, 11, 1, 1, 30, fold=1, tzinfo=ny))
print(datetime(9999, 12, 31, 12, tzinfo=paris).isoformat(), datetime(1, 1, 2, tzinfo=paris).isoformat())

print("-- PYTHONTZPATH")
import os
import warnings
os.environ["PYTHONTZPATH"] = os.pathsep.join(["/usr/share/zoneinfo", "relative/dir", "/etc/zoneinfo"])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
for warning in caught:
    print(warning.category.__name__, warning.message)
os.environ["PYTHONTZPATH"] = ""
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH, len(zoneinfo.available_timezones()))
attempt("no path at all", lambda: ZoneInfo.no_cache("UTC"))
del os.environ["PYTHONTZPATH"]
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
attempt("missing attribute", lambda: zoneinfo.nothing)
print("TZPATH" in dir(zoneinfo), "ZoneInfo" in dir(zoneinfo))

print("-- datetime subclasses")


class Stamp(datetime):
    pass


start = Stamp(2023, 11, 5, 5, 30, tzinfo=timezone.utc)
for value in (start, start + timedelta(hours=1)):
    moved = value.astimezone(ny)
    print(type(moved).__name__, repr(moved))
    direct = ny.fromutc(value.replace(tzinfo=ny))
    print(type(direct).__name__, repr(direct))
print(type(Stamp.fromtimestamp(1699162200, ny)).__name__, Stamp.now(ny).tzinfo)
print(repr(Stamp(2023, 11, 5, 1, 30, fold=1, tzinfo=ny) - timedelta(0)))
