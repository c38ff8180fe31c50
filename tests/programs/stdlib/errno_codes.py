# errno: the Linux names and numbers, errorcode in CPython's order, errno of a real OSError.
import errno, os
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EWOULDBLOCK])
print(len(errno.errorcode), list(errno.errorcode.items())[:5], list(errno.errorcode)[-3:])
try:
    os.stat("/no/such")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))
print(sorted(n for n in dir(errno) if n.startswith("E"))[:8])
