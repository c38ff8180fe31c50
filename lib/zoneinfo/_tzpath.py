"""Where zone files are looked for (TZPATH), and how keys are checked and found there."""

import os

# The search path CPython is configured with on Debian-family systems (its TZPATH build
# setting); PYTHONTZPATH in the environment replaces it.
_BUILT_IN_SEARCH_PATH = "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo"

TZPATH = ()


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path was given in PYTHONTZPATH; it is ignored."""


InvalidTZPathWarning.__module__ = "zoneinfo._tzpath"


def _relative_paths_message(paths):
    relative = [path for path in paths if not os.path.isabs(path)]
    listing = "".join("\n    " + path for path in relative)
    return "Paths should be absolute but found the following relative paths:" + listing


def _paths_from_setting(setting):
    """Absolute entries of an os.pathsep-separated setting, warning about the others."""
    if not setting:
        return ()
    entries = setting.split(os.pathsep)
    kept = tuple(entry for entry in entries if os.path.isabs(entry))
    if len(kept) != len(entries):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(entries), InvalidTZPathWarning)
    return kept


def reset_tzpath(to=None):
    """Set the search path to `to` (a sequence of absolute paths), or back to the default
    taken from PYTHONTZPATH or the built-in setting."""
    global TZPATH
    if to is None:
        setting = os.environ.get("PYTHONTZPATH")
        if setting is None:
            setting = _BUILT_IN_SEARCH_PATH
        TZPATH = _paths_from_setting(setting)
        return
    if isinstance(to, str):
        raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
    if not all(os.path.isabs(path) for path in to):
        raise ValueError(_relative_paths_message(to))
    TZPATH = tuple(to)


def check_key(key):
    """Refuse keys that could name a file outside the search path's directories."""
    if os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % (key,))
    tidied = os.path.normpath(key)
    # normpath only changes the length of a key that has '.', '..', '//' or a trailing '/'.
    if len(tidied) != len(key):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % (key,))
    # Anchored below a stand-in directory, a key must not climb out of it.
    anchored = os.path.normpath(os.path.join("_", tidied))
    if anchored.split(os.sep)[0] != "_":
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s"
                         % (key,))


def find_tzfile(key):
    """The first file named `key` under a TZPATH directory, or None."""
    check_key(key)
    for directory in TZPATH:
        candidate = os.path.join(directory, key)
        if os.path.isfile(candidate):
            return candidate
    return None


def _is_zone_file(path):
    try:
        with open(path, "rb") as stream:
            return stream.read(4) == b"TZif"
    except OSError:
        return False


def available_timezones():
    """The set of keys for which a zone file exists under some TZPATH directory."""
    keys = set()
    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for folder, subfolders, files in os.walk(root):
            if folder == root:
                # Leap-second ("right") and duplicate ("posix") trees are not separate zones.
                for skipped in ("right", "posix"):
                    if skipped in subfolders:
                        subfolders.remove(skipped)
            for name in files:
                path = os.path.join(folder, name)
                key = os.path.relpath(path, root)
                if key and key not in keys and _is_zone_file(path):
                    keys.add(key)
    keys.discard("posixrules")
    return keys


reset_tzpath()
