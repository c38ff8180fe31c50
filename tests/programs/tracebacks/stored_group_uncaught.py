# Exceptions collected in a loop, then raised together as a group: each member shows the
# traceback it had when it was caught (from the collecting frame), not the frames around it.
errors = []


def leaf(n):
    raise KeyError(n)


def collect(n):
    try:
        leaf(n)
    except KeyError as e:
        errors.append(e)


def run():
    for i in range(3):
        collect(i)


run()
print(len(errors))
raise ExceptionGroup("collected", errors)
