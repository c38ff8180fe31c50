# The body of a handler calls a function that fails: the exception it handled is the context,
# printed with the frames from the handler's function to its raise.
def settings():
    return {"mode": "fast"}


def level(cfg):
    return cfg["level"]


def default_level(cfg):
    return int(cfg["mode"])


def configured(cfg):
    try:
        return level(cfg)
    except KeyError:
        return default_level(cfg)


print("start")
configured(settings())
