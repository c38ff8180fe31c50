# `from m import *` rebinds builtin names the module exports: math's pow, os's open, re's compile,
# sys's exit. Reads of those names, at module level and in functions, see the module's function.
from math import *
print(pow(2, 10), [pow(i, 2) for i in range(4)], pow(2.5, 2))
print(pow(9, 0.5), pow(-8, 1 / 3) if False else pow(8, 1 / 3))

def area(r):
    return pi * pow(r, 2)

print(round(area(2), 6), sqrt(16), floor(2.7), type(pow).__name__)

from re import *
pattern = compile(r"(\w+)@(\w+)")
print(pattern.findall("ann@x bob@y"), type(pattern).__name__)

from os import *
print(open is not __builtins__.open, path.basename("a/b.txt"))

from sys import *
print(exit.__name__, exit is not __builtins__.exit)

def uses_builtins(xs):
    return len(xs), max(xs), min(xs), sum(xs), sorted(xs, reverse=True)

print(uses_builtins([3, 1, 2]))
pow = lambda a, b: "rebound"
print(pow(1, 2))
