"""A JSON REST API over an in-memory store.

    GET    /todos              list (?done=true or ?done=false to filter)
    POST   /todos              create from {"title": ..., "done": false} -> 201 + Location
    GET    /todos/{id}         one todo, or 404
    PUT    /todos/{id}         replace title and done
    PATCH  /todos/{id}         change some fields
    DELETE /todos/{id}         -> 204
"""

from enid import App, HTTPError, Response

app = App()
todos = {}
next_id = [1]


def find(todo_id):
    todo = todos.get(todo_id)
    if todo is None:
        raise HTTPError(404)
    return todo


def read_fields(req, required):
    data = req.json()
    if not isinstance(data, dict):
        raise HTTPError(400, "expected a JSON object")
    fields = {}
    if "title" in data:
        if not isinstance(data["title"], str) or data["title"].strip() == "":
            raise HTTPError(400, "title must be a non-empty string")
        fields["title"] = data["title"].strip()
    elif required:
        raise HTTPError(400, "title is required")
    if "done" in data:
        if not isinstance(data["done"], bool):
            raise HTTPError(400, "done must be true or false")
        fields["done"] = data["done"]
    elif required:
        fields["done"] = False
    return fields


@app.get("/todos")
def list_todos(req):
    done = req.query.get("done")
    result = []
    for todo_id in todos:
        todo = todos[todo_id]
        if done is None or (done == "true") == todo["done"]:
            result.append(todo)
    return result


@app.post("/todos")
def create_todo(req):
    fields = read_fields(req, True)
    todo = {"id": next_id[0], "title": fields["title"], "done": fields["done"]}
    todos[todo["id"]] = todo
    next_id[0] += 1
    return Response.json(todo, 201, {"Location": f"/todos/{todo['id']}"})


@app.get("/todos/{id:int}")
def get_todo(req, id):
    return find(id)


@app.put("/todos/{id:int}")
def replace_todo(req, id):
    todo = find(id)
    fields = read_fields(req, True)
    todo["title"] = fields["title"]
    todo["done"] = fields["done"]
    return todo


@app.patch("/todos/{id:int}")
def update_todo(req, id):
    todo = find(id)
    fields = read_fields(req, False)
    for key in fields:
        todo[key] = fields[key]
    return todo


@app.delete("/todos/{id:int}")
def delete_todo(req, id):
    find(id)
    del todos[id]
    return "", 204


@app.errorhandler(HTTPError)
def http_error(req, error):
    return {"error": error.message}, error.status


if __name__ == "__main__":
    app.run()
