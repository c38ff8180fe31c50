# An uncaught UnboundLocalError gets no "Did you mean" even when a global's name is one letter away
# (CPython offers suggestions for NameError itself only).
_T = 5


def bump():
    print("bumping")
    _t = _t + _T
    return _t


bump()
