import io
import logging
import logging.config
import logging.handlers
import sys


def run(title, config):
    print("==", title)
    try:
        logging.config.dictConfig(config)
        print("configured")
    except Exception as e:
        print(type(e).__name__, e)
        cause = e.__cause__
        while cause is not None:
            print("  caused by", type(cause).__name__, cause)
            cause = cause.__cause__


def describe(name=None):
    lg = logging.getLogger(name)
    hs = [(h.name, type(h).__name__, logging.getLevelName(h.level),
           h.formatter._fmt if h.formatter else None) for h in lg.handlers]
    print("  ", lg.name, logging.getLevelName(lg.level), lg.propagate, lg.disabled, hs,
          [type(f).__name__ for f in lg.filters])


class OnlyEven:
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


class Tagger(logging.Filter):
    def __init__(self, tag="none"):
        super().__init__()
        self.tag = tag

    def filter(self, record):
        record.tag = self.tag
        return True


def make_formatter(fmt, prefix=">"):
    return logging.Formatter(prefix + fmt)


class ListHandler(logging.Handler):
    def __init__(self, sink=None, label="L"):
        super().__init__()
        self.label = label

    def emit(self, record):
        print("   ", self.label, self.format(record))


early = logging.getLogger("early")
early_child = logging.getLogger("app.sub.child")

config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "tagged": {"format": "[%(tag)s] %(message)s"},
        "brace": {"format": "{levelname}|{message}", "style": "{"},
        "custom": {"()": "__main__.make_formatter", "fmt": "%(message)s", "prefix": "C>"},
    },
    "filters": {
        "even": {"()": OnlyEven},
        "tag": {"()": Tagger, "tag": "T1"},
        "named": {"name": "app.sub"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "brief", "level": "DEBUG"},
        "tagged": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "tagged", "filters": ["tag"]},
        "brace": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brace",
                  "level": logging.WARNING},
        "custom": {"()": ListHandler, "label": "custom", "formatter": "custom", ".": {"extra": 42}},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 3, "target": "out"},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["out", "tagged"], "propagate": False},
        "app.even": {"handlers": ["brace"], "filters": ["even"]},
        "app.sub": {"level": "DEBUG", "filters": ["named"]},
        "buffered": {"handlers": ["mem"], "propagate": False, "level": "DEBUG"},
        "cust": {"handlers": ["custom"], "propagate": 0},
    },
    "root": {"level": "WARNING", "handlers": ["brace"]},
}
run("full", config)
print("  config untouched:", config["handlers"]["out"]["stream"], config["formatters"]["custom"]["()"])
for name in [None, "app", "app.even", "app.sub", "buffered", "cust", "early", "app.sub.child"]:
    describe(name)
print("  custom extra:", logging.getLogger("cust").handlers[0].extra)
logging.getLogger("app").info("app info")
logging.getLogger("app").debug("app debug hidden")
for i in range(4):
    logging.getLogger("app.even").warning("even? %d", i)
logging.getLogger("app.sub").debug("sub debug")
logging.getLogger("app.sub.child").info("child info")
logging.getLogger("early").error("early is disabled")
logging.getLogger("other").error("root sees this")
logging.getLogger("cust").warning("through the factory")
for i in range(4):
    logging.getLogger("buffered").debug("buffered %d", i)
print("  handler names:", sorted(n for n in logging._handlers))

run("incremental", {"version": 1, "incremental": True,
                    "handlers": {"out": {"level": "ERROR"}},
                    "loggers": {"app": {"level": "DEBUG", "handlers": ["nonexistent"]}},
                    "root": {"level": "CRITICAL"}})
describe("app")
describe()
logging.getLogger("app").warning("filtered by handler level now")
logging.getLogger("app").error("passes")

run("no disable", {"version": 1, "disable_existing_loggers": False,
                   "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                   "root": {"handlers": ["h"], "level": "INFO"}})
describe("early")
describe("app")
logging.getLogger("early").warning("early works again")

run("cfg references", {"version": 1,
                       "custom": {"streams": ["ext://sys.stdout", "ext://sys.stderr"], "lvl": "INFO"},
                       "formatters": {"f": {"format": "cfg: %(message)s"}},
                       "handlers": {"h": {"class": "logging.StreamHandler", "stream": "cfg://custom.streams[0]",
                                          "formatter": "f", "level": "cfg://custom.lvl"}},
                       "root": {"handlers": ["h"], "level": "DEBUG"}})
logging.getLogger("x").info("via cfg")
logging.getLogger("x").debug("below handler level")

bad_configs = [
    ("no version", {}),
    ("bad version", {"version": 2}),
    ("bad formatter class", {"version": 1, "formatters": {"f": {"class": "logging.Nope"}}}),
    ("unknown handler class", {"version": 1, "handlers": {"h": {"class": "logging.Missing"}}}),
    ("bad level", {"version": 1, "handlers": {"h": {"class": "logging.NullHandler", "level": "LOUD"}}}),
    ("missing formatter", {"version": 1, "handlers": {"h": {"class": "logging.NullHandler", "formatter": "zz"}}}),
    ("missing handler", {"version": 1, "loggers": {"a": {"handlers": ["zz"]}}}),
    ("missing filter", {"version": 1, "loggers": {"a": {"filters": ["zz"]}}}),
    ("bad root", {"version": 1, "root": {"level": "NOPE"}}),
    ("incremental unknown", {"version": 1, "incremental": True, "handlers": {"zz": {}}}),
    ("bad kwarg", {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bogus": 1}}}),
    ("invalid identifier", {"version": 1, "handlers": {"h": {"()": ListHandler, "not ok": 1}}}),
    ("bad cfg", {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "cfg://!!"}}}),
    ("mem target missing", {"version": 1, "handlers": {"m": {"class": "logging.handlers.MemoryHandler",
                                                             "capacity": 1, "target": "zz"}}}),
]
for title, cfg in bad_configs:
    run(title, cfg)

print(logging.config.valid_ident("abc_1"))
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print("ValueError", e)
logging.config.dictConfig({"version": 1})
print("done")
