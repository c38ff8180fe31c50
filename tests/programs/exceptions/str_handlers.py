# `except E as e:` handlers that only take str(e): the exception's class and arguments decide at
# the raise whether its traceback can be skipped; the name is unbound after the handler.
import sys
import traceback


class BadRecord(Exception):
    pass


class Loud(BadRecord):
    def __str__(self):
        # Runs while the handler handles this exception: it sees it, and its traceback.
        tb = "".join(traceback.format_tb(sys.exc_info()[2])).replace(__file__, "F")
        return "loud: " + sys.exc_info()[0].__name__ + " " + str(sys.exc_info()[1] is self) + tb


def validate(fields):
    if len(fields) < 2:
        raise BadRecord("short record")
    if fields[0] == "n":
        raise BadRecord(len(fields), fields)
    if fields[0] == "l":
        raise Loud("with a __str__")
    if fields[0] == "v":
        raise ValueError("not a record")


def measure(records):
    totals = [0, 0.5, 0]
    for fields in records:
        try:
            validate(fields)
        except BadRecord as e:
            totals[0] += len(str(e))
        except ValueError as e:
            totals[2] -= len(str(e))
    return totals


records = [["a"], ["n", "b"], ["l", "c"], ["v", "d"], ["ok", "e"]] * 20
print(measure(records))
try:
    validate(["l", "x"])
except BadRecord as e:
    print(str(e))


def unbound_after():
    try:
        validate(["x"])
    except BadRecord as e:
        msg = str(e)
    try:
        print(e)
    except UnboundLocalError as err:
        print(msg, "|", err)


unbound_after()


def not_a_number():
    totals = ["text", 0]
    try:
        validate(["x"])
    except BadRecord as e:
        try:
            totals[0] += len(str(e))
        except TypeError as err:
            print(err, repr(err.__context__))
    return totals


print(not_a_number())


def escapes(log):
    counts = [0]
    log.append(counts)
    try:
        validate(["x"])
    except BadRecord as e:
        counts[0] += len(str(e))
    return counts


print(escapes([]))
