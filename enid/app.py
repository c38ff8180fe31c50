"""App: routes, hooks, error handlers, middleware, and the way in (run, test_client).

Handling a request goes through three layers, outermost first:

1. middleware registered with ``use``, each ``fn(req, next_handler)``, first registered outermost;
2. the core: ``before_request`` hooks (one returning something answers for the route), then the
   route's handler; an exception from either goes to the error handlers; then ``after_request``
   hooks, each given the response and returning the one to send;
3. whatever escapes the middleware goes to the error handlers as well.

``handle`` never raises: an error handler that fails, or a value that can't be a response, ends as
a generic 500 with the traceback on stderr. The client never sees a traceback. Every response,
error responses included, goes through the ``after_request`` hooks and out through the middleware
that called into the layer it came from.
"""

import os
import sys
import traceback

from .errors import HTTPError
from .response import Response, make_response
from .routing import Router
from .status import reason_phrase

try:
    from memphis.net import listen
except ImportError:
    from .net_fallback import listen


def _generic(status):
    return Response.text(f"{status} {reason_phrase(status)}", status)


def _port_number(text):
    """The PORT variable as a number; a value that is not one stays text (and is refused)."""
    stripped = text.strip()
    if stripped.isascii() and stripped.lstrip("+-").isdigit() and len(stripped) < 12:
        return int(stripped)
    return text


def _valid_port(port):
    return isinstance(port, int) and not isinstance(port, bool) and 0 <= port <= 65535


def _url_host(host):
    """The host as it goes in a URL: an IPv6 address in brackets."""
    if ":" in host and not host.startswith("["):
        return "[" + host + "]"
    return host


class App:
    def __init__(self, max_body=1048576, timeout=5.0, header_timeout=None):
        self.max_body = max_body
        self.timeout = timeout
        # The time a client has from the first byte of a request head to its end.
        if header_timeout is None:
            header_timeout = timeout
        self.header_timeout = header_timeout
        self.router = Router()
        self.before_hooks = []
        self.after_hooks = []
        self.middleware = []
        self.status_handlers = {}
        self.exception_handlers = []

    # Routes.

    def route(self, path, methods=None):
        if methods is None:
            methods = ["GET"]

        def register(handler):
            self.router.add(path, methods, handler)
            return handler
        return register

    def get(self, path):
        return self.route(path, ["GET"])

    def post(self, path):
        return self.route(path, ["POST"])

    def put(self, path):
        return self.route(path, ["PUT"])

    def patch(self, path):
        return self.route(path, ["PATCH"])

    def delete(self, path):
        return self.route(path, ["DELETE"])

    def static(self, prefix, folder):
        """Serve the files under `folder` at `prefix` + "/<path>" (GET and HEAD)."""
        from .static import file_response
        root = os.path.realpath(folder)
        if prefix == "/":
            prefix = ""
        if prefix.endswith("/"):
            prefix = prefix[:-1]

        def serve_static(req, path):
            return file_response(root, path)
        self.router.add(prefix + "/{path:path}", ["GET"], serve_static)
        return serve_static

    # Hooks, error handlers, middleware.

    def before_request(self, fn):
        self.before_hooks.append(fn)
        return fn

    def after_request(self, fn):
        self.after_hooks.append(fn)
        return fn

    def errorhandler(self, key):
        """Register fn(req, error) for a status code (404, 500...) or an exception class."""
        def register(fn):
            if isinstance(key, int):
                self.status_handlers[key] = fn
            else:
                self.exception_handlers.append((key, fn))
            return fn
        return register

    def use(self, fn):
        """Add middleware fn(req, next_handler) -> response; the first added runs outermost."""
        self.middleware.append(fn)
        return fn

    # Handling.

    def handle(self, req):
        """The Response for `req`; never raises."""
        try:
            return self._chain(0, req)
        except Exception:
            # _chain already turns every error into a response; this is the last resort.
            self.print_exception()
            return _generic(500)

    def _chain(self, index, req):
        """The response of middleware `index` and everything inside it; never raises."""
        if index >= len(self.middleware):
            return self._core(req)
        fn = self.middleware[index]

        def next_handler(r=None):
            if r is None:
                r = req
            return self._chain(index + 1, r)
        try:
            return make_response(fn(req, next_handler))
        except Exception as error:
            # The error response goes out through the after_request hooks and the outer
            # middleware like any other.
            return self._finish(req, self._safe_error_response(req, error))

    def _core(self, req):
        try:
            response = None
            for hook in self.before_hooks:
                rv = hook(req)
                if rv is not None:
                    response = make_response(rv)
                    break
            if response is None:
                response = self._dispatch(req)
        except Exception as error:
            response = self._safe_error_response(req, error)
        return self._finish(req, response)

    def _apply_after_hooks(self, response):
        for hook in self.after_hooks:
            rv = hook(response)
            if rv is not None:
                response = make_response(rv)
        return response

    def _finish(self, req, response):
        """`response` through the after_request hooks.

        A hook that raises sends its error to the error handlers, and that response goes through
        the hooks once more; if they raise again, the generic 500 is sent as it is (no loop).
        """
        try:
            return self._apply_after_hooks(response)
        except Exception as error:
            response = self._safe_error_response(req, error)
        try:
            return self._apply_after_hooks(response)
        except Exception:
            self.print_exception()
            return _generic(500)

    def _dispatch(self, req):
        route, params = self.router.resolve(req.method, req.raw_path)
        if route is None:
            # OPTIONS on a path that has routes but no OPTIONS handler.
            allow = params["allow"]
            if "OPTIONS" not in allow:
                allow = allow + ["OPTIONS"]
            return Response("", 204, {"Allow": ", ".join(allow)})
        req.params = params
        if len(params) == 0:
            # Most routes have no parameters: a plain call, without unpacking an empty dict.
            return make_response(route.handler(req))
        return make_response(route.handler(req, **params))

    def _find_exception_handler(self, error):
        for pair in self.exception_handlers:
            if isinstance(error, pair[0]):
                return pair[1]
        return None

    def _error_response(self, req, error):
        """The response for an exception raised while handling `req` (may itself raise)."""
        if isinstance(error, HTTPError):
            handler = self.status_handlers.get(error.status)
            if handler is None:
                handler = self._find_exception_handler(error)
            if handler is None:
                response = Response.text(error.message, error.status)
            else:
                response = make_response(handler(req, error), error.status)
            if error.headers is not None:
                for name in error.headers:
                    if name not in response.headers:
                        response.headers[name] = error.headers[name]
            return response
        handler = self._find_exception_handler(error)
        if handler is not None:
            return make_response(handler(req, error), 500)
        self.print_exception()
        handler = self.status_handlers.get(500)
        if handler is not None:
            return make_response(handler(req, error), 500)
        return _generic(500)

    def _safe_error_response(self, req, error):
        try:
            return self._error_response(req, error)
        except Exception:
            self.print_exception()
            return _generic(500)

    def print_exception(self):
        traceback.print_exc()
        sys.stderr.flush()

    # Running.

    def test_client(self):
        from .testing import TestClient
        return TestClient(self)

    def run(self, host=None, port=None):
        """Serve forever on host:port (None: 127.0.0.1 and 8080, as Flask's run takes them); the
        HOST and PORT environment variables win."""
        from .server import serve_forever
        if host is None:
            host = "127.0.0.1"
        if port is None:
            port = 8080
        # Checked here so that both engines refuse a wrong type with the same message (the
        # socket layers of CPython and memphis.net word theirs differently).
        if not isinstance(host, str):
            raise TypeError(f"App.run() argument 'host' must be str, not {type(host).__name__}")
        if not isinstance(port, int) or isinstance(port, bool):
            raise TypeError(f"App.run() argument 'port' must be int, not {type(port).__name__}")
        env_host = os.environ.get("HOST")
        if env_host is not None and env_host != "":
            host = env_host
        env_port = os.environ.get("PORT")
        if env_port is not None and env_port != "":
            port = _port_number(env_port)
        if not _valid_port(port):
            # Checked here so that both engines refuse it with the same words.
            print(f"enid: cannot listen on {host}:{port}: port must be 0-65535",
                  file=sys.stderr, flush=True)
            sys.exit(1)
        try:
            # A deep accept queue: a burst of connects beyond it is dropped by the kernel, and
            # a client that sends nothing never learns its connection is gone.
            sock = listen((host, port), 1024)
        except OSError as error:
            print(f"enid: cannot listen on {host}:{port}: {error}", file=sys.stderr, flush=True)
            sys.exit(1)
        bound = sock.getsockname()
        print(f"Serving on http://{_url_host(host)}:{bound[1]}", flush=True)
        try:
            serve_forever(self, sock)
        except KeyboardInterrupt:
            pass
        finally:
            sock.close()
