# A module that rebinds `str` calls its own str: the builtin's site shortcuts must not apply.
_builtin_str = str


def str(x):
    return "<" + _builtin_str(x) + ">"


print(str(5), str("a"), isinstance("a", _builtin_str))
print("{}".format(str(1)), "a-b".replace("-", str(2)).replace("a", "A"))
