# atexit callbacks run after sys.exit, and after the main module ends, with the exit status kept.
import atexit
import sys

atexit.register(print, "second registered, runs first")
atexit.register(lambda: print("a lambda's turn"))
atexit.register(sys.stdout.write, "written at exit\n")
print("exiting with 3")
sys.exit(3)
