# A probed lookup whose failure no handler of its `try` matches: the traceback still shows the
# line that failed, and the callers.
def lookup(d, k):
    try:
        v = d[k]
    except IndexError:
        v = None
    return v


def run(keys):
    d = {"a": 1}
    return [lookup(d, k) for k in keys]


print(run("aa"))
print(run("ab"))
