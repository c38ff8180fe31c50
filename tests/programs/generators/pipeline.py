def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code
def tokens(lines):
    for line in lines:
        yield from line.split()
def numbered(items, start=1):
    n = start
    for item in items:
        yield n, item
        n += 1
source = """x = 1  # set x
# full comment
y = x + 2

print ( y )  # output"""
for n, tok in numbered(tokens(strip_comments(read_lines(source)))):
    print(n, tok)
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def primes():
    n = 2
    found = []
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take_while(lambda p: p < 60, primes())))
