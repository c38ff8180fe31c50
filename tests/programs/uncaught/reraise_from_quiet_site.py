# A bare `raise` in a handler makes the handler loud: the re-raised exception keeps the frames of
# its first raise.
def parse(text):
    return int(text)


def parse_or_fail(text):
    try:
        return parse(text)
    except ValueError:
        raise


print(parse_or_fail("12"))
parse_or_fail("twelve")
