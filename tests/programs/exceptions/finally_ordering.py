log = []
def step(name, fail=False):
    log.append(name)
    if fail:
        raise RuntimeError(name)
def work(fail_at):
    try:
        step("a", fail_at == "a")
        try:
            step("b", fail_at == "b")
        except RuntimeError:
            log.append("caught-b")
            raise
        finally:
            log.append("fin-inner")
        step("c", fail_at == "c")
    except RuntimeError as e:
        log.append(f"caught-{e}")
    else:
        log.append("else")
    finally:
        log.append("fin-outer")
for where in [None, "a", "b", "c"]:
    log.clear()
    work(where)
    print(where, log)
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    exc_in_finally()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
