# os.fsdecode/os.fsencode use UTF-8 with surrogateescape (bytes that do not decode round-trip as
# lone surrogates), and reconfiguring sys.stdin to another encoding changes how it is decoded.
import os
import sys

x = 12345
for i in range(40):
    data = bytearray()
    for k in range(i % 7 + 1):
        x = (x * 1103515245 + 12345) % 2147483648
        b = (x >> 16) % 256
        data.append(b)
        if b == 0xE2 and k % 2:
            data += b"\x82\xac"
    raw = bytes(data)
    text = os.fsdecode(raw)
    back = os.fsencode(text)
    print(raw.hex(), ascii(text), back == raw)
for s in ("plain", "caf\u00e9", "\U0001f600", "f\udce9", "\udcff\udc80"):
    print(ascii(s), os.fsencode(s), ascii(os.fsdecode(os.fsencode(s))))
try:
    os.fsencode("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason, e.start, e.end)

print(sys.stdin.encoding)
sys.stdin.reconfigure(encoding="latin-1")
print(sys.stdin.encoding, sys.stdin.errors)
for line in sys.stdin:
    print(ascii(line))
