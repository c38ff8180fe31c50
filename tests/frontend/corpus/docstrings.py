"""Module docstring."""

def f():
    """Function docstring."""
    return 1

class C:
    '''Class docstring.'''

    def m(self):
        r"""Raw docstring \n."""

x = 1
"""Not a docstring, just an expression."""
