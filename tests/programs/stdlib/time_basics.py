import time

t0 = time.time()
print(type(t0).__name__, t0 > 1.6e9, type(time.time_ns()).__name__, time.time_ns() > 1.6e18)
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
time.sleep(0.05)
print(time.monotonic() - m0 >= 0.045, time.perf_counter() - p0 >= 0.045,
      time.perf_counter_ns() - n0 >= 45_000_000, time.time() - t0 < 5)
time.sleep(0)
print(type(time.process_time()).__name__)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g[0], len(g), tuple(g)[:3])
g2 = time.gmtime(1700000000.75)
print(g2)
print(time.strftime('%Y-%m-%d %H:%M:%S', g2))
print(time.strftime('%a, %d %b %Y %H:%M:%S GMT', g2))
print(time.strftime('%A %B %j %U %W %w %y %I %p %%', g2))
print(time.strftime('%c|%x|%X|%D|%e|%T|%R', time.gmtime(86400 * 400 + 3661)))
print(time.asctime(time.gmtime(1234567890)))
print(time.gmtime(951782400).tm_yday, time.gmtime(951868800))
print(time.strftime('%G-W%V-%u', time.gmtime(1609459200)), time.strftime('%G-W%V-%u', time.gmtime(1704067200)))
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, st.tm_hour)
print(time.strftime('%d/%m/%Y', st))
lt = time.localtime()
print(type(lt).__name__, 1 <= lt.tm_mon <= 12, isinstance(time.timezone, int))
for bad in [-1, 'x']:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
