# CPython's limits on printing a group: at most 15 sub-exceptions (then "and N more exceptions")
# and 10 levels of nesting (then "... (max_group_depth is 10)"); except* at module level re-raises
# the unmatched rest with the handlers' errors.


def fail(i):
    raise ValueError(f"bad {i}")


errors = []
for i in range(17):
    try:
        fail(i)
    except Exception as e:
        errors.append(e)
wide = ExceptionGroup("many", errors)
wide.add_note("a note")
wide.add_note("and another")
deep = ValueError("leaf")
for d in range(12):
    deep = ExceptionGroup(f"level {d}", [deep])
try:
    try:
        raise ExceptionGroup("top", [wide, deep, KeyError("k"), TypeError("t")])
    except* TypeError as te:
        print("handled", repr(te))
except* KeyError:
    raise RuntimeError("while handling")
