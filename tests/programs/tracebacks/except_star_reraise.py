# A naked exception re-raised by except* leaves wrapped in an ExceptionGroup, whose traceback
# starts in the caller of the frame that handled it.


def work():
    raise ValueError("naked")


def handle():
    try:
        work()
    except* ValueError:
        print("handling")
        raise


handle()
