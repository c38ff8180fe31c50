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


class BadRequestKeyError(HTTPError, KeyError):
    """A key missing from ``req.query`` / ``req.args`` or ``req.form()``.

    Still a KeyError for code that catches one; left uncaught it answers 400, since the client
    sent a request without a field the handler needs.
    """

    def __init__(self, key):
        HTTPError.__init__(self, 400, f"400 Bad Request: missing {key!r}")
        self.key = key
        # Like a KeyError's: code reading e.args[0] gets the key.
        self.args = (key,)


def abort(status, message=None, headers=None):
    """Stop the current request with an HTTP error response."""
    raise HTTPError(status, message, headers)
