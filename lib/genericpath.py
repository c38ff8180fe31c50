"""The path functions every platform's os.path shares (existence and kind tests, file times
and sizes, common prefixes, same-file checks), here taken from the native os.path."""

from os.path import (commonprefix, exists, getatime, getctime, getmtime, getsize, isdir,
                     isfile, samefile, sameopenfile, samestat)

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdir',
           'isfile', 'samefile', 'sameopenfile', 'samestat']
