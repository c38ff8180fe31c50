"""HTTPError: an exception that is also an HTTP answer.

Raising ``HTTPError(404)`` (or calling ``abort(404)``) inside a handler stops it; the app then
looks for an error handler registered for 404 and otherwise answers ``404 Not Found`` as text.
The router raises the same exceptions for unknown paths (404) and wrong methods (405, with Allow).
"""

from .status import reason_phrase


class HTTPError(Exception):
    def __init__(self, status, message=None, headers=None):
        if message is None:
            message = f"{status} {reason_phrase(status)}"
        Exception.__init__(self, message)
        self.status = status
        self.message = message
        self.headers = headers

    def __str__(self):
        return self.message


def abort(status, message=None, headers=None):
    """Stop the current request with an HTTP error response."""
    raise HTTPError(status, message, headers)
