# Attribute reads and method calls whose receiver turns out to be None: the AttributeError (its
# message, name and obj), where it is caught (try/except, getattr with a default, hasattr, a
# property falling back to __getattr__, a __getattribute__ falling back to __getattr__), and None's
# own special methods, which must still be found.


def report(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent

    def root_value(self):
        return self.parent.value

    def parent_label(self):
        return self.parent.label()

    def label(self):
        return "node %r" % (self.value,)


def read_value(x):
    return x.value


def call_label(x):
    return x.label()


def call_with_args(x, log):
    # The method lookup fails before the arguments are evaluated.
    return x.combine(log.append("evaluated"), 2)


# A small fixed generator of receivers: nodes, None, and other builtin values.
def receivers(n):
    state = 7
    out = []
    for i in range(n):
        state = (state * 1103515245 + 12345) % (2 ** 31)
        kind = state % 5
        if kind == 0:
            out.append(None)
        elif kind == 1:
            out.append(Node(i))
        elif kind == 2:
            out.append(Node(i, Node(-i)))
        elif kind == 3:
            out.append(i)
        else:
            out.append("s%d" % i)
    return out


for k, r in enumerate(receivers(25)):
    report("read %d" % k, lambda: read_value(r))
    report("call %d" % k, lambda: call_label(r))
    if isinstance(r, Node):
        report("root %d" % k, lambda: r.root_value())
        report("parent label %d" % k, lambda: r.parent_label())

log = []
report("args after lookup", lambda: call_with_args(None, log))
print("log", log)

# The exception's attributes, as CPython 3.11 sets them.
for attempt in (lambda: None.missing, lambda: None.missing_method(1, 2), lambda: Node(1).parent.value):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError", e, "| name:", e.name, "| obj:", e.obj, "| args:", e.args)

# None's own attributes are dunders; they still resolve.
print(None.__repr__(), None.__bool__(), None.__eq__(None), None.__ne__(1))
print(None.__class__.__name__, type(None.__hash__()).__name__, None.__str__())
print(None.__eq__(0), None.__format__(""), None.__sizeof__() > 0)


class Holder:
    def __init__(self, inner):
        self.inner = inner

    @property
    def inner_value(self):
        return self.inner.value

    @property
    def inner_label(self):
        return self.inner.label()


empty = Holder(None)
full = Holder(Node(5))
print("getattr default", getattr(empty, "inner_value", "dflt"), getattr(full, "inner_value", "dflt"))
print("getattr default call", getattr(empty, "inner_label", "dflt"), getattr(full, "inner_label", "dflt"))
print("hasattr", hasattr(empty, "inner_value"), hasattr(full, "inner_value"), hasattr(empty, "inner_label"))
report("plain read", lambda: empty.inner_value)
report("plain call read", lambda: empty.inner_label)


class WithFallback:
    def __init__(self, inner):
        self.inner = inner

    @property
    def size(self):
        return self.inner.size

    def __getattr__(self, name):
        return "fallback for " + name


print("property -> __getattr__", WithFallback(None).size)


class Intercepting:
    def __init__(self):
        self.target = None

    def __getattribute__(self, name):
        if name == "target":
            return object.__getattribute__(self, name)
        return object.__getattribute__(self, "target").lookup(name)

    def __getattr__(self, name):
        return "recovered " + name


print("__getattribute__ -> __getattr__", Intercepting().anything)


def guarded(objs):
    found = []
    for o in objs:
        try:
            found.append(o.value)
        except AttributeError as e:
            found.append(str(e))
        try:
            found.append(o.label())
        except AttributeError as e:
            found.append(e.name)
    return found


print(guarded([Node(1), None, Node(2, Node(3)), None]))

# A method set to None on the instance: calling it is a TypeError, not a missing attribute.
n = Node(9)
n.label = None
report("None attribute called", lambda: n.label())
n.label = lambda: "instance function"
print(n.label())
del n.label
print(n.label())
