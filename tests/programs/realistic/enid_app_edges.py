# Enid apps through the test client: path converters with huge numbers, handlers returning 1xx
# statuses, JSON bodies in every encoding json.loads detects and nested past the recursion limit,
# missing query/form keys, error responses through after_request hooks and middleware (error
# handlers and hooks that raise), fragments in test-client paths, and static-file names.
import io
import os
import sys
import tempfile

sys.path.insert(0, "../../..")

from enid import App, BadRequestKeyError, HTTPError, Response


class Stderr:
    """Tracebacks the app prints go here: counted, so the program shows what was logged."""

    def __init__(self):
        self.buffer = io.StringIO()
        self.real = sys.stderr
        sys.stderr = self.buffer

    def take(self):
        text = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        last = ""
        for line in text.split("\n"):
            if line != "" and not line.startswith(" ") and not line.startswith("Traceback"):
                last = line
        return f"[{text.count('Traceback')} tracebacks, last {last!r}]"


errors = Stderr()


def show(label, r):
    extra = []
    for name in ["X-After", "X-Mw", "X-Outer", "Content-Type"]:
        value = r.headers.get(name)
        if value is not None:
            extra.append(f"{name}={value}")
    body = r.text
    if len(body) > 60:
        body = body[:60] + "..."
    print(f"{label}: {r.status} {body!r} {' '.join(extra)} {errors.take()}")


class Lcg:
    """A small fixed generator, so the cases are the same on every run."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n


# --- int converter ---------------------------------------------------------------------------
app = App()


@app.get("/n/{n:int}")
def number(req, n):
    return {"digits": len(str(n)), "mod": n % 1000003}


@app.get("/n/{s}")
def fallback(req, s):
    return "fallback " + str(len(s))


client = app.test_client()
for count in [1, 5, 100, 4299, 4300, 4301, 5000, 20000]:
    show(f"int {count}", client.get("/n/" + "7" * count))
show("int zeros", client.get("/n/" + "0" * 5000 + "5"))
show("int 4300 zeros", client.get("/n/" + "0" * 4299 + "5"))
strict = App()


@strict.get("/only/{n:int}")
def only(req, n):
    return str(n % 97)


sc = strict.test_client()
gen = Lcg(7)
for i in range(12):
    length = 4290 + gen.next(25)
    digits = "".join(str(1 + gen.next(9)) for _ in range(length))
    print("strict", length, sc.get("/only/" + digits).status)

# --- 1xx statuses ------------------------------------------------------------------------------
app = App()
log = []


@app.after_request
def after(response):
    response.headers["X-After"] = "yes"
    return response


@app.get("/tuple/{code:int}")
def tuple_status(req, code):
    return "early", code


@app.get("/obj/{code:int}")
def obj_status(req, code):
    return Response("early", code)


@app.get("/mutate/{code:int}")
def mutate(req, code):
    r = Response.text("late")
    r.status = code
    return r


@app.get("/after-mutate")
def after_mutate(req):
    return "fine"


@app.errorhandler(ValueError)
def value_error(req, error):
    log.append(str(error))
    return "value error", 500


client = app.test_client()
for code in [100, 101, 103, 199, 200, 204, 299, 999, 1000, 99]:
    for kind in ["tuple", "obj"]:
        show(f"{kind} {code}", client.get(f"/{kind}/{code}"))
print(log)
plain = App()


@plain.get("/m/{code:int}")
def plain_mutate(req, code):
    r = Response.text("late")
    r.status = code
    return r


pc = plain.test_client()
for code in [100, 103, 150, 204, 304]:
    r = pc.get(f"/m/{code}")
    print("mutated", code, r.status, repr(r.text), errors.take())
# Pipelined: a 1xx must not swallow the next answer.
answer = pc.raw(b"GET /m/103 HTTP/1.1\r\nHost: x\r\n\r\nGET /m/204 HTTP/1.1\r\nHost: x\r\n\r\n")
for line in answer.split(b"\r\n"):
    if line.startswith(b"HTTP/"):
        print("pipelined", line.decode())
try:
    Response("x", 102)
except ValueError as e:
    print(type(e).__name__, e)

# --- JSON bodies -------------------------------------------------------------------------------
app = App()


@app.post("/json")
def parse_json(req):
    value = req.json()
    return {"type": type(value).__name__, "value": value if not isinstance(value, list) else len(value)}


client = app.test_client()
doc = '{"name": "Zoë", "n": [1, 2.5, null, true]}'
bodies = [
    ("utf-8", doc.encode("utf-8")),
    ("utf-8 bom", b"\xef\xbb\xbf" + doc.encode("utf-8")),
    ("utf-16", doc.encode("utf-16")),
    ("utf-16-le", doc.encode("utf-16-le")),
    ("utf-16-be", doc.encode("utf-16-be")),
    ("utf-32", doc.encode("utf-32")),
    ("utf-32-le", doc.encode("utf-32-le")),
    ("utf-32-be", doc.encode("utf-32-be")),
    ("latin-1", doc.encode("latin-1")),
    ("bad utf-8", b'{"a": "\xff"}'),
    ("empty", b""),
    ("spaces", b"   "),
    ("number", b"42"),
    ("trailing", b"[1] x"),
]
for depth in [10, 500, 5000, 50000]:
    bodies.append((f"list depth {depth}", b"[" * depth + b"]" * depth))
    bodies.append((f"dict depth {depth}", b'{"a":' * depth + b"1" + b"}" * depth))
    bodies.append((f"unclosed depth {depth}", b"[" * depth))
for label, body in bodies:
    show(label, client.post("/json", data=body, headers={"Content-Type": "application/json"}))

# --- missing query and form keys ---------------------------------------------------------------
app = App()


@app.route("/need", methods=["GET", "POST"])
def need(req):
    if req.method == "POST":
        return "form " + req.form()["name"]
    return "query " + req.args["name"]


@app.get("/caught")
def caught(req):
    try:
        return req.query["missing"]
    except KeyError as e:
        return f"caught {type(e).__name__} {e.key!r} {isinstance(e, HTTPError)} {e.status}"


client = app.test_client()
show("query ok", client.get("/need?name=Ann"))
show("query missing", client.get("/need?other=1"))
show("form ok", client.post("/need", data={"name": "Bo"}))
show("form missing", client.post("/need", data={"x": "1"}))
show("form wrong type", client.post("/need", data=b"name=Cy", headers={"Content-Type": "text/plain"}))
show("caught", client.get("/caught"))
handled = App()


@handled.get("/k")
def k(req):
    return req.args["k"]


@handled.errorhandler(400)
def bad(req, error):
    return {"error": str(error), "key": getattr(error, "key", None)}


show("400 handler", handled.test_client().get("/k"))
try:
    raise BadRequestKeyError("z")
except LookupError as e:
    print("lookup", type(e).__name__, e.status, e.key, e.args, repr(e), str(e))

# --- error responses through hooks and middleware ----------------------------------------------
def build(handler_raises, hook_raises, mw_raises):
    app = App()
    seen = []

    @app.use
    def outer(req, next_handler):
        response = next_handler(req)
        seen.append(f"outer {response.status}")
        response.headers["X-Outer"] = "1"
        return response

    @app.use
    def inner(req, next_handler):
        if mw_raises == "before" and req.path == "/mw":
            raise RuntimeError("middleware before")
        response = next_handler(req)
        seen.append(f"inner {response.status}")
        response.headers["X-Mw"] = "1"
        if mw_raises == "after" and req.path == "/mw":
            raise HTTPError(409, "middleware conflict")
        return response

    @app.after_request
    def stamp(response):
        seen.append(f"after {response.status}")
        if hook_raises == "always" or (hook_raises == "once" and response.status == 200):
            raise KeyError("hook")
        response.headers["X-After"] = str(response.status)
        return response

    @app.get("/")
    def home(req):
        return "home"

    @app.get("/conflict")
    def conflict(req):
        raise HTTPError(409)

    @app.get("/crash")
    def crash(req):
        return 1 / 0

    @app.get("/mw")
    def mw(req):
        return "mw"

    @app.errorhandler(409)
    def on_conflict(req, error):
        if handler_raises:
            raise ValueError("handler failed")
        return "conflict handled"

    @app.errorhandler(500)
    def on_500(req, error):
        if handler_raises:
            raise ValueError("500 handler failed")
        return "crash handled"
    return app, seen


for handler_raises in [False, True]:
    for hook_raises in ["no", "once", "always"]:
        for mw_raises in ["no", "before", "after"]:
            app, seen = build(handler_raises, hook_raises, mw_raises)
            client = app.test_client()
            for path in ["/", "/conflict", "/crash", "/mw", "/nowhere"]:
                r = client.get(path)
                del seen[:]
                label = f"h={int(handler_raises)} hook={hook_raises} mw={mw_raises} {path}"
                show(label, r)
            app, seen = build(handler_raises, hook_raises, mw_raises)
            app.test_client().get("/conflict")
            print("  order", seen, errors.take())

# --- test client fragments ---------------------------------------------------------------------
app = App()


@app.get("/{rest:path}")
def echo(req, rest):
    return {"path": req.path, "raw": req.raw_path, "query": req.query_string}


client = app.test_client()
for path in ["/x#top", "/files/a?a=1&a=2#frag", "/a%23b", "/q?x=%23#", "/#", "/p?#q"]:
    show(path, client.get(path))

# --- static files ------------------------------------------------------------------------------
folder = tempfile.mkdtemp()
os.makedirs(os.path.join(folder, "css"))
with open(os.path.join(folder, "css", "site.css"), "w") as f:
    f.write("body{}")
with open(os.path.join(folder, "index.html"), "w") as f:
    f.write("<p>hi</p>")
os.symlink("index.html", os.path.join(folder, "page.txt"))
os.symlink("css/site.css", os.path.join(folder, "style.bin"))
app = App()
app.static("/static", folder)
client = app.test_client()
for path in ["/static/css/site.css", "/static/css/site.css/", "/static/css/site.css/.",
             "/static/css/site.css//", "/static/css/./site.css", "/static/css//site.css",
             "/static/css/", "/static/css/.", "/static/page.txt", "/static/style.bin",
             "/static/index.html", "/static/INDEX.HTML", "/static/page.txt/"]:
    show(path, client.get(path))
os.remove(os.path.join(folder, "page.txt"))
os.remove(os.path.join(folder, "style.bin"))
os.remove(os.path.join(folder, "index.html"))
os.remove(os.path.join(folder, "css", "site.css"))
os.rmdir(os.path.join(folder, "css"))
os.rmdir(folder)
