"""The app the hostile-client, fuzzing and security tests run.

Short timeouts keep the slow-client tests fast: a request head must arrive within
ENID_HEADER_TIMEOUT seconds (default 1), an idle connection is dropped after 2 s. Static files
come from STATIC_DIR (the test makes a folder with a symlink pointing out of it).
"""

import os

from enid import App, Response

app = App(max_body=65536, timeout=2.0,
          header_timeout=float(os.environ.get("ENID_HEADER_TIMEOUT", "1.0")))


@app.get("/")
def home(req):
    return Response.text("ok")


@app.post("/echo")
def echo(req):
    return {"length": len(req.body), "text": req.text}


@app.get("/name/{name}")
def name(req, name):
    return {"name": name, "path": req.path, "q": req.query.get("q")}


@app.get("/rest/{rest:path}")
def rest(req, rest):
    return {"rest": rest}


@app.get("/boom")
def boom(req):
    # The message names a file; the client must see none of it.
    raise RuntimeError("cannot open /srv/secret/config.ini")


@app.get("/early")
def early(req):
    # A 1xx can't be the final answer: the server must answer 500 and keep the framing.
    r = Response.text("early")
    r.status = 103
    return r


@app.get("/n/{n:int}")
def number(req, n):
    return {"digits": len(str(n))}


static_dir = os.environ.get("STATIC_DIR")
if static_dir is not None and static_dir != "":
    app.static("/static", static_dir)


if __name__ == "__main__":
    app.run()
