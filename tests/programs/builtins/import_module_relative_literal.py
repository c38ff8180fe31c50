# importlib.import_module with a literal relative name and a literal package: the module is
# bundled with the program as if imported.
import importlib

parse = importlib.import_module(".parse", "urllib")
print(parse.__name__, parse.quote("a b/c"), parse.urlsplit("http://h/p?q=1").query)
again = importlib.import_module("..parse", package="urllib.error")
print(again is parse, again.unquote("x%20y"))
print(importlib.import_module(".", "urllib").__name__)
for name, package in ((".missing_mod", "urllib"), ("...parse", "urllib.error"), (".parse", None)):
    try:
        importlib.import_module(name, package)
    except Exception as e:
        print(type(e).__name__, e)
