# os.sysconf answers the common configuration names, by name or by number; os.sysconf_names maps
# them to their numbers. Only values that do not depend on the machine are printed.
import os

NAMES = ['SC_ARG_MAX', 'SC_CHILD_MAX', 'SC_CLK_TCK', 'SC_NGROUPS_MAX', 'SC_OPEN_MAX',
         'SC_PAGESIZE', 'SC_PAGE_SIZE', 'SC_NPROCESSORS_CONF', 'SC_NPROCESSORS_ONLN',
         'SC_PHYS_PAGES', 'SC_LINE_MAX', 'SC_IOV_MAX', 'SC_LOGIN_NAME_MAX', 'SC_TTY_NAME_MAX',
         'SC_VERSION', 'SC_2_VERSION', 'SC_RE_DUP_MAX', 'SC_STREAM_MAX', 'SC_THREAD_STACK_MIN']

for name in NAMES:
    value = os.sysconf(name)
    number = os.sysconf_names[name]
    print(name, type(number).__name__, type(value).__name__, value > 0, os.sysconf(number) == value)

print(os.sysconf('SC_PAGESIZE') == os.sysconf('SC_PAGE_SIZE'))
print(os.sysconf('SC_PAGESIZE') in (4096, 16384, 65536))
print(os.sysconf('SC_NPROCESSORS_ONLN') <= os.sysconf('SC_NPROCESSORS_CONF'))
print(os.sysconf('SC_CLK_TCK'), os.sysconf('SC_TZNAME_MAX'), os.sysconf('SC_VERSION'))
print(os.sysconf('SC_ARG_MAX') >= 4096, os.sysconf('SC_OPEN_MAX') >= 16)
print(os.sysconf(True) == os.sysconf('SC_CHILD_MAX'))
print(type(os.sysconf_names).__name__, all(isinstance(k, str) for k in os.sysconf_names))
print(all(os.sysconf_names[n] == os.sysconf_names[m] for n, m in [('SC_PAGESIZE', 'SC_PAGE_SIZE')]))

# A seeded walk over wrong names: unknown strings, other types, numbers no name has.
seed = 7
for _ in range(12):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    pick = seed % 6
    if pick == 0:
        arg = 'SC_' + 'XYZ'[seed % 3] * (1 + seed % 4)
    elif pick == 1:
        arg = (seed % 100) / 7 + 0.5
    elif pick == 2:
        arg = None
    elif pick == 3:
        arg = 100000 + seed % 1000
    elif pick == 4:
        arg = -1 - seed % 50
    else:
        arg = b'SC_OPEN_MAX'
    try:
        os.sysconf(arg)
        print(repr(arg), 'accepted')
    except Exception as e:
        print(repr(arg), type(e).__name__, e)
for bad in ['', 'sc_open_max', 'PAGESIZE', [], {}]:
    try:
        os.sysconf(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    os.sysconf()
except TypeError as e:
    print('TypeError', e)
try:
    os.sysconf('SC_OPEN_MAX', 1)
except TypeError as e:
    print('TypeError', e)
