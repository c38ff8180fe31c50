# A user exception class built only by BaseException's own code is raised many times where a
# quiet handler drops it (no traceback captured), then once where nothing catches it; one whose
# __init__ keeps the instance has its traceback when printed later.
import traceback


class Skip(Exception):
    pass


kept = []


class Kept(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        kept.append(self)


def check(n):
    if n % 3 == 0:
        raise Skip("multiple of three: %d" % n)
    if n < 0:
        raise Kept("negative")
    return n


def total(ns):
    t = 0
    for n in ns:
        try:
            t += check(n)
        except Exception:
            pass
    return t


print(total(range(1000)))
print(total([-1, 2]))
print([line.split(", ")[2].strip() for line in traceback.format_exception(kept[0]) if "in check" in line])
print(check(9))
