# Handlers naming user exception classes, quiet (no name, an inert body) and not, with the
# traceback of what a loud handler catches printed exactly.
import sys
import traceback


class BadRecord(Exception):
    pass


class Short(BadRecord):
    pass


class Kept(Exception):
    seen = []

    def __init__(self, *args):
        Exception.__init__(self, *args)
        Kept.seen.append(self)


def check(fields):
    if len(fields) < 2:
        raise Short("short")
    if fields[0] == "":
        raise BadRecord("empty", fields)
    if fields[0] == "k":
        raise Kept("kept")
    return len(fields)


def count_bad(records):
    bad = 0
    for r in records:
        try:
            check(r)
        except BadRecord:
            bad += 1
        except (Kept, KeyError):
            bad += 100
    return bad


records = [["a", "b"], ["a"], ["", "x"], ["k", "v"]] * 50
print(count_bad(records), len(Kept.seen))


def frames(text):
    """The traceback without the folder of the file (it differs between checkouts)."""
    return [line.split("/")[-1] for line in text.splitlines()]


def loud(fields):
    try:
        check(fields)
    except BadRecord:
        return frames(traceback.format_exc())


print(loud(["", "y"]))
print(loud(["z"]))
try:
    for r in records[:3]:
        try:
            check(r)
        except Short:
            pass
except BadRecord as e:
    print("outer caught", repr(e), e.args, type(e.__context__))
    print(frames(traceback.format_exc()))
try:
    check(["q"])
except BadRecord:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
