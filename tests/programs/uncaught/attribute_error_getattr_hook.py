# A user __getattr__ raising AttributeError uncaught: the suggestion comes from the lookup's name.
class Config:
    value = 1

    def __getattr__(self, n):
        if n.startswith("x_"):
            return 0
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {n!r}")


print(Config().x_level)
Config().valeu
