"""Enid: a micro web framework in plain Python, for CPython and for Memphis.

    from enid import App, Response

    app = App()

    @app.get("/")
    def home(req):
        return Response.text("Hello from Enid (powered by Memphis)")

    app.run()

See docs/enid.md for the whole API.
"""

from .app import App
from .datastructures import Headers, MultiDict
from .errors import BadRequestKeyError, HTTPError, abort
from .request import Request
from .response import Response

__all__ = ["App", "Response", "Request", "HTTPError", "BadRequestKeyError", "abort", "Headers", "MultiDict"]
