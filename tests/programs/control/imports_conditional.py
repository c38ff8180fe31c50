# Imports that may never run fail only where they run, as in CPython: under a condition, in a
# function never called, in a loop that never turns; a relative import in a script raises
# ImportError where it stands, so a `try` can fall back.
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed_not_installed import SupportsRead
    import a_module_for_type_checkers_only as only_types
if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli_not_installed as tomllib
print(tomllib.loads('answer = 42'))

try:
    from . import helpers
except ImportError as e:
    print("ImportError:", e)
    helpers = None
print(helpers)

try:
    from .. import deeper
except ImportError as e:
    print("ImportError:", e)


def never_called():
    import not_installed_anywhere
    return not_installed_anywhere


def called():
    import not_installed_either
    return not_installed_either


try:
    called()
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
for _ in range(0):
    import missing_in_a_loop
while False:
    from missing_package import thing
match sys.platform:
    case "no-such-platform":
        import platform_specific_module
    case _:
        print("no platform module needed")
print("done")
