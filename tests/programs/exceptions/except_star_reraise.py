# What leaves an except* statement: a bare `raise` keeps the matched part as it was (merged back
# into the original group), while `raise e`, a raise in a called function or a raise of a leaf
# makes it newly raised (wrapped with what is left in a new group), as CPython tells them apart.
def shape(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(shape(x) for x in e.exceptions)}])"
    return repr(e)
def helper(e):
    raise e
def bare_helper():
    raise
cases = {}
def case(f):
    try:
        f()
    except BaseException as e:
        print(f.__name__, shape(e))
@case
def named():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v
@case
def bare():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
@case
def via_helper():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        helper(v)
@case
def via_bare_helper():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        bare_helper()
@case
def part_of_part():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as v:
        raise v.exceptions[0]
@case
def bare_in_nested_try():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError(5)
        except KeyError:
            raise
@case
def both_bare():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* KeyError:
        raise
@case
def named_and_bare():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as v:
        raise v
    except* KeyError:
        raise
