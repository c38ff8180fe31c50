import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.platform, sys.byteorder)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
sys.stderr.write("direct\n")
sys.stdout.flush()
print("sys" in sys.modules, "__main__" in sys.modules)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
print(sys.exc_info())
def f():
    sys.exit(4)
try:
    f()
except SystemExit as e:
    print("SystemExit", e.code)
print(isinstance(sys.path, list), sys.intern("abc") == "abc")
