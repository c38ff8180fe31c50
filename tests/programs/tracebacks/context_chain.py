# Three exceptions chained implicitly (during handling of ...), and a KeyError whose message is the
# repr of its (non-ASCII) key.


def lookup(table, key):
    if key not in table:
        raise KeyError(key)


def fallback(key):
    try:
        lookup({}, key)
    except KeyError:
        cleanup(key)


def cleanup(key):
    raise RuntimeError(f"cleanup failed for {key!r}")


def run():
    try:
        fallback("ключ")
    except RuntimeError:
        finish()


def finish():
    raise SystemError("giving up")


run()
