# Reading stdin after its descriptor was closed is OSError EBADF (errno 9).
import sys

print(repr(sys.stdin.buffer.read(6)))
with open(0, "rb", closefd=True) as f:
    print(f.read())
for attempt in ("input", "readline", "read", "buffer"):
    try:
        if attempt == "input":
            input()
        elif attempt == "readline":
            sys.stdin.readline()
        elif attempt == "read":
            sys.stdin.read()
        else:
            sys.stdin.buffer.read()
        print(attempt, "read nothing")
    except OSError as e:
        print(attempt, type(e).__name__, e.errno, e.strerror, e)
