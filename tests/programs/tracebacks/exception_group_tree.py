# An uncaught exception group prints as CPython's tree: the `+ Exception Group Traceback` header,
# `| ` margins, one `+---- i ----` title per sub-exception, nested groups indented, each
# member's traceback cut where it joins its group's, chained exceptions inside a member, notes,
# and what except* re-raises: the unmatched parts with the original traceback, and what the
# handlers raised, in a new group whose traceback starts in the caller.


def fail(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")


def handle():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except Exception as e:
            errors.append(e)
    try:
        raise ZeroDivisionError("division")
    except ZeroDivisionError as z:
        errors.append(ExceptionGroup("inner", [OSError(3), z]))
    group = ExceptionGroup("batch", errors)
    group.add_note("note on the group")
    try:
        raise group
    except* ValueError as v:
        raise RuntimeError("while handling the odd ones") from v.exceptions[0]
    except* OSError:
        raise


def main():
    try:
        handle()
    except* KeyError:
        print("never")


main()
