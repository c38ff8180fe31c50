# UnicodeEncodeError and UnicodeDecodeError raised by the codecs carry encoding, object, start, end
# and reason, and their messages come from those fields.
for s, enc in [("é", "ascii"), ("aé€😀", "latin-1"), ("x\ud800y", "utf-8"), ("abcdé€", "ascii")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e.reason, e.start, e.end, e.encoding, repr(e.object), e.args[1:4], str(e))
for b, enc in [(b"\xff", "utf-8"), (b"ab\xe2\x82", "utf-8"), (b"\x80abc", "ascii"), (b"a\xed\xa0\x80", "utf-8")]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(e.reason, e.start, e.end, e.encoding, e.object, str(e))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(UnicodeDecodeError("utf-8", b"\xffab", 0, 2, "bad")))
