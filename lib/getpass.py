"""The current user's name, and reading a password.

getuser() looks at the LOGNAME, USER, LNAME and USERNAME environment variables in that
order, then asks the operating system for the name of the account running the program.

getpass() prompts and reads one line. Turning the terminal's echo off is not available to
compiled programs, so it behaves as CPython does when it cannot control the terminal (for
example when standard input is a pipe or a file): it issues a GetPassWarning, writes
"Warning: Password input may be echoed." and the prompt to the stream (standard error by
default), reads a line from sys.stdin and ends the stream's line.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    """getpass() could not keep the typed password from being shown."""


_USER_VARIABLES = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')


def getuser():
    """The user's login name: from the environment if set there, else the account's name."""
    for variable in _USER_VARIABLES:
        name = os.environ.get(variable)
        if name:
            return name
    return os.getlogin()


def getpass(prompt='Password: ', stream=None):
    """Write prompt to stream (default sys.stderr), read a line from sys.stdin and return it
    without its newline. Raises EOFError when the input is exhausted."""
    out = stream if stream else sys.stderr
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    print("Warning: Password input may be echoed.", file=out)
    answer = _prompt_and_read(str(prompt), out)
    # The newline the user typed may not have been shown.
    out.write('\n')
    return answer


def _prompt_and_read(prompt, out):
    if prompt:
        out.write(prompt)
        out.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line
