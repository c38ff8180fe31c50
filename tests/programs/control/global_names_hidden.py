# `global` names inside functions whose enclosing function has a variable of the same name, class
# bodies falling back to the module's names, deletions of globals from functions, and the
# namespace builtins called without arguments.

x = "module x"


def outer():
    x = "outer's x"

    def read():
        global x
        return x

    def write(value):
        global x
        x = value

    def bump():
        global counter
        counter += 1
        return counter

    write("written by write")
    return read(), x, bump(), bump()


counter = 10
print(outer(), x, counter)


def loops():
    item = "loops' item"

    def run():
        global item
        for item in ["a", "b", "c"]:
            pass
        return item

    def unpack():
        global first, rest
        first, *rest = "xyz"

    first = "loops' first"
    run()
    unpack()
    return item, first


first = "module first"
item = "module item"
print(loops(), item, first, rest)


def deleter():
    target = "deleter's target"

    def remove():
        global target
        del target

    def restore():
        global target
        target = "restored"

    remove()
    try:
        print(target_is())
    except NameError as err:
        print("NameError:", err)
    restore()
    return target


def target_is():
    return target


target = "module target"
print(deleter(), target)


def drop_module_name():
    global gone
    del gone


gone = 1
drop_module_name()
try:
    print(gone)
except NameError as err:
    print("NameError:", err)
gone = 2
print(gone)


def class_bodies():
    z = "enclosing z"
    w = "enclosing w"
    len = "a local named len"

    class C:
        before = z
        z = "class z"
        after = z
        seen_w = w
        length = len("four")
        len = "class len"

        def method(self):
            return z, w

    return C.before, C.after, C.seen_w, C.length, C.len, C().method()


z = "module z"
print(class_bodies())


def class_name_error():
    q = "enclosing q"

    class D:
        try:
            first = q
        except NameError as err:
            first = "NameError: " + str(err)
        q = 1

    return D.first


print(class_name_error())


def handlers():
    KeyError = "not the class"

    def lookup(d):
        global Missing
        try:
            return d["k"]
        except Missing:
            return "caught Missing"

    return lookup({})


class Missing(KeyError):
    pass


Missing = KeyError
print(handlers())

a = 1


def b():
    pass


print(dir())
print(sorted(vars()) == dir(), vars() is globals())


def namespaces(p, q=2):
    r = 3
    print(dir())
    print(vars())

    def inner():
        print(dir(), p)

    inner()


namespaces(1)


class E:
    one = 1
    print(dir())
    two = 2
    print(vars()["two"], sorted(vars()))


print(__package__, __spec__, __cached__, type(__builtins__).__name__)
print([name for name in globals() if name.startswith("__")])
