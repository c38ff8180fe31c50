# A user __getattribute__ raising AttributeError uncaught.
class Guarded:
    value = 2
    other = 3

    def __getattribute__(self, n):
        if n in ("value", "other", "__class__", "__dict__"):
            return object.__getattribute__(self, n)
        raise AttributeError(f"blocked {n}")


print(Guarded().value)
Guarded().valu
