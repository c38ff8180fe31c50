# A handler naming a module class entered before the class statement has run: the name is only
# looked up when something is caught, and its NameError chains to what was being handled.
def parse(text):
    try:
        return int(text)
    except Late:
        return None


print(parse("12"))
try:
    parse("x")
except NameError as e:
    print(e)


class Late(Exception):
    pass


def fail(text):
    if not text:
        raise Late("empty")
    return parse(text)


print(parse("7"), [fail(t) for t in ["1", "2"]])
try:
    fail("")
except Late:
    print("quiet")
parse("x")
