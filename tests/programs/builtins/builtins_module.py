# The builtins module: its functions, types, exceptions and constants, reached by attribute and by
# getattr, as code that shadows a builtin name does.
import builtins
import builtins as b
from builtins import len as length, str as text


def list(*args):
    return "shadowed"


print(list(), builtins.list("ab"), length([1, 2, 3]), text(4), b.print is print)
print(builtins.__name__, getattr(builtins, "None") is None, getattr(builtins, "True"), getattr(builtins, "False"), builtins.__debug__)
print(getattr(builtins, "sorted")([3, 1, 2]), hasattr(builtins, "ValueError"), hasattr(builtins, "no_such"))
print(issubclass(builtins.KeyError, builtins.LookupError), builtins.int("12") + 1, builtins.type(3) is int)
same = {"abs": abs, "max": max, "zip": zip, "range": range, "dict": dict, "Exception": Exception,
        "NotImplemented": NotImplemented, "Ellipsis": Ellipsis, "object": object, "super": super,
        "open": open, "isinstance": isinstance, "StopIteration": StopIteration, "bytes": bytes}
print([name for name, value in same.items() if getattr(builtins, name) is not value])
try:
    raise builtins.ValueError("raised through the module")
except ValueError as e:
    print(e)
try:
    builtins.no_such_builtin
except AttributeError as e:
    print(e)
