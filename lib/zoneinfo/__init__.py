"""IANA time zones for datetime, read from the system's compiled zone files (PEP 615)."""

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

from . import _common, _tzpath
from ._common import ZoneInfoNotFoundError
from ._tzpath import InvalidTZPathWarning, available_timezones, reset_tzpath
from ._zoneinfo import ZoneInfo


def __getattr__(name):
    # TZPATH follows reset_tzpath(), so it is looked up on every access.
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError("module 'zoneinfo' has no attribute %r" % (name,))


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
