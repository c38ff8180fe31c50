"""Hooks, error handlers, middleware and cookies.

    GET  /                 hello, with the visitor's name from the "name" cookie
    POST /login            form field "name" -> sets the "name" and "session" cookies
    POST /logout           deletes them
    GET  /admin            only with the session cookie (a before_request hook answers 401)
    GET  /divide/{a:int}/{b:int}   ZeroDivisionError -> error handler -> 400 JSON
    GET  /crash            RuntimeError -> the 500 handler
    anything else          the 404 handler's HTML page
"""

import time

from enid import App, Response

app = App()


@app.use
def timing(req, next_handler):
    # Outermost middleware: measures everything inside it.
    start = time.perf_counter()
    response = next_handler(req)
    elapsed = time.perf_counter() - start
    response.headers["X-Response-Time"] = f"{int(elapsed * 1000000)}us"
    return response


@app.use
def tag(req, next_handler):
    req.state["trail"] = ["middleware"]
    response = next_handler(req)
    response.headers["X-Trail"] = ",".join(req.state["trail"])
    return response


@app.before_request
def require_session(req):
    req.state["trail"].append("before")
    if req.path.startswith("/admin") and req.cookies.get("session") != "s3cret":
        return Response.json({"error": "login first"}, 401)
    return None


@app.after_request
def powered_by(response):
    response.headers["X-Powered-By"] = "Enid"
    return response


@app.get("/")
def home(req):
    req.state["trail"].append("handler")
    name = req.cookies.get("name", "stranger")
    return Response.text(f"Hello, {name}!")


@app.post("/login")
def login(req):
    name = req.form().get("name", "").strip()
    if name == "":
        return Response.json({"error": "name required"}, 400)
    response = Response.redirect("/", 303)
    try:
        response.set_cookie("name", name, max_age=3600)
    except ValueError:
        # Spaces, quotes, commas, semicolons and control characters can't go in a cookie.
        return Response.json({"error": "name can't be stored in a cookie"}, 400)
    response.set_cookie("session", "s3cret", http_only=True, same_site="Strict")
    return response


@app.post("/logout")
def logout(req):
    response = Response.redirect("/", 303)
    response.delete_cookie("name")
    response.delete_cookie("session")
    return response


@app.get("/admin")
def admin(req):
    return Response.html("<h1>Admin</h1>")


@app.get("/divide/{a:int}/{b:int}")
def divide(req, a, b):
    return {"result": a // b}


@app.get("/crash")
def crash(req):
    raise RuntimeError("this message stays on the server")


@app.errorhandler(ZeroDivisionError)
def division_error(req, error):
    return {"error": "division by zero"}, 400


@app.errorhandler(404)
def not_found(req, error):
    return Response.html(f"<h1>Nothing at {req.path}</h1>", 404)


@app.errorhandler(500)
def server_error(req, error):
    return Response.json({"error": "internal error"}, 500)


if __name__ == "__main__":
    app.run()
