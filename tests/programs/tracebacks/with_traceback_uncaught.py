# An exception raised with another exception's traceback: the frames of the raise come first,
# then those of the traceback it was given.
def leaf(n):
    raise KeyError(n)


def other():
    try:
        leaf(9)
    except KeyError as e:
        return e.__traceback__


def convert(tb):
    raise ValueError("converted").with_traceback(tb)


def main():
    tb = other()
    print([tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name])
    convert(tb)


main()
