# A handler that only takes str(e), whose statement fails (the list's item is not a number when
# the `try` starts): the exception it raises prints the one handled, with its whole traceback.
def validate(fields):
    if len(fields) < 2:
        raise KeyError("short record")


def count(records):
    totals = [0, 0]
    for fields in records:
        try:
            validate(fields)
        except KeyError as e:
            totals[1] += len(str(e))
        totals[0] = "done" if fields == ["last"] else totals[0]
        totals[1] = None if fields == ["last"] else totals[1]
    return totals


print(count([["a"], ["b", "c"]] * 10))
print(count([["a"], ["last"], ["z"]]))
