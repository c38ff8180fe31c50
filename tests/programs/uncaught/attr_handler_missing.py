# A handler that reads an attribute the exception lacks: the AttributeError it raises prints the
# exception handled, with its whole traceback.
class ParseError(Exception):
    def __init__(self, status):
        Exception.__init__(self, "bad")
        self.status = status


class Bare(ParseError):
    def __init__(self):
        Exception.__init__(self, "bare")


def parse(i):
    if i < 3:
        raise ParseError(400 + i)
    raise Bare()


def count(items):
    statuses = {}
    for i in items:
        try:
            parse(i)
        except ParseError as e:
            statuses[e.status] = statuses.get(e.status, 0) + 1
    return sorted(statuses.items())


print(count(range(3)))
print(count(range(5)))
