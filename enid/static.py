"""Static files: ``app.static("/static", folder)`` serves the files under `folder`.

The request path is taken apart after percent-decoding (the router decodes each segment once), so
``..`` is refused however it was spelled (``..``, ``%2e%2e``, ``..%2F``). What is left is joined to
the folder and resolved with realpath, which follows symlinks; a file whose real path is outside
the real folder is refused too. Every refusal is a plain 404, the same as a missing file, so a
client learns nothing about what exists outside the folder.
"""

import os

from .errors import HTTPError
from .response import Response

# Content types by extension; anything else is application/octet-stream.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/vnd.microsoft.icon",
    ".wasm": "application/wasm",
    ".pdf": "application/pdf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".zip": "application/zip",
    ".gz": "application/gzip",
}
BINARY = "application/octet-stream"


def content_type_for(name):
    """The Content-Type for a file name, from its extension (case does not matter)."""
    extension = os.path.splitext(name)[1].lower()
    return CONTENT_TYPES.get(extension, BINARY)


def _safe_relative(path):
    """`path` (already decoded) as a relative path inside the folder, or None if it may escape."""
    if path == "" or "\0" in path or path.startswith("/") or "\\" in path:
        return None
    segments = path.split("/")
    for segment in segments:
        if segment == "..":
            return None
    # A file is named by its last segment: "site.css/", "site.css/." or "site.css//" name a
    # folder that does not exist, even though realpath would lead back to the file.
    last = segments[len(segments) - 1]
    if last == "" or last == ".":
        return None
    return path


def resolve(root, path):
    """The real path of the file `path` names under the real folder `root`, or None."""
    relative = _safe_relative(path)
    if relative is None:
        return None
    real = os.path.realpath(os.path.join(root, relative))
    inside = root
    if not inside.endswith("/"):
        inside = inside + "/"
    if not real.startswith(inside):
        return None
    if not os.path.isfile(real):
        return None
    return real


def file_response(root, path):
    """The 200 response for the file, or raise HTTPError(404)."""
    real = resolve(root, path)
    if real is None:
        raise HTTPError(404)
    try:
        with open(real, "rb") as f:
            data = f.read()
    except OSError:
        raise HTTPError(404)
    # The type follows the name asked for, not a symlink's target: page.txt -> index.html is text.
    return Response(data, 200, None, content_type_for(path))
