def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"{a} > {b}"
    return True
for xs in [[1, 2, 3], [3, 1], [], [1, 1]]:
    try:
        print(xs, check_sorted(xs))
    except AssertionError as e:
        print(xs, "AssertionError", e)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args, str(e))
try:
    assert None
except AssertionError as e:
    print(repr(e))
