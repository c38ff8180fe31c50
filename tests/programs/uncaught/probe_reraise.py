# A probe fails, the handler logs and re-raises with a bare `raise`: the traceback is the
# original one, through a `with` and a loop.
class Log:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return False


def pick(xs, i):
    try:
        with Log():
            for _ in range(2):
                x = xs[i]
        return x
    except IndexError:
        print("logged")
        raise


print(pick([1, 2], 1))
print(pick([1, 2], 5))
