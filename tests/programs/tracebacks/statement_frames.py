# The frame of the function whose statement raised stays in the traceback for statements whose
# failure comes from the runtime rather than an expression: `assert False`, an immediately called
# lambda, `del` of an unbound name and imports that fail. The module ends on a bare `assert False`.
import traceback


def frames_of(action):
    """The traceback's frame and source lines (position markers left out) and the last line."""
    try:
        action()
    except Exception:
        lines = traceback.format_exc().splitlines()
        kept = [line for line in lines if line.strip(" ~^")]
        body = [line.split(", ")[1:] if line.startswith("  File") else line.strip() for line in kept[1:-1]]
        return body, kept[-1].split(":")[0]
    return None


def plain_assert():
    assert False


def negated_assert():
    assert not True


def assert_with_message():
    assert False, "with a message"


def boom():
    raise ValueError("boom")


def immediate_lambda():
    (lambda: boom())()


def immediate_lambda_args():
    (lambda a, b: a // b)(1, 0)


def delete_unbound():
    del missing
    missing = 1


def delete_twice():
    x = 1
    del x
    del x


def import_missing():
    import nonexistent_module_for_frames


def import_missing_as():
    import nonexistent_module_for_frames as alias


def from_import_missing():
    from os import nonexistent_name_for_frames


def nested(level):
    if level == 0:
        assert False
    nested(level - 1)


cases = [plain_assert, negated_assert, assert_with_message, immediate_lambda, immediate_lambda_args,
         delete_unbound, delete_twice, import_missing, import_missing_as, from_import_missing]
for case in cases:
    body, kind = frames_of(case)
    print(case.__name__, kind)
    for line in body:
        print("   ", line)

for depth in range(3):
    body, kind = frames_of(lambda: nested(depth))
    print("nested", depth, kind, len(body), body[-2:])

x = 1
assert x == 1
assert False
