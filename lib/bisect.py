"""Binary search in sorted sequences: where an item goes (bisect_left/bisect_right) and putting
it there (insort_left/insort_right), with CPython's arguments, errors and comparison order:
only `<` is used, with the searched item on the same side as CPython puts it."""

from _builtinfunc import builtin as _as_builtin


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return lo, len(a) if hi is None else hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index to insert x at in sorted a[lo:hi] so that it lands after any equal items."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index to insert x at in sorted a[lo:hi] so that it lands before any equal items."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted list a, after any equal items."""
    # The place is found first: a wrong `a` fails on its length before its missing insert().
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted list a, before any equal items."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


# CPython's are C functions (module _bisect): so are these, to print and behave alike.
bisect_right = _as_builtin(bisect_right, '_bisect')
bisect_left = _as_builtin(bisect_left, '_bisect')
insort_right = _as_builtin(insort_right, '_bisect')
insort_left = _as_builtin(insort_left, '_bisect')

bisect = bisect_right
insort = insort_right
