# An exception raised while a class body runs: the body is a frame of its own, named after the
# class, below the module's frame at the class statement (nested classes too).


def check(value):
    if value > 2:
        raise ValueError(f"too big: {value}")
    return value


class Outer:
    small = check(1)

    class Inner:
        limit = check(2)
        check(3)
