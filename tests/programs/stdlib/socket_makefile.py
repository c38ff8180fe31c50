# makefile over a connected pair in one thread: text lines read as they arrive (a line is
# returned once it is there, not at the end of the stream), characters cut between sends,
# newline modes, readline(size), iteration, binary and unbuffered files, closing.
import socket

server = socket.create_server(('127.0.0.1', 0))
client = socket.create_connection(server.getsockname())
conn, _ = server.accept()
reader = conn.makefile('r', encoding='utf-8')
data = 'première\r\n'.encode()
client.sendall(data[:4])
client.sendall(data[4:10])
client.sendall(data[10:] + b'two\rthree')
print(repr(reader.readline()))
client.sendall(b'\nfour\n')
print(repr(reader.readline()), repr(reader.readline()))
print(repr(reader.read(3)))
client.sendall('xyz\u20ac'.encode()[:4])
print(repr(reader.read(4)))
client.sendall('xyz\u20ac'.encode()[4:] + b'\nfive\nsix\nseven')
print(repr(reader.readline(2)), repr(reader.readline()))
print(repr(reader.readline()))
client.sendall(b' and more\n')
for line in reader:
    print('line', repr(line))
    if line.startswith('six'):
        break
print(repr(reader.readline()))
print(reader.encoding, reader.mode, reader.newlines)

print('newline modes')
raw_lines = conn.makefile('r', encoding='utf-8', newline='')
client.sendall(b'a\r')
client.sendall(b'\nb\rc\n')
print(repr(raw_lines.readline()), repr(raw_lines.readline()), repr(raw_lines.readline()))
crlf = conn.makefile('r', encoding='utf-8', newline='\r\n')
client.sendall(b'x\ny\r\nz\r\n')
print(repr(crlf.readline()), repr(crlf.readline()))
default = conn.makefile()
client.sendall('d\u00e9faut\n'.encode())
print(repr(default.readline()), default.encoding)

print('writing text')
out = client.makefile('w', encoding='utf-8', newline='\r\n')
out.write('one\ntwo\n')
out.flush()
binary = conn.makefile('rb')
print(binary.readline(), binary.readline())
out.write('unflushed ')
out.write('then closed\n')
out.close()
print(binary.readline())

print('binary')
both = client.makefile('rwb')
both.write(b'ping\n')
both.flush()
print(binary.readline())
conn.sendall(b'pong\npartial')
print(both.readline(), both.read(3))
unbuffered = client.makefile('rb', buffering=0)
conn.sendall(b'raw bytes')
print(type(unbuffered).__name__, unbuffered.read(4), unbuffered.read(100))
with socket.socket() as spare:
    try:
        spare.makefile('r', buffering=0)
    except ValueError as e:
        print('ValueError', e)

print('end of stream')
conn.shutdown(socket.SHUT_WR)
print(both.read(), both.read(), both.readline())
rest_text = client.makefile('r', encoding='utf-8')
print(repr(rest_text.read()), repr(rest_text.readline()))

print('closing')
for f in (reader, raw_lines, crlf, default, binary, both, unbuffered, rest_text):
    f.close()
conn.close()
print(conn.fileno())
client.close()
print(client.fileno())
server.close()
