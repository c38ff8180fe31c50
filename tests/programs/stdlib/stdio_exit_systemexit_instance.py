# sys.exit() given a SystemExit raises that very exception: its code is the exit status.
import sys

for arg in (SystemExit(3), SystemExit(), SystemExit("text"), SystemExit(1, 2), 5, "msg", None, (), (1, 2), ValueError("v")):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", type(e).__name__, repr(e.code), e is arg, repr(e.args))
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", repr(e.code), e.args)
print("exiting with 3")
sys.exit(SystemExit(3))
