import configparser
import io
import logging
import logging.config
import logging.handlers
import os
import sys
import tempfile

work = tempfile.mkdtemp()
os.chdir(work)

pre_existing = logging.getLogger("legacy")
pre_child = logging.getLogger("app.worker")

INI = """
[loggers]
keys=root,app,quiet

[handlers]
keys=console,brief,mem,file

[formatters]
keys=full,short,braces

[logger_root]
level=WARNING
handlers=brief

[logger_app]
level=DEBUG
handlers=console,mem
propagate=0
qualname=app

[logger_quiet]
level=ERROR
handlers=
qualname=app.quiet

[handler_console]
class=StreamHandler
level=INFO
formatter=full
args=(sys.stdout,)

[handler_brief]
class=logging.StreamHandler
formatter=short
args=(sys.stdout,)

[handler_mem]
class=logging.handlers.MemoryHandler
args=(2, ERROR)
target=file
formatter=

[handler_file]
class=FileHandler
formatter=braces
args=('out.log', 'w')
kwargs={'encoding': 'utf-8', "delay": True}

[formatter_full]
format=%(levelname)-8s %(name)s %(message)s

[formatter_short]
format=%(name)s> %(message)s
datefmt=%H

[formatter_braces]
format={levelname}:{message}
style={
class=logging.Formatter
"""

with open("log.ini", "w") as fh:
    fh.write(INI)
logging.config.fileConfig("log.ini")
for name in [None, "app", "app.quiet", "legacy", "app.worker"]:
    lg = logging.getLogger(name)
    print(lg.name, logging.getLevelName(lg.level), lg.propagate, lg.disabled,
          [(h.name, type(h).__name__, logging.getLevelName(h.level)) for h in lg.handlers])
app = logging.getLogger("app")
app.debug("debug not shown on console")
app.info("info shown")
app.warning("warning one")
app.error("error flushes memory")
logging.getLogger("app.quiet").warning("quiet warning dropped")
logging.getLogger("app.quiet").error("quiet error propagates")
logging.getLogger("legacy").error("legacy disabled")
logging.getLogger("app.worker").info("worker child still works")
logging.getLogger("elsewhere").warning("root handler")
logging.shutdown()
with open("out.log") as fh:
    print(repr(fh.read()))

print("== from a file object and a parser, keep existing")
logging.config.fileConfig(io.StringIO("""
[loggers]
keys=root
[handlers]
keys=h
[formatters]
keys=
[logger_root]
level=INFO
handlers=h
[handler_h]
class=StreamHandler
args=(sys.stdout,)
"""), disable_existing_loggers=False)
logging.getLogger("legacy").info("legacy is back")
print(logging.getLogger("app").disabled, logging.getLogger("app").handlers)

cp = configparser.ConfigParser()
cp.read_string("""
[loggers]
keys=root
[handlers]
keys=h
[formatters]
keys=f
[formatter_f]
format=%(custom)s %(message)s
[logger_root]
level=NOTSET
handlers=h
[handler_h]
class=StreamHandler
level=%(lvl)s
formatter=f
args=[sys.stdout]
kwargs=dict()
""".replace("%(lvl)s", "DEBUG"))
try:
    logging.config.fileConfig(cp)
except Exception as e:
    print(type(e).__name__, e)
logging.getLogger("z").debug("from parser", extra={"custom": "C"})

print("== errors")
open("empty.ini", "w").close()
with open("broken.ini", "w") as fh:
    fh.write("no section header\n")
for name in ["missing.ini", "empty.ini", "broken.ini"]:
    try:
        logging.config.fileConfig(name)
    except Exception as e:
        print(type(e).__name__, str(e).replace(work, "<dir>").splitlines()[0])
bad = """
[loggers]
keys=root
[handlers]
keys=h
[formatters]
keys=
[logger_root]
handlers=h
[handler_h]
class=%s
args=%s
"""
for klass, args in [("NoSuchHandler", "()"), ("StreamHandler", "(sys.stdout, 2)"),
                    ("StreamHandler", "(undefined_name,)"), ("logging.NullHandler", "()")]:
    try:
        logging.config.fileConfig(io.StringIO(bad % (klass, args)))
        print(klass, args, "ok", [type(h).__name__ for h in logging.getLogger().handlers])
    except Exception as e:
        print(klass, args, type(e).__name__, e)

logging.shutdown()
import shutil
os.chdir("/")
shutil.rmtree(work)
print("done")
