# A comment at the top.

x = 1  # trailing comment

# Comment before a def.
def f():
    # inside
    pass  # after pass
    # dedented comment
# column zero comment inside block

    return 1

if x:  # comment after colon
    pass

# trailing comment at end
