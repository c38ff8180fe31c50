# importlib.import_module and __import__ by name: literal names (bundled as if imported), names
# built at run time from modules the program carries, relative names, and the errors.
import importlib
import json

mod = importlib.import_module("textwrap")
print(mod.__name__, mod.shorten("a long sentence to cut short", 12))
name = "js" + "on"
print(importlib.import_module(name) is json)
print(importlib.import_module("collections.abc").__name__)
print(__import__("fractions", fromlist=["Fraction"]).Fraction(3, 6))
print(importlib.import_module(".abc", "collections").__name__)
for bad in (lambda: importlib.import_module("no_such_module_here"),
            lambda: importlib.import_module(".x"),
            lambda: __import__("json", bogus=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
print("done")
