"""Facts about the machine and the Python running the program: system, node, release, version,
machine, uname, platform, python_version and friends, libc_ver, freedesktop_os_release (Linux)."""

import collections
import os
import re
import sys

__all__ = ["system", "node", "release", "version", "machine", "processor", "uname", "platform",
           "python_version", "python_version_tuple", "python_implementation", "architecture",
           "libc_ver", "freedesktop_os_release", "uname_result"]


class uname_result(collections.namedtuple("uname_result",
                                          "system node release version machine")):
    """uname() as a named tuple of five, with processor as a sixth attribute."""

    @property
    def processor(self):
        # The kernel does not say on Linux; CPython asks `uname -p`, which answers nothing useful.
        return ""

    def _six(self):
        return tuple(super().__iter__()) + (self.processor,)

    def __iter__(self):
        return iter(self._six())

    def __getitem__(self, key):
        return self._six()[key]

    def __len__(self):
        return 6

    def __reduce__(self):
        return uname_result, tuple(super().__iter__())


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_implementation():
    """The implementation's name: this one is Memphis, not CPython."""
    return "Memphis"


def python_compiler():
    return ""


def architecture(executable=sys.executable, bits="", linkage=""):
    return ("64bit", "ELF")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """('glibc', version) of the C library the program runs on."""
    libc, _, libc_version = os.confstr("CS_GNU_LIBC_VERSION").partition(" ")
    return libc, libc_version


def platform(aliased=False, terse=False):
    """One line naming the system, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    u = uname()
    libc, libc_version = libc_ver()
    text = "-".join((u.system, u.release, u.machine, "with", libc + libc_version))
    # CPython folds repeated dashes and drops a trailing "-unknown" part.
    text = re.sub(r"-{2,}", "-", text.replace(" ", "_"))
    return text


_OS_RELEASE_LINE = re.compile(
    r"^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"']?)(?P<value>.*)(?P=quote)$")
_OS_RELEASE_UNESCAPE = re.compile(r"\\([\\\$\"\'`])")
_os_release_cache = None


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict; OSError when neither is
    there."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ("/etc/os-release", "/usr/lib/os-release"):
            try:
                with open(candidate, encoding="utf-8") as f:
                    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
                    for line in f:
                        m = _OS_RELEASE_LINE.match(line)
                        if m is not None:
                            info[m.group("name")] = _OS_RELEASE_UNESCAPE.sub(r"\1", m.group("value"))
                    _os_release_cache = info
                    break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, "Unable to read files %s" % ", ".join(("/etc/os-release", "/usr/lib/os-release")))
    return _os_release_cache.copy()
