# platform's facts (checked against os.uname and os.confstr), os.uname_result, freedesktop_os_release.
import platform, os, sys
u = platform.uname()
print(u == platform.uname(), len(u), u[0], u.system == os.uname().sysname, u.processor == u[5])
print(platform.system(), platform.machine() == os.uname().machine, platform.node() == os.uname().nodename)
print(platform.release() == os.uname().release, platform.version() == os.uname().version)
print(platform.python_version(), platform.python_version_tuple())
print(platform.architecture(), platform.libc_ver()[0], platform.libc_ver()[1] == os.confstr("CS_GNU_LIBC_VERSION").split()[1])
p = platform.platform()
print(p.startswith("Linux-" + platform.release()), p.endswith("-with-" + "".join(platform.libc_ver())), p == platform.platform(terse=True))
print(type(os.uname()).__name__, len(os.uname()), os.uname()[0], list(os.uname()) == [os.uname().sysname, os.uname().nodename, os.uname().release, os.uname().version, os.uname().machine])
rel = platform.freedesktop_os_release()
print(sorted(k for k in ("NAME", "ID", "PRETTY_NAME") if k in rel), isinstance(rel.get("ID"), str))
try:
    os.confstr("NOPE")
except ValueError as e:
    print(e)
