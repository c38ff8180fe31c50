# Reads that may find a name unbound raise exactly what CPython raises; every path that binds
# the name lets the read through.
from contextlib import suppress


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except (NameError, UnboundLocalError) as e:
        print(label, type(e).__name__, e)


def branch(flag):
    if flag:
        x = 1
    return x


def both_branches(flag):
    if flag:
        x = 1
    else:
        x = 2
    return x


def early_return(flag):
    if not flag:
        return "early"
    else:
        y = "bound"
    return y


def loop_maybe(n):
    for i in range(n):
        last = i
    return last


def loop_target(n):
    for i in range(n):
        pass
    return i


def while_break(n):
    while n > 0:
        found = n
        break
    return found


def deleted(flag):
    z = 5
    if flag:
        del z
    return z


def deleted_in_loop(n):
    w = 0
    for i in range(n):
        print("w is", w)
        del w
        w = i
    return w


def deleted_in_loop_unbound(n):
    w = 0
    for i in range(n):
        print("w is", w)
        del w
    return "done"


def suppressed():
    with suppress(ValueError):
        v = int("not a number")
    return v


def handler(flag):
    try:
        if flag:
            raise KeyError("k")
        r = "body"
    except KeyError:
        r = "handler"
    return r


def handler_partial(flag):
    try:
        if flag:
            raise KeyError("k")
        r = "body"
    except KeyError:
        pass
    return r


def except_name():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return err


def finally_binds(flag):
    try:
        if flag:
            return "returned"
    finally:
        f = "finally"
    return f


def walrus(xs):
    if (n := len(xs)) > 1:
        pass
    return n


def walrus_short_circuit(flag):
    if flag and (m := 5):
        pass
    return m


def ternary(flag):
    q = 1 if flag else 2
    return q


def match_case(v):
    match v:
        case [a, b]:
            res = a + b
        case {"k": a}:
            res = a
        case _:
            pass
    return res


def aug_unbound():
    total += 1
    return total


def nested_closure():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print("inner", type(e).__name__, e)
    later = "set"
    return inner()


def loop_else(n):
    for i in range(n):
        if i == 2:
            break
    else:
        tail = "no break"
    return tail


def assert_msg(flag):
    try:
        assert flag, (msg := "assert failed")
    except AssertionError:
        return "caught " + msg
    return msg


for f, args in [(branch, (True,)), (branch, (False,)), (both_branches, (False,)),
                (early_return, (True,)), (early_return, (False,)), (loop_maybe, (3,)),
                (loop_maybe, (0,)), (loop_target, (2,)), (loop_target, (0,)),
                (while_break, (2,)), (while_break, (0,)), (deleted, (False,)), (deleted, (True,)),
                (deleted_in_loop, (3,)), (deleted_in_loop_unbound, (2,)), (suppressed, ()),
                (handler, (True,)), (handler, (False,)), (handler_partial, (False,)),
                (handler_partial, (True,)), (except_name, ()), (finally_binds, (True,)),
                (finally_binds, (False,)), (walrus, ([1, 2],)), (walrus_short_circuit, (True,)),
                (walrus_short_circuit, (False,)), (ternary, (False,)), (match_case, ([1, 2],)),
                (match_case, ({"k": 9},)), (match_case, (3,)), (aug_unbound, ()),
                (nested_closure, ()), (loop_else, (5,)), (loop_else, (1,)), (assert_msg, (True,)),
                (assert_msg, (False,))]:
    attempt(f.__name__, f, *args)

if len(__name__) > 100:
    never = 1
try:
    print(never)
except NameError as e:
    print("module", type(e).__name__, e)
try:
    import does_not_exist
except ImportError:
    does_not_exist = None
print("module import fallback", does_not_exist)
for k in range(0):
    pass
try:
    print(k)
except NameError as e:
    print("module", type(e).__name__, e)
