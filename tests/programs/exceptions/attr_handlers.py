# `except E as e:` handlers that read only attributes of `e` and count in dicts: the exception's
# class, its attribute values and the dicts decide at the raise whether its traceback can be
# skipped; whatever they decide, the handlers count the same, and an exception that something
# kept (its __init__, a property's setter) keeps its whole traceback.
import sys
import traceback
from json import JSONDecodeError, loads, dumps

saved = []


class ParseError(Exception):
    """The request can't be read."""

    def __init__(self, status, detail=""):
        Exception.__init__(self, detail)
        self.status = status
        self.detail = detail


class Kept(Exception):
    def __init__(self, status):
        Exception.__init__(self, "kept")
        self.status = status
        saved.append(self)


class Watched(Exception):
    def __init__(self, status):
        Exception.__init__(self, "watched")
        self.status = status

    @property
    def status(self):
        return self._status

    @status.setter
    def status(self, v):
        self._status = v
        saved.append(self)


class Computed(Exception):
    def __getattr__(self, name):
        # Runs in the handler: it sees the exception being handled, and its traceback.
        return len(traceback.format_tb(sys.exc_info()[2]))


class Defaulted(ParseError):
    status = 599

    def __init__(self):
        Exception.__init__(self, "defaulted")


def parse(i):
    if i % 5 == 0:
        raise ParseError(400 + i % 3, "bad")
    if i % 5 == 1:
        raise Kept(410)
    if i % 5 == 2:
        raise Watched(420)
    if i % 5 == 3:
        raise Computed("computed")
    if i % 7 == 4:
        raise ParseError(("tuple", i % 2))
    if i % 7 == 6:
        raise ParseError("text")
    if i % 11 == 9:
        raise ParseError(2.5)
    if i % 13 == 4:
        raise Defaulted()
    if i % 17 == 4:
        raise ParseError(True)
    return i


def count(n):
    stats = {"errors": 0, "ok": 0}
    statuses = {}
    for i in range(n):
        try:
            parse(i)
        except ParseError as e:
            stats["errors"] += 1
            statuses[e.status] = statuses.get(e.status, 0) + 1
            continue
        except (Kept, Watched) as e:
            statuses[e.status] = statuses.get(e.status, 0) - 1
            continue
        except Computed as e:
            statuses["computed"] = statuses.get("computed", 0) + e.frames
            continue
        stats["ok"] += 1
    return stats, sorted(statuses.items(), key=repr)


print(count(200))
print(len(saved), [type(x).__name__ for x in saved[:4]])
for x in saved[:2]:
    # The frames from the raise up to the handler's.
    print("".join(traceback.format_tb(x.__traceback__)[-2:]).replace(__file__, "F"))


def first_status(items):
    # `break` out of the handler: the name is unbound after it.
    found = {}
    for i in items:
        try:
            parse(i)
        except ParseError as e:
            last = e.status
            found[last] = 1
            break
    try:
        print(e)
    except NameError as err:
        print("NameError", err)
    return found, last


print(first_status([14, 19, 0, 5]))


def statuses_of(texts):
    # A class imported by name: its handler too reads only attributes.
    positions = {}
    for t in texts:
        try:
            loads(t)
        except JSONDecodeError as e:
            positions[e.pos] = positions.get(e.pos, 0) + 1
    return sorted(positions.items())


print(statuses_of(["[1, 2", "{}", "nul", "[1,]", '"x'] * 3))


def odd_handler():
    # An imported name that is not an exception class is a TypeError where it is tested.
    try:
        try:
            raise ValueError("v")
        except dumps as e:
            print("caught", e.args)
    except TypeError as err:
        print("TypeError", err)


odd_handler()


def counted_by_local(codes):
    # Keys and amounts from locals the handler never rebinds, a missing key counted by += on a
    # dict that has it, a value read from the exception into a local.
    key = "seen"
    step = 2
    totals = {"seen": 0}
    last = None
    for c in codes:
        try:
            raise ParseError(c)
        except ParseError as e:
            totals[key] += step
            totals[e.status] = totals.get(e.status, 0) + step - 1
            last = e.status
    return sorted(totals.items(), key=repr), last


print(counted_by_local([1, 2, 2, "x", 3.5, -0.0, 2**70]))


def drop_watched():
    # A quiet handler: the exception is still kept (by the property's setter), with its traceback.
    for i in range(3):
        try:
            raise Watched(430 + i)
        except Watched:
            pass


drop_watched()
print(len(saved), saved[-1].status, "".join(traceback.format_tb(saved[-1].__traceback__)[-1:]).replace(__file__, "F"))
