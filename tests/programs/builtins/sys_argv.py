import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[1:])
print(isinstance(sys.argv[0], str))
print(sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[0], sys.version_info >= (3, 8))
print(sys.getrecursionlimit() >= 1000)
print(type(sys.stdout).__name__ != "", hasattr(sys.stdout, "write"))
