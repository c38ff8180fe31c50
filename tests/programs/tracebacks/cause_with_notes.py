# An uncaught exception raised `from` another, both with notes.


class ConfigError(Exception):
    pass


def read_port(text):
    if not text.isdigit():
        raise ValueError(f"invalid port: {text!r}")


def load(settings):
    try:
        read_port(settings["port"])
    except ValueError as e:
        e.add_note("while reading 'port'")
        error = ConfigError("bad settings")
        error.add_note("first note")
        error.add_note("a note\nof two lines")
        raise error from e


print("loading")
load({"port": "eighty"})
