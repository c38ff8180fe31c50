"""POSIX pathname functions: the module os.path is on this platform.

The functions are implemented natively behind os.path; importing this module gives that same
module object, so `os.path is posixpath` holds as it does in CPython.
"""

import os as _os
import sys as _sys

_sys.modules[__name__] = _os.path
