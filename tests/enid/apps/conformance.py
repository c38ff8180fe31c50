"""The app the conformance tests run: one route per API item.

Small limits (max_body 1024 bytes, timeout 1 s) keep the bad-input tests fast.
"""

from enid import App, HTTPError, Response, abort

app = App(max_body=1024, timeout=1.0)


@app.route("/echo", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def echo(req):
    form = req.form()
    return {
        "method": req.method,
        "path": req.path,
        "raw_path": req.raw_path,
        "query_string": req.query_string,
        "query": req.query.multi_items(),
        "query_a": req.query.get("a"),
        "query_a_all": req.query.getlist("a"),
        "query_missing": req.query.get("missing", "default"),
        "has_b": "b" in req.query,
        "x_test": req.headers.get("x-test"),
        "x_test_upper": req.headers.get("X-TEST"),
        "x_multi": req.headers.getlist("X-Multi"),
        "has_x_test": "X-Test" in req.headers,
        "content_type": req.content_type,
        "body_length": len(req.body),
        "text": req.text,
        "form": form.multi_items(),
        "cookies": req.cookies,
        "client_host": req.client[0],
        "client_port_is_int": isinstance(req.client[1], int),
        "version": req.version,
    }


@app.post("/json")
def echo_json(req):
    return {"received": req.json()}


@app.get("/users/{id:int}")
def user_by_id(req, id):
    return {"id": id, "double": id * 2, "params": req.params}


@app.get("/users/{name:str}")
def user_by_name(req, name):
    return {"name": name}


@app.get("/users/{name}/posts/{post}")
def user_post(req, name, post):
    return {"name": name, "post": post}


@app.get("/files/{rest:path}")
def files(req, rest):
    return {"rest": rest}


@app.route("/multi", methods=["GET", "POST"])
def multi(req):
    return f"multi {req.method}"


@app.get("/return/str")
def return_str(req):
    return "<p>hello</p>"


@app.get("/return/dict")
def return_dict(req):
    return {"a": 1, "b": [True, None]}


@app.get("/return/list")
def return_list(req):
    return [1, "two", 3.5]


@app.get("/return/tuple2")
def return_tuple2(req):
    return "created", 201


@app.get("/return/tuple3")
def return_tuple3(req):
    return {"ok": True}, 202, {"X-Extra": "yes"}


@app.get("/return/bytes")
def return_bytes(req):
    return b"\x00\x01\x02"


@app.get("/return/none")
def return_none(req):
    return None


@app.get("/return/empty")
def return_empty(req):
    return "", 204


@app.get("/text")
def text(req):
    return Response.text("caf\u00e9")


@app.get("/html")
def html(req):
    return Response.html("<b>bold</b>")


@app.get("/json-response")
def json_response(req):
    return Response.json({"unicode": "\u00e9\u20ac"}, 200, {"X-Custom": "1"})


@app.get("/redirect")
def redirect(req):
    return Response.redirect("/text")


@app.get("/redirect/301")
def redirect_301(req):
    return Response.redirect("https://example.com/", 301)


@app.get("/status/{code:int}")
def status(req, code):
    return Response("", code)


@app.get("/cookie/set")
def cookie_set(req):
    response = Response.text("cookies set")
    response.set_cookie("plain", "1")
    response.set_cookie("full", "v", max_age=60, path="/app", domain="example.com",
                        secure=True, http_only=False, same_site="Strict")
    return response


@app.get("/cookie/delete")
def cookie_delete(req):
    response = Response.text("cookie deleted")
    response.delete_cookie("plain")
    return response


@app.get("/header-injection")
def header_injection(req):
    refused = []
    response = Response.text("checked")
    try:
        response.headers["X-Bad"] = "a\r\nSet-Cookie: evil=1"
    except ValueError:
        refused.append("setitem")
    try:
        response.headers.add("X-Bad", "a\nb")
    except ValueError:
        refused.append("add")
    try:
        Response.text("x", 200, {"X-Bad": "a\rb"})
    except ValueError:
        refused.append("constructor")
    try:
        response.set_cookie("c", "a\r\nX: y")
    except ValueError:
        refused.append("cookie")
    try:
        Response.redirect("/x\r\nSet-Cookie: evil=1")
    except ValueError:
        refused.append("redirect")
    return {"refused": refused}


@app.get("/header-injection/unhandled")
def header_injection_unhandled(req):
    return "x", 200, {"X-Bad": "a\r\nSet-Cookie: evil=1"}


@app.get("/boom")
def boom(req):
    raise RuntimeError("secret detail 1234")


@app.get("/abort")
def do_abort(req):
    abort(418)


@app.get("/abort/message")
def do_abort_message(req):
    raise HTTPError(403, "no entry")


if __name__ == "__main__":
    app.run()
