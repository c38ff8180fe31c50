"""App.run with arguments of the wrong type (None is not one: it means the default): each case named by RUN_CASE is refused with a
TypeError before anything is bound, with the same message on every engine. RUN_CASE=all tries
every case and prints the messages; any other name lets that one TypeError go uncaught."""

import os

from enid import App

CASES = {
    "host-int": {"host": 127},
    "host-bytes": {"host": b"127.0.0.1"},
    "host-tuple": {"host": ("127.0.0.1", 80)},
    "port-str": {"port": "8080"},
    "port-float": {"port": 8080.0},
    "port-bool": {"port": True},
    "both": {"host": 1, "port": "x"},
}

app = App()
case = os.environ.get("RUN_CASE", "all")
if case == "all":
    for name, arguments in CASES.items():
        try:
            app.run(**arguments)
        except TypeError as error:
            print(name, "TypeError:", error)
else:
    app.run(**CASES[case])
