# sys.stdout replaced by a TextIOWrapper over sys.stdout.buffer: print goes through it, in order
# with what is written to the original stream around it.
import io
import sys

print("first, through the original stdout")
sys.stdout.flush()
original = sys.stdout
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="replace")
print("through the wrapper", "é", 42)
print(type(sys.stdout).__name__, sys.stdout.encoding, sys.stdout.errors)
sys.stdout.flush()
print("to the original", file=original)
original.write("written to the original\n")
original.flush()
for i in range(5):
    print("wrapper line", i, end=";\n")
sys.stdout.flush()
# Kept alive: a wrapper CPython frees closes the buffer it shares with the original stream.
wrapped = sys.stdout
sys.stdout = original
print("back on the original")
wrapper = io.TextIOWrapper(sys.stdout.buffer, encoding="latin-1", newline="\r\n", line_buffering=True)
print(wrapper.line_buffering, wrapper.encoding)
sys.stdout.flush()
wrapper.write("line buffered ñ\n")
wrapper.write("second\n")
print("after the line-buffered wrapper")
sys.stdout.flush()
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
print("left for the end: flushed when the program exits")
