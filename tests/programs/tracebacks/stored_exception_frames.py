import sys
import traceback


def names(tb):
    return [(f.name, f.lineno) for f in traceback.extract_tb(tb)]


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Boom(Exception):
    pass


def leaf(n):
    if n < 0:
        raise Boom(n)
    return 10 // n


# 1. caught in a loop, kept, read after the function returned
errors = []


def process(item):
    return leaf(item)


def run(items):
    for it in items:
        try:
            process(it)
        except ZeroDivisionError as e:
            errors.append(e)
        except Boom as e:
            errors.append(e)


run([1, 0, -1])
for e in errors:
    print("kept", type(e).__name__, names(e.__traceback__))


# 2. caught and returned through several callers
def inner():
    raise KeyError("k")


def mid():
    try:
        inner()
    except KeyError as e:
        return e


def outer():
    return mid()


e = outer()
print("returned", names(e.__traceback__), walk(e.__traceback__))
print("formatted", len(traceback.format_exception(e)))


# 3. read inside the handler, then after
def handler_reads():
    try:
        inner()
    except KeyError as e:
        print("inside", names(e.__traceback__), names(sys.exc_info()[2]))
        return e


e = handler_reads()
print("after", names(e.__traceback__))


# 4. bare raise in an outer function: frames accumulate
def level1():
    try:
        inner()
    except KeyError:
        raise


def level2():
    try:
        level1()
    except KeyError as e:
        print("level2 sees", names(e.__traceback__))
        raise


def level3():
    try:
        level2()
    except KeyError as e:
        return e


e = level3()
print("accumulated", names(e.__traceback__))


# 5. raise e of a stored exception later
def keep():
    try:
        inner()
    except KeyError as e:
        return e


stored = keep()
print("stored", names(stored.__traceback__))


def raise_later(exc):
    raise exc


def catch_later():
    try:
        raise_later(stored)
    except KeyError as e:
        return e


again = catch_later()
print("raised again", names(again.__traceback__))


# 6. raise ... from a stored exception
def convert():
    try:
        raise ValueError("converted") from stored
    except ValueError as e:
        return e


conv = convert()
print("from", names(conv.__traceback__), names(conv.__cause__.__traceback__))


# 7. recursion: raise outside the try, caught by a caller of the same function
def visit(depth, out):
    if depth == 0:
        raise Boom("bottom")
    try:
        visit(depth - 1, out)
    except Boom as e:
        out.append(e)
        if depth < 3:
            raise


found = []
visit(4, found)
for e in found:
    print("visit", names(e.__traceback__))


def visit2(depth, out):
    try:
        if depth == 0:
            raise Boom("inside try")
        visit2(depth - 1, out)
    except Boom as e:
        out.append(e)


found = []
visit2(3, found)
print("visit2", [names(e.__traceback__) for e in found])


# 8. generators
def gen():
    yield 1
    raise Boom("gen")


def consume():
    try:
        for x in gen():
            pass
    except Boom as e:
        return e


e = consume()
print("generator", names(e.__traceback__))


def gen_catch():
    try:
        yield leaf(0)
    except ZeroDivisionError as e:
        yield e


g = gen_catch()
e = next(g)
print("generator caught", names(e.__traceback__))


# 9. with blocks
class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", names(tb))
        return False


def with_block():
    try:
        with CM():
            leaf(0)
    except ZeroDivisionError as e:
        return e


e = with_block()
print("with", names(e.__traceback__))


# 10. with_traceback
def other_tb():
    try:
        leaf(-1)
    except Boom as e:
        return e.__traceback__


tb2 = other_tb()
x = ValueError("x")
print("fresh", x.__traceback__)
x2 = x.with_traceback(tb2)
print("with_traceback", x2 is x, names(x.__traceback__))
kept = errors[0]
kept.with_traceback(None)
print("cleared", kept.__traceback__)


def raise_with_tb():
    try:
        raise ValueError("y").with_traceback(tb2)
    except ValueError as e:
        return e


print("raise with tb", names(raise_with_tb().__traceback__))


# 11. tb_next walking and frames
e = outer()
tb = e.__traceback__
print("walk", walk(tb))
print("frame", tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)


# 12. module-level catch
try:
    outer_e = outer()
    raise outer_e
except KeyError as e:
    mod_e = e
print("module", names(mod_e.__traceback__))


def read_from_deep(exc, n):
    if n:
        return read_from_deep(exc, n - 1)
    return names(exc.__traceback__)


print("deep read", read_from_deep(mod_e, 5))
print("deep read 2", read_from_deep(errors[1], 3))

# 13. format_exception of stored exceptions (paths shortened; position markers left out)
import re


def plain(lines):
    text = re.sub(r'File "[^"]*/', 'File "', "".join(lines))
    return "".join(line + "\n" for line in text.splitlines() if line.strip(" ^~"))


for stored_error in errors + [mod_e, again, conv]:
    print(plain(traceback.format_exception(stored_error)), end="")


# 14. suppressed by __exit__ and kept there
class Keeper:
    def __init__(self):
        self.kept = None

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.kept = v
        return True


def suppress():
    keeper = Keeper()
    with keeper:
        process(0)
    return keeper.kept


print("suppressed", names(suppress().__traceback__))


# 15. sys.exc_info in nested handlers, and after
def nested_handlers():
    try:
        inner()
    except KeyError:
        first = sys.exc_info()[2]
        try:
            leaf(-2)
        except Boom:
            second = sys.exc_info()[2]
            print("nested second", walk(second))
        print("nested first", walk(first), walk(sys.exc_info()[2]))
    return first


print("exc_info kept", walk(nested_handlers()))


# 16. an exception raised, caught, raised again from a loop of retries
def retry(times):
    last = None
    for attempt in range(times):
        try:
            if last is not None:
                raise last
            leaf(-attempt - 1)
        except Boom as e:
            last = e
    return last


r = retry(3)
print("retries", names(r.__traceback__))
print(plain(traceback.format_exception(r)), end="")
