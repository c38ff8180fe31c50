# Zone names (tzname, tm_zone, %Z) are looked up only when read; they must agree with each other.
import time

lt = time.localtime()
print(type(time.tzname).__name__, len(time.tzname), all(isinstance(n, str) for n in time.tzname))
print(time.tzname is time.tzname, time.tzname == time.tzname)
print(lt.tm_zone == time.tzname[lt.tm_isdst], time.strftime("%Z", lt) == lt.tm_zone)
print(time.strftime("%Z") == time.tzname[time.localtime().tm_isdst])
print(time.gmtime(0).tm_zone, time.strftime("%Z", time.gmtime(0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0, "XYZ", 3600))
print(st.tm_zone, st.tm_gmtoff, time.strftime("%Z", st))
st9 = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st9.tm_zone, st9.tm_gmtoff)
print("tzname" in dir(time), "tzname" in vars(time), vars(time)["tzname"] == time.tzname)
from time import tzname
print(tzname == time.tzname)
time.tzname = ("A", "B")
print(time.tzname)
print(time.localtime(0).tm_zone == time.localtime(0).tm_zone)
