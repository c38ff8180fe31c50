# A handler that reads only attributes of the exception, whose statement fails (the dict holds no
# number for the key when the exception is raised): the exception it raises prints the one
# handled, with its whole traceback.
class ParseError(Exception):
    def __init__(self, status, detail=""):
        Exception.__init__(self, detail)
        self.status = status


def parse(i):
    if i % 2:
        raise ParseError(400 + i % 3, "bad")


def count(items, statuses):
    for i in items:
        try:
            parse(i)
        except ParseError as e:
            statuses[e.status] = statuses.get(e.status, 0) + 1
    return sorted(statuses.items())


print(count(range(20), {}))
print(count(range(5), {401: None}))
