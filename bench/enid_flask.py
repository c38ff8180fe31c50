# The hello app of examples/hello on Flask (a comparison row of bench/enid.mjs).
#   PORT=8080 python3 bench/enid_flask.py
import os

from flask import Flask

app = Flask(__name__)


@app.get("/")
def home():
    return "Hello from Enid (powered by Memphis)", 200, {"Content-Type": "text/plain; charset=utf-8"}


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
