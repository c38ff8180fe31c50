# bytes and bytearray searches over haystacks long enough to be searched natively (find, index,
# count, in, split, partition, replace) with start/end bounds, matches at the edges and past an
# end bound, and startswith/endswith over the whole and over a range.

head = b"GET /a HTTP/1.1\r\nHost: example.com\r\nUser-Agent: t/1\r\nAccept: */*\r\n\r\nGET /b HTTP/1.1\r\n"
long = b"x" * 100 + b"needle" + b"y" * 100 + b"needle"
memory = memoryview(long)

for hay in [head, bytearray(head)]:
    print(type(hay).__name__, hay.find(b"\r\n\r\n"), hay.find(b"\r\n\r\n", 10), hay.find(b"\r\n\r\n", 66),
          hay.find(b"\r\n\r\n", 67), hay.find(b"\r\n\r\n", 0, 69), hay.find(b"\r\n\r\n", 0, 70))
    print(hay.find(b"GET", 1), hay.find(b"GET", -20), hay.find(b"HTTP/1.1\r\n", 70, -1), hay.find(b"HTTP/1.1\r\n", 70))
    print(hay.find(b""), hay.find(b"", 200), hay.find(b"", 80), hay.find(13), hay.find(13, 20), hay.find(b"zz"))
    print(hay.rfind(b"\r\n\r\n"), hay.index(b"Accept"), hay.count(b"\r\n"), hay.count(b"\r\n", 17, 90), hay.count(b""))
    print(b"User-Agent" in hay, b"user-agent" in hay, 10 in hay, hay.split(b"\r\n"))
    print(hay.partition(b"\r\n\r\n"), hay.replace(b"\r\n", b"|"), hay.replace(b"\r\n", b"|", 2))
    try:
        hay.index(b"nothere", 5, 90)
    except ValueError as e:
        print("ValueError", e)

print(long.find(b"needle"), long.find(b"needle", 101), long.find(b"needle", 100, 105), long.find(b"needle", 100, 106))
print(long.find(b"needle", 107, 212), long.find(b"needle", 107), long.find(b"needle", -6), long.rfind(b"needle"))
print(long.count(b"needle"), long.count(b"needle", 0, 211), long.split(b"needle"), long.find(b"needle", 300))
print(long[50:].find(b"needle"), long[50:160].find(b"needle"), long[50:155].find(b"needle"), memory[1:].tobytes().find(b"needle"))
print(bytes(200).find(b"\0\0"), bytes(200).find(b"\0" * 200), bytes(200).find(b"\0" * 201), (b"ab" * 50 + b"abc").find(b"abc"))
print((b"\xff" * 70 + b"\xfe\xff").find(b"\xfe\xff"), (b"\x80" * 90).find(b"\x80\x81"), long.find(bytearray(b"needle"), 50))

for hay in [head, bytearray(head)]:
    print(hay.startswith(b"GET"), hay.startswith(b""), hay.startswith(b"\r\n"), hay.startswith(head), hay.startswith(head + b"!"))
    print(hay.endswith(b"\r\n"), hay.endswith(b""), hay.endswith(b"HTTP/1.1\r\n"), hay.endswith(head), hay.endswith(b"!" + head))
    print(hay.startswith(b"Host", 17), hay.startswith(b"Host", 17, 20), hay.startswith((b"POST", b"GET")), hay.endswith((b"x", b"\n")))
    print(hay.startswith(b"GET", -20), hay.endswith(b"\r\n", 0, 17), hay.startswith(b"", 200), hay.endswith(b"", 5, 2))
print(b"".startswith(b""), b"".endswith(b""), b"".startswith(b"a"), b"a".endswith(b"ab"), memory.tobytes().endswith(b"needle"))
try:
    head.startswith("GET")
except TypeError as e:
    print("TypeError", e)
try:
    head.find("GET")
except TypeError as e:
    print("TypeError", e)
