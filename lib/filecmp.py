"""Compare files and directory trees.

`cmp` compares two files (by their stat signature, then by content), `cmpfiles` sorts a list of
names common to two directories into equal / different / uncomparable, and `dircmp` compares two
directories, computing each of its result attributes the first time it is read.
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# Earlier content comparisons, keyed by both names and both stat signatures so that a file that
# changed since is compared again.
_cache = {}
_CACHE_LIMIT = 100


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def _signature(info):
    return (stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime)


def _same_bytes(path1, path2):
    with open(path1, 'rb') as one, open(path2, 'rb') as two:
        while True:
            chunk = one.read(BUFSIZE)
            if chunk != two.read(BUFSIZE):
                return False
            if not chunk:
                return True


def cmp(f1, f2, shallow=True):
    """Whether files f1 and f2 are the same.

    With shallow true, two regular files whose type, size and modification time agree are taken
    to be equal without being read; otherwise equal means equal bytes. Results are cached until
    either file's stat signature changes (clear_cache() empties the cache).
    """
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    if key in _cache:
        return _cache[key]
    result = _same_bytes(f1, f2)
    if len(_cache) > _CACHE_LIMIT:
        clear_cache()
    _cache[key] = result
    return result


def _classify(path1, path2, shallow):
    """0 when the files are equal, 1 when they differ, 2 when they cannot be compared."""
    try:
        return 0 if cmp(path1, path2, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in `common` in directories a and b.

    Returns three lists of names: equal files, different files, and files that could not be
    compared.
    """
    outcome = ([], [], [])
    for name in common:
        outcome[_classify(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return outcome


def _file_type(path):
    try:
        return stat.S_IFMT(os.stat(path).st_mode)
    except OSError:
        return None


class dircmp:
    """The comparison of two directories.

    dircmp(a, b, ignore=None, hide=None): `ignore` lists names to leave out (DEFAULT_IGNORES by
    default) and `hide` names never shown (os.curdir and os.pardir by default).

    Results, each computed when first read: left_list, right_list, common, left_only,
    right_only, common_dirs, common_files, common_funny, same_files, diff_files, funny_files and
    subdirs (dircmp objects of the same class for the common subdirectories). report(),
    report_partial_closure() and report_full_closure() print the differences.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        """List both directories, without hidden and ignored names."""
        skipped = self.hide + self.ignore
        self.left_list = sorted(n for n in os.listdir(self.left) if n not in skipped)
        self.right_list = sorted(n for n in os.listdir(self.right) if n not in skipped)

    def phase1(self):
        """Split the names into common ones and ones on a single side."""
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [name for key, name in left.items() if key in right]
        self.left_only = [name for key, name in left.items() if key not in right]
        self.right_only = [name for key, name in right.items() if key not in left]

    def phase2(self):
        """Sort the common names into directories, files and the rest."""
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            kind_left = _file_type(os.path.join(self.left, name))
            kind_right = _file_type(os.path.join(self.right, name))
            if kind_left is None or kind_right is None or kind_left != kind_right:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_left):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_left):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        """Compare the common files."""
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        """Make a comparison for each common subdirectory."""
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        """phase4, applied through the whole tree."""
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        """Print the differences between the two directories."""
        print('diff', self.left, self.right)
        sections = (
            ('left_only', ('Only in', self.left, ':')),
            ('right_only', ('Only in', self.right, ':')),
            ('same_files', ('Identical files :',)),
            ('diff_files', ('Differing files :',)),
            ('funny_files', ('Trouble with common files :',)),
            ('common_dirs', ('Common subdirectories :',)),
            ('common_funny', ('Common funny cases :',)),
        )
        for attribute, heading in sections:
            names = getattr(self, attribute)
            if names:
                names.sort()
                print(*heading, names)

    def report_partial_closure(self):
        """Print the report of this pair and of each common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Print the reports of the whole tree."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    # Which phase computes each lazily made attribute.
    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        phase = type(self).methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)
