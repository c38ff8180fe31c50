# A bare `raise` after the handler cleared the traceback: only the frames the exception leaves
# from then on are shown.
def leaf(n):
    raise KeyError(n)


def middle():
    try:
        leaf(5)
    except KeyError as e:
        e.__traceback__ = None
        print("cleared", e.__traceback__)
        raise


def outer():
    middle()


outer()
