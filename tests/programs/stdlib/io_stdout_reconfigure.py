import io, sys
sys.stdout.reconfigure(encoding='ascii', errors='backslashreplace')
print('é€', sys.stdout.encoding, sys.stdout.errors)
sys.stdout.write('ü\n')
sys.stdout.reconfigure(newline='\r\n', line_buffering=True)
print('x', sys.stdout.line_buffering)
for kw in [dict(encoding='bogus'), dict(newline='x'), dict(newline=5), dict(bogus=1)]:
    try: sys.stdout.reconfigure(**kw)
    except Exception as e: print(type(e).__name__, e)
try: sys.stdout.reconfigure('utf-8')
except Exception as e: print(type(e).__name__, e)
sys.stdout.reconfigure(encoding='utf-8', newline='\n')
print(sys.stdout.errors, sys.stdout.encoding, 'é')
sys.stdout.reconfigure(errors='replace')
print(sys.stdout.errors, sys.stdout.encoding)
sys.stdout.reconfigure(encoding='latin-1')
print('ñ', sys.stdout.errors)
try:
    print('€')
except Exception as e:
    print(type(e).__name__, e)
sys.stdout.reconfigure(encoding='utf-8')
b = sys.stdout.buffer
print(b is sys.stdout.buffer, b.writable(), b.readable(), b.closed, b.name, b.mode)
print(sys.stderr.errors, sys.stderr.encoding)
sys.stderr.reconfigure(errors='strict')
print(sys.stderr.errors)
sys.stdout.flush()
w = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\r\n")
w.write("wrapped é\n")
w.flush()
print(w.encoding, w.errors, w.closed, w.name, w.writable())
old = sys.stdout
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="latin-1", errors="replace")
print("new stdout € ñ")
print("to old", file=old)
old.write("old write\n")
print(sys.stdout.encoding, type(sys.stdout).__name__)
sys.stdout.flush()
# Kept alive: a wrapper CPython frees closes the buffer it shares with the original stream.
wrapper = sys.stdout
sys.stdout = old
sys.stdout.reconfigure(errors="backslashreplace")
print("lone \udcff surrogate, é kept", sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(errors="replace")
print("lone \udcff replaced")
sys.stdout.reconfigure(encoding="ascii", errors="xmlcharrefreplace")
for word in ["naïve", "café", "日本", "plain"]:
    print(word, len(word))
sys.stdout.reconfigure(encoding="utf-8", errors="strict")
print("done é")
