"""HTTP/1.1 on the wire (RFC 9112): reading requests from a connection, writing responses.

The reader owns a byte buffer in front of the connection, because TCP has no message boundaries:
one recv may hold half a request line, or three pipelined requests. Requests are cut out of the
buffer one at a time (the head up to the blank line, then exactly Content-Length bytes, or the
chunks of a chunked body); whatever follows stays in the buffer for the next request, which is how
pipelined requests get answered in order.

Anything that makes the framing of the stream doubtful raises ParseError with the status to answer;
the server then answers it and closes the connection, since the next request can't be found
reliably any more. That includes both Content-Length and Transfer-Encoding present, and repeated
Content-Length fields that disagree (request smuggling, RFC 9112 section 6.3).
"""

import time

from .datastructures import Headers, _known_tokens, token_key
from .dates import http_date
from .request import Request
from .response import check_status
from .status import has_no_body, reason_phrase

MAX_HEAD = 16384
MAX_CHUNK_LINE = 4096
RECV_SIZE = 65536


class ParseError(Exception):
    """The request can't be read; answer `status` and close the connection."""

    def __init__(self, status, detail=""):
        Exception.__init__(self, detail)
        self.status = status
        self.detail = detail


class ClientGone(Exception):
    """The client closed its side (recv returned b'')."""


class SlowClient(Exception):
    """The request head did not arrive within the timeout."""


class NeedMore(Exception):
    """The buffer holds only part of a request (a non-blocking Reader never waits for the rest)."""


class Reader:
    def __init__(self, conn, blocking=True):
        self.conn = conn
        self.buf = b""
        # A blocking reader calls recv whenever it needs bytes; a non-blocking one raises
        # NeedMore instead, and the event loop calls `receive` once the connection is readable.
        self.blocking = blocking
        self.begin()

    def begin(self, now=None):
        """Start reading a new request (`now`: time.perf_counter() if the caller has just read it)."""
        # Whether bytes of the current request have arrived (a clean close between requests
        # is normal, a close in the middle of one is worth a log line).
        self.partial = len(self.buf) > 0
        if now is None:
            now = time.perf_counter()
        self.started = now
        self.request_line = None
        self.head_complete = False
        self.continue_sent = False

    def line_so_far(self):
        """The request line to log for a request cut short: the parsed one, else the first line
        of the buffered head once its CRLF has arrived, else None."""
        if self.request_line is not None or self.head_complete:
            return self.request_line
        buf = self.buf
        while buf.startswith(b"\r\n"):
            buf = buf[2:]
        end = buf.find(b"\r\n")
        if end < 0:
            return None
        return buf[0:end].decode("utf-8", "replace")

    def fill(self):
        if not self.blocking:
            raise NeedMore()
        self.receive()

    def receive(self):
        data = self.conn.recv(RECV_SIZE)
        if len(data) == 0:
            raise ClientGone()
        if not self.partial:
            self.partial = True
            self.started = time.perf_counter()
        self.buf = self.buf + data

    def read_head(self, limit, timeout):
        """The request head, without the blank line that ends it."""
        searched = 0
        while True:
            # RFC 9112 section 2.2: ignore empty lines received before the request line.
            while self.buf.startswith(b"\r\n"):
                self.buf = self.buf[2:]
            end = self.buf.find(b"\r\n\r\n", searched)
            if end >= 0:
                if end + 4 > limit:
                    raise ParseError(431, "request head too large")
                head = self.buf[0:end]
                self.buf = self.buf[end + 4:]
                return head
            if len(self.buf) > limit:
                raise ParseError(431, "request head too large")
            searched = len(self.buf) - 3
            if searched < 0:
                searched = 0
            if self.blocking and self.partial and time.perf_counter() - self.started > timeout:
                raise SlowClient()
            self.fill()

    def read_exact(self, n):
        while len(self.buf) < n:
            self.fill()
        data = self.buf[0:n]
        self.buf = self.buf[n:]
        return data

    def read_line(self, limit):
        while True:
            end = self.buf.find(b"\r\n")
            if end >= 0:
                line = self.buf[0:end]
                self.buf = self.buf[end + 2:]
                return line
            if len(self.buf) > limit:
                raise ParseError(400, "chunk line too long")
            self.fill()


def _is_digits(s):
    # isdigit alone also takes other scripts' digits and superscripts ("²"); within ASCII it
    # means 0-9. Both are False for "".
    return s.isascii() and s.isdigit()


def _is_hex(s):
    if s == "" or len(s) > 15:
        return False
    # Stripping every hex digit from both ends leaves nothing only when there is nothing else.
    return s.strip("0123456789abcdefABCDEF") == ""


def _has_control(s):
    """Control characters, spaces, or anything outside ASCII (a request target is ASCII)."""
    # Printable ASCII is 32 to 126, and 32 is the space.
    return not (s.isascii() and s.isprintable()) or " " in s


def _parse_request_line(line):
    parts = line.split(" ")
    if len(parts) != 3:
        raise ParseError(400, "malformed request line")
    method = parts[0]
    target = parts[1]
    version = parts[2]
    if token_key(method) is None:
        raise ParseError(400, "malformed method")
    if version != "HTTP/1.1" and version != "HTTP/1.0":
        if (len(version) == 8 and version.startswith("HTTP/") and _is_digits(version[5])
                and version[6] == "." and _is_digits(version[7])):
            raise ParseError(505, "unsupported HTTP version")
        raise ParseError(400, "malformed HTTP version")
    if target == "" or _has_control(target):
        raise ParseError(400, "malformed request target")
    if not target.startswith("/"):
        lowered = target.lower()
        if lowered.startswith("http://") or lowered.startswith("https://"):
            # absolute-form (RFC 9112 section 3.2.2): keep the path and the query.
            rest = target[target.find("//") + 2:]
            slash = rest.find("/")
            question = rest.find("?")
            if slash < 0 or (question >= 0 and question < slash):
                if question >= 0:
                    target = "/" + rest[question:]
                else:
                    target = "/"
            else:
                target = rest[slash:]
        elif target == "*" and method == "OPTIONS":
            pass
        else:
            raise ParseError(400, "malformed request target")
    return method, target, version


def _parse_headers(lines, stray_breaks):
    """The header fields of `lines` (after the request line); `stray_breaks` is False when the
    head holds no CR or LF outside its line breaks and no NUL, so no value needs checking."""
    headers = Headers()
    for i in range(1, len(lines)):
        line = lines[i]
        name, sep, value = line.partition(":")
        # A known token starts with neither a space nor a tab: only a line with an unknown name
        # or no colon needs the checks in their order.
        key = _known_tokens.get(name)
        if key is None or sep == "":
            if line.startswith(" ") or line.startswith("\t"):
                raise ParseError(400, "obsolete line folding")
            if sep == "":
                raise ParseError(400, "malformed header field")
            key = token_key(name)
            if key is None:
                raise ParseError(400, "malformed header field")
        value = value.strip(" \t")
        if stray_breaks and ("\r" in value or "\n" in value or "\0" in value):
            raise ParseError(400, "malformed header value")
        headers._append_keyed(name, key, value)
    return headers


def _content_length(values):
    """The one length all Content-Length fields agree on (a field may be a comma list)."""
    length = None
    for value in values:
        for item in value.split(","):
            item = item.strip(" \t")
            if not _is_digits(item) or len(item) > 15:
                raise ParseError(400, "malformed Content-Length")
            n = int(item)
            if length is not None and n != length:
                raise ParseError(400, "conflicting Content-Length")
            length = n
    return length


def _tokens(headers, name):
    return _tokens_of(headers.getlist(name))


def _tokens_of(values):
    """The comma-separated tokens of header values, lowercased."""
    out = []
    for value in values:
        for item in value.split(","):
            item = item.strip(" \t").lower()
            if item != "":
                out.append(item)
    return out


def read_request(reader, conn, client, max_body, timeout):
    """Read one request; raises ParseError, ClientGone, SlowClient or the connection's errors,
    and NeedMore from a non-blocking reader (the caller then restores `reader.buf`)."""
    head = reader.read_head(MAX_HEAD, timeout)
    reader.head_complete = True
    text = head.decode("utf-8", "replace")
    lines = text.split("\r\n")
    reader.request_line = lines[0]
    method, target, version = _parse_request_line(lines[0])
    # Three searches of the whole head instead of three of every value: a CR or LF is left
    # inside a line only when the head has more of them than line breaks.
    breaks = len(lines) - 1
    stray_breaks = text.count("\r") != breaks or text.count("\n") != breaks or "\0" in text
    headers = _parse_headers(lines, stray_breaks)

    # The fields' values by lowercased name (the parser made `headers`: nothing else holds them).
    fields = headers._index
    hosts = fields.get("host")
    if (hosts is not None and len(hosts) > 1) or (version == "HTTP/1.1" and hosts is None):
        raise ParseError(400, "a request needs exactly one Host field")

    encodings = fields.get("transfer-encoding")
    lengths = fields.get("content-length")
    chunked = False
    length = 0
    if encodings is not None:
        codings = _tokens_of(encodings)
        if lengths is not None:
            raise ParseError(400, "both Content-Length and Transfer-Encoding")
        if version == "HTTP/1.0":
            raise ParseError(400, "Transfer-Encoding in an HTTP/1.0 request")
        if len(codings) == 0 or codings[len(codings) - 1] != "chunked":
            raise ParseError(400, "unknown body length")
        if len(codings) > 1:
            raise ParseError(501, "unsupported transfer coding")
        chunked = True
    elif lengths is not None:
        length = _content_length(lengths)
        if length > max_body:
            raise ParseError(413, "body too large")

    expects = fields.get("expect")
    if expects is not None:
        if expects[0].lower() != "100-continue":
            raise ParseError(417, "unsupported expectation")
        if (version == "HTTP/1.1" and (chunked or length > 0) and len(reader.buf) == 0
                and not reader.continue_sent):
            reader.continue_sent = True
            conn.send(b"HTTP/1.1 100 Continue\r\n\r\n")

    if chunked:
        body = _read_chunked(reader, max_body)
    elif length > 0:
        body = reader.read_exact(length)
    else:
        body = b""
    return Request(method, target, version, headers, body, client)


def _read_chunked(reader, max_body):
    chunks = []
    total = 0
    while True:
        line = reader.read_line(MAX_CHUNK_LINE).decode("utf-8", "replace")
        size_text = line.partition(";")[0].strip(" \t")
        if not _is_hex(size_text):
            raise ParseError(400, "malformed chunk size")
        size = int(size_text, 16)
        if size == 0:
            break
        total += size
        if total > max_body:
            raise ParseError(413, "body too large")
        chunks.append(reader.read_exact(size))
        if reader.read_exact(2) != b"\r\n":
            raise ParseError(400, "malformed chunk")
    # Trailer fields are read and dropped.
    trailer_bytes = 0
    while True:
        line = reader.read_line(MAX_CHUNK_LINE)
        if len(line) == 0:
            break
        trailer_bytes += len(line)
        if trailer_bytes > MAX_HEAD:
            raise ParseError(431, "trailer too large")
    return b"".join(chunks)


def wants_keep_alive(request):
    tokens = _tokens(request.headers, "Connection")
    if request.version == "HTTP/1.1":
        return "close" not in tokens
    return "keep-alive" in tokens


# The Date header changes once a second; formatting it once a second is enough.
_date_cache = [0, ""]


def _current_date():
    now = int(time.time())
    if now != _date_cache[0]:
        _date_cache[0] = now
        _date_cache[1] = http_date(now)
    return _date_cache[1]


def serialize_response(response, head_only, keep_alive, http10):
    """The bytes of `response`, and how many body bytes they carry.

    Raises ValueError for a status that can't end an exchange (a handler may have set
    `response.status` to 103 after making the response); the server answers 500 instead.
    """
    status = check_status(response.status)
    lines = [f"HTTP/1.1 {status} {reason_phrase(status)}"]
    has_date = False
    for pair in response.headers.items():
        # Field names repeat from one response to the next: most are lowercased already.
        key = None
        if type(pair[0]) is str:
            key = _known_tokens.get(pair[0])
        if key is None:
            key = pair[0].lower()
        if key == "content-length" or key == "transfer-encoding" or key == "connection":
            continue
        if key == "content-type" and (status < 200 or status == 204):
            continue
        if key == "date":
            has_date = True
        lines.append(pair[0] + ": " + pair[1])
    body = response.body
    if isinstance(body, str):
        body = body.encode("utf-8")
    if has_no_body(status):
        body = b""
    else:
        lines.append("Content-Length: " + str(len(body)))
    if not has_date:
        lines.append("Date: " + _current_date())
    if not keep_alive:
        lines.append("Connection: close")
    elif http10:
        lines.append("Connection: keep-alive")
    lines.append("")
    lines.append("")
    head = "\r\n".join(lines).encode("utf-8")
    if head_only or len(body) == 0:
        return head, 0
    return head + body, len(body)


def parse_response(data, head_only=False):
    """Split raw response bytes into (status, Headers, body, rest); used by the test client."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        raise ValueError("incomplete response head")
    lines = data[0:end].decode("utf-8").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = Headers()
    i = 1
    while i < len(lines):
        name, _, value = lines[i].partition(":")
        headers._append_unchecked(name, value.strip())
        i += 1
    rest = data[end + 4:]
    length = 0
    if not head_only and not has_no_body(status):
        length = int(headers.get("Content-Length", "0"))
    return status, headers, rest[0:length], rest[length:]
