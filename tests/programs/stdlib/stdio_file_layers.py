# The layers under file objects (buffer, raw), their flags, seeking before the start, closed
# files' messages, os.fdopen on stdout, os.environb, and the readline module.
import io
import os
import sys

NAME = "file_layers_tmp.txt"

with open(NAME, "w") as f:
    print(type(f.buffer).__name__, f.line_buffering, f.write_through, f.buffer.mode)
    print(isinstance(f.buffer, io.BufferedWriter), f.buffer is f.buffer)
    f.write("abc")
    f.buffer.write(b"XYZ")
with open(NAME) as f:
    print(repr(f.read()), type(f.buffer).__name__)
with open(NAME) as f:
    print(type(f.buffer).__name__, f.buffer.read())
with open(NAME, "rb") as g:
    print(type(g.raw).__name__, g.raw.mode, g.raw.closefd, g.raw.name == NAME)
with open(NAME, "ab") as g:
    print(type(g.raw).__name__, g.raw.mode)

# Seeking a binary file to before its start is EINVAL; within it is fine.
with open(NAME, "rb") as g:
    size = len(g.read())
    x = 17
    for i in range(24):
        x = (x * 29 + 7) % 101
        offset = x % 13 - 9
        whence = x % 3
        try:
            pos = g.seek(offset, whence)
            print((offset, whence), "->", pos, g.tell(), g.read(2))
        except OSError as e:
            print((offset, whence), "->", type(e).__name__, e.errno, e.strerror)
    print(g.tell())

# Closed files of each kind: the message depends on the layer that notices.
OPS = ("read", "readline", "readlines", "tell", "flush", "write", "seek", "truncate", "readinto")
for mode, buffering in (("rb", -1), ("rb", 0), ("wb", -1), ("wb", 0), ("r", -1), ("w", -1), ("rb+", -1), ("a", -1)):
    f = open(NAME, mode, buffering=buffering)
    f.close()
    out = []
    for op in OPS:
        if op == "write":
            args = (b"x",) if "b" in mode else ("x",)
        elif op == "seek":
            args = (0,)
        elif op == "readinto":
            if "b" not in mode:
                continue
            args = (bytearray(2),)
        else:
            args = ()
        try:
            getattr(f, op)(*args)
            out.append(op + ": ok")
        except ValueError as e:
            out.append(f"{op}: {type(e).__name__}: {e}")
    for op in ("isatty", "readable", "writable", "seekable", "fileno"):
        try:
            out.append(f"{op}: {getattr(f, op)()}")
        except ValueError as e:
            out.append(f"{op}: {e}")
    print(mode, buffering, out)
os.remove(NAME)

# A file on descriptor 1 writes after what print() wrote before it.
print("first")
f = os.fdopen(1, "w", closefd=False)
f.write("second\n")
f.flush()
print("third")
f.write("fourth\n")
f.close()
print("fifth")
sys.stdout.flush()

# os.environb holds the environment as bytes.
print(type(os.environb.get(b"PATH")).__name__, os.environb.get(b"NO_SUCH_VARIABLE_HERE"))
print(all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in os.environb.items()))
print(os.environb[b"PATH"] == os.environ["PATH"].encode())

# readline: the module imports, keeps its settings and history, and edits nothing.
import readline

print(readline.get_history_length(), readline.get_current_history_length(), readline.get_history_item(1))
print(repr(readline.get_completer_delims()), readline.get_completer())
print(readline.parse_and_bind("tab: complete"), readline.set_history_length(50), readline.get_history_length())
for word in ("alpha", "beta", "gamma"):
    readline.add_history(word)
print(readline.get_current_history_length(), readline.get_history_item(1), readline.get_history_item(3), readline.get_history_item(4))
readline.remove_history_item(0)
readline.replace_history_item(0, "BETA")
print([readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
for bad in (5, -1):
    try:
        readline.remove_history_item(bad)
    except ValueError as e:
        print("ValueError", e)
readline.set_completer(lambda text, state: None)
print(callable(readline.get_completer()))
readline.set_completer()
print(readline.get_completer())
readline.set_completer_delims(" ")
print(repr(readline.get_completer_delims()))
print(repr(readline.get_line_buffer()), readline.insert_text("x"), readline.redisplay())
HIST = "file_layers_history.txt"
readline.write_history_file(HIST)
with open(HIST) as h:
    print(repr(h.read()))
readline.clear_history()
print(readline.get_current_history_length())
readline.read_history_file(HIST)
print(readline.get_current_history_length(), readline.get_history_item(2))
os.remove(HIST)
try:
    readline.read_history_file("no_such_dir/history")
except OSError as e:
    print(type(e).__name__, e.errno, e)
